import type { Kysely } from 'kysely';
import type { User } from '../../core/api/auth.js';
import type { Database } from '../db/schema.js';
import { findUserByEmail } from '../directory/users.repository.js';
import { unauthorized } from '../errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { deleteSession, findLiveSession, insertSession } from './sessions.repository.js';
import { recordFailure, recordSuccess, refuseWhileBlocked } from './throttle.js';
import { newToken, sha256 } from './tokens.js';
import { toUser } from './user.mapper.js';

export interface SignedIn {
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  user: User;
}

// Verifying against a throwaway hash when the e-mail is unknown keeps the answer time the same,
// so response times do not tell which e-mails have accounts.
let dummyHash: Promise<string> | undefined;

/**
 * Checks the credentials and opens a new session (a fresh token at every sign-in). Failures count
 * against the e-mail typed (throttle.ts), known or not, so throttling does not tell which exist.
 */
export async function signIn(db: Kysely<Database>, email: string, password: string, ttlMs: number): Promise<SignedIn> {
  const now = new Date();
  await refuseWhileBlocked(db, email, now);
  const row = await findUserByEmail(db, email);
  dummyHash ??= hashPassword(newToken());
  const matches = await verifyPassword(row?.password_hash ?? (await dummyHash), password);
  if (!row || !matches || row.disabled) {
    await recordFailure(db, email, row, now);
    throw unauthorized('Wrong e-mail or password');
  }
  await recordSuccess(db, email);
  const token = newToken();
  const csrfToken = newToken();
  await insertSession(db, {
    id: sha256(token),
    userId: row.id,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
  });
  return { token, csrfToken, user: toUser(row) };
}

export interface Session {
  sessionId: string;
  csrfToken: string;
  user: User;
}

export async function resolveSession(db: Kysely<Database>, token: string): Promise<Session | null> {
  const row = await findLiveSession(db, sha256(token), new Date().toISOString());
  if (!row) return null;
  return { sessionId: row.sessionId, csrfToken: row.csrfToken, user: toUser(row) };
}

export async function signOut(db: Kysely<Database>, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}
