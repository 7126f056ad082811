import type { liveFr } from './i18n.fr.js';

export const liveEn: typeof liveFr = {
  offline: 'Offline: reconnecting…',
  offlineHint: 'Lists no longer update by themselves. They will be reloaded as soon as the connection is back.',
};
