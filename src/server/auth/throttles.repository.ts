import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function findThrottle(db: Kysely<Database>, email: string) {
  return db.selectFrom('sign_in_throttles').selectAll().where('email', '=', email).executeTakeFirst();
}

/** Counts one more failure, atomically across instances; returns the streak's length. */
export async function countFailure(db: Kysely<Database>, email: string, at: string, since: string): Promise<number> {
  const row = await db
    .insertInto('sign_in_throttles')
    .values({ email, failures: 1, last_failure_at: at, blocked_until: null })
    .onConflict((oc) =>
      oc.column('email').doUpdateSet((eb) => ({
        // A streak whose last failure is older than `since` starts again.
        failures: eb
          .case()
          .when('sign_in_throttles.last_failure_at', '<', since)
          .then(1)
          .else(eb('sign_in_throttles.failures', '+', 1))
          .end(),
        last_failure_at: at,
      })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

export async function blockUntil(db: Kysely<Database>, email: string, until: string): Promise<void> {
  await db.updateTable('sign_in_throttles').set({ blocked_until: until }).where('email', '=', email).execute();
}

export async function clearThrottle(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('sign_in_throttles').where('email', '=', email).execute();
}
