import { INTERRUPTED } from '../../../core/notify.js';
import { i18next } from '../../i18n/index.js';

/**
 * Why a message's last attempt failed: the channel's own words (an SMTP answer…), or, for a send
 * interrupted by a stopped worker, ours in the interface's language.
 */
export const lastErrorText = (lastError: string): string =>
  lastError === INTERRUPTED ? i18next.t('admin.messages.interruptedShort') : lastError;
