import type { Insertable, Kysely } from 'kysely';
import type { Database, InterventionsTable } from '../db/schema.js';

export async function insertIntervention(db: Kysely<Database>, row: Insertable<InterventionsTable>): Promise<void> {
  await db.insertInto('interventions').values(row).execute();
}

export function listInterventions(db: Kysely<Database>, requestId: string) {
  return db
    .selectFrom('interventions')
    .innerJoin('users', 'users.id', 'interventions.done_by_id')
    .selectAll('interventions')
    .select('users.name as done_by_name')
    .where('interventions.request_id', '=', requestId)
    .orderBy('interventions.done_at')
    .orderBy('interventions.id')
    .execute();
}

export type InterventionWithAuthor = Awaited<ReturnType<typeof listInterventions>>[number];
