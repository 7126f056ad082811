/**
 * Every administrative change runs through `adminTransaction`: what it writes and its audit rows
 * commit together; after the commit, the glossary's listeners (glossary-hooks.ts) hear of the
 * changes that concern them, on this instance.
 */
import type { Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AuditAction, AuditedEntity } from '../../core/api/admin.js';
import type { Actor } from '../../core/roles.js';
import type { Relais } from '../context.js';
import type { Database } from '../db/schema.js';
import { insertAuditEntry } from './audit.repository.js';
import { notifyGlossaryChanged } from './glossary-hooks.js';

export interface AuditRecord {
  entity: AuditedEntity;
  entityId: string;
  action: AuditAction;
  /** The entity in its API shape before and after; null when it did not exist (or is gone). */
  before: object | null;
  after: object | null;
}

export interface AdminChange {
  trx: Transaction<Database>;
  /** Appends one row to the audit log, in the current transaction. */
  audit(record: AuditRecord): Promise<void>;
}

/** What the glossary shows, searches or routes with: a change to these drops its caches. */
const GLOSSARY_ENTITIES: ReadonlySet<AuditedEntity> = new Set([
  'bodies',
  'departments',
  'territories',
  'families',
  'categories',
]);

const json = (value: object | null) => (value === null ? null : JSON.stringify(value));

export async function adminTransaction<T>(
  relais: Relais,
  actor: Actor,
  work: (change: AdminChange) => Promise<T>,
): Promise<T> {
  let glossaryChanged = false;
  const at = new Date().toISOString();
  const result = await relais.db.transaction().execute((trx) =>
    work({
      trx,
      async audit(record) {
        await insertAuditEntry(trx, {
          id: uuidv7(),
          actor_id: actor.id,
          at,
          entity: record.entity,
          entity_id: record.entityId,
          action: record.action,
          before: json(record.before),
          after: json(record.after),
        });
        if (GLOSSARY_ENTITIES.has(record.entity)) glossaryChanged = true;
      },
    }),
  );
  if (glossaryChanged) notifyGlossaryChanged(relais);
  return result;
}
