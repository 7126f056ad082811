import type { Insertable, Kysely } from 'kysely';
import type { AuditedEntity } from '../../core/api/admin.js';
import type { AuditLogTable, Database } from '../db/schema.js';

export async function insertAuditEntry(db: Kysely<Database>, row: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

export interface AuditKeyset {
  at: string;
  id: string;
}

/** A page of the audit log, newest first, after the keyset `after` (exclusive). */
export function listAuditEntries(
  db: Kysely<Database>,
  filters: { entity?: AuditedEntity | undefined; entityId?: string | undefined },
  after: AuditKeyset | null,
  limit: number,
) {
  return db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .selectAll('audit_log')
    .select('users.name as actor_name')
    .$call((q) => (filters.entity === undefined ? q : q.where('audit_log.entity', '=', filters.entity)))
    .$if(filters.entityId !== undefined, (q) => q.where('audit_log.entity_id', '=', filters.entityId ?? ''))
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('audit_log.at', '<', after?.at ?? ''),
          eb.and([eb('audit_log.at', '=', after?.at ?? ''), eb('audit_log.id', '<', after?.id ?? '')]),
        ]),
      ),
    )
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(limit)
    .execute();
}
