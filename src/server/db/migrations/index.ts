/** Migrations in order. Names are date-prefixed; add new ones at the end. */
import type { Migration } from 'kysely';
import * as foundation from './2026-11-28-01-foundation.js';
import * as intake from './2026-11-28-02-intake.js';

export const migrations: Record<string, Migration> = {
  '2026-11-28-01-foundation': foundation,
  '2026-11-28-02-intake': intake,
};
