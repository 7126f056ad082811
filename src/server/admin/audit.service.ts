import { z } from 'zod';
import type { AuditEntry, AuditQuery } from '../../core/api/admin.js';
import { AUDIT_ACTIONS, AUDITED_ENTITIES } from '../../core/api/admin.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { decodeCursor, encodeCursor, keysetPage } from '../requests/cursor.js';
import { listAuditEntries } from './audit.repository.js';

type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>[number];

// A stray value in these columns is a bug worth failing on.
const entitySchema = z.enum(AUDITED_ENTITIES);
const actionSchema = z.enum(AUDIT_ACTIONS);

const snapshot = (json: string | null) => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor_id === null ? null : { id: row.actor_id, name: row.actor_name ?? '' },
    entity: entitySchema.parse(row.entity),
    entityId: row.entity_id,
    action: actionSchema.parse(row.action),
    before: snapshot(row.before),
    after: snapshot(row.after),
  };
}

/** The audit log, newest first, one page at a time; filtered to one entity (and one row of it). */
export async function listAudit(
  relais: Relais,
  actor: Actor,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  authorize(actor, 'admin.manage');
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await listAuditEntries(
    relais.db,
    { entity: query.entity, entityId: query.entityId },
    after && { at: after.createdAt, id: after.id },
    query.limit + 1,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) =>
    encodeCursor({ createdAt: last.at, id: last.id }),
  );
  return { items: page.map(toAuditEntry), nextCursor };
}
