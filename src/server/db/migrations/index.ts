/** Migrations in order. Names are date-prefixed; add new ones at the end. */
import type { Migration } from 'kysely';
import * as foundation from './2026-11-28-01-foundation.js';
import * as intake from './2026-11-28-02-intake.js';
import * as addressesPhotos from './2026-11-28-04-addresses-photos.js';
import * as outbox from './2026-11-28-05-outbox.js';
import * as work from './2026-11-28-06-work.js';
import * as search from './2026-11-28-07-search.js';
import * as photoHashes from './2026-11-28-08-photo-hashes.js';
import * as requesterNotices from './2026-11-28-09-requester-notices.js';
import * as signInThrottles from './2026-12-03-01-sign-in-throttles.js';

export const migrations: Record<string, Migration> = {
  '2026-11-28-01-foundation': foundation,
  '2026-11-28-02-intake': intake,
  '2026-11-28-04-addresses-photos': addressesPhotos,
  '2026-11-28-05-outbox': outbox,
  '2026-11-28-06-work': work,
  '2026-11-28-07-search': search,
  '2026-11-28-08-photo-hashes': photoHashes,
  '2026-11-28-09-requester-notices': requesterNotices,
  '2026-12-03-01-sign-in-throttles': signInThrottles,
};
