import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** A territory with the hub (pôle de vie des quartiers) that covers it, if any. */
export function findTerritoryWithHub(db: Kysely<Database>, territoryId: string) {
  return db
    .selectFrom('territories')
    .leftJoin('departments', (j) =>
      j.onRef('departments.territory_id', '=', 'territories.id').on('departments.is_hub', '=', 1),
    )
    .select(['territories.id', 'territories.name', 'departments.id as hub_id', 'departments.name as hub_name'])
    .where('territories.id', '=', territoryId)
    .orderBy('departments.name')
    .executeTakeFirst();
}
