/**
 * Per-account sign-in throttling. Rate limits per address stop one client; this stops many
 * addresses guessing one account's password: after a few failures in a row, each attempt on that
 * e-mail waits longer than the one before (refused with 429 and Retry-After, the password unchecked),
 * and the account's owner is told by e-mail, through the outbox.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Locale } from '../../core/api/auth.js';
import type { Database, UserRow } from '../db/schema.js';
import { tooManyRequests } from '../errors.js';
import { insertMessages } from '../notifications/outbox.repository.js';
import { blockUntil, clearThrottle, countFailure, findThrottle } from './throttles.repository.js';

/** Failures in a row answered at once; from the last of them on, each one blocks the next attempts. */
export const FREE_FAILURES = 5;
const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 3600_000;
/** A streak of failures is forgotten this long after its last failure. */
const STREAK_MS = 24 * 3600_000;

/** Throws 429 while the e-mail's attempts are blocked. */
export async function refuseWhileBlocked(db: Kysely<Database>, email: string, now: Date): Promise<void> {
  const row = await findThrottle(db, email.toLowerCase());
  if (!row?.blocked_until) return;
  const waitMs = Date.parse(row.blocked_until) - now.getTime();
  if (waitMs > 0) {
    throw tooManyRequests('Too many failed sign-ins on this account: wait before trying again', waitMs / 1000);
  }
}

/** Counts a failure; blocks the e-mail for a delay that doubles with each failure past the free ones. */
export async function recordFailure(db: Kysely<Database>, email: string, user: UserRow | undefined, now: Date) {
  const key = email.toLowerCase();
  const failures = await countFailure(db, key, now.toISOString(), new Date(now.getTime() - STREAK_MS).toISOString());
  if (failures < FREE_FAILURES) return;
  const delay = Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES), LONGEST_DELAY_MS);
  await blockUntil(db, key, new Date(now.getTime() + delay).toISOString());
  if (failures === FREE_FAILURES && user && !user.disabled) await warnOwner(db, user, failures, now);
}

export async function recordSuccess(db: Kysely<Database>, email: string): Promise<void> {
  await clearThrottle(db, email.toLowerCase());
}

const WARNING: Record<Locale, { subject: string; text: (name: string, failures: number) => string }> = {
  fr: {
    subject: 'Relais : connexions refusées sur votre compte',
    text: (name, failures) =>
      `Bonjour ${name},\n\n${failures} tentatives de connexion à votre compte Relais ont échoué à la suite ` +
      '(mauvais mot de passe). Les tentatives suivantes sont désormais ralenties.\n\n' +
      'Si ce n’était pas vous, prévenez votre administrateur.\n',
  },
  en: {
    subject: 'Relais: sign-ins refused on your account',
    text: (name, failures) =>
      `Hello ${name},\n\n${failures} sign-ins to your Relais account failed in a row (wrong password). ` +
      'Further attempts are now slowed down.\n\nIf this was not you, tell your administrator.\n',
  },
};

async function warnOwner(db: Kysely<Database>, user: UserRow, failures: number, now: Date): Promise<void> {
  const locale: Locale = user.locale === 'en' ? 'en' : 'fr';
  const at = now.toISOString();
  await insertMessages(db, [
    {
      id: uuidv7(),
      kind: 'email',
      recipient: user.email,
      subject: WARNING[locale].subject,
      body_text: WARNING[locale].text(user.name, failures),
      body_html: null,
      request_id: null,
      event_id: null,
      dedupe_key: `sign-in-warning:${user.id}:${at}`,
      locale,
      status: 'pending',
      next_attempt_at: at,
      last_error: null,
      created_at: at,
      sent_at: null,
    },
  ]);
}
