/**
 * The administration's create, update and delete, the same for every entity: authorize, check
 * the whole input, write, and record the change in the audit log, in one transaction.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AuditAction } from '../../core/api/admin.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import type { Database } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { type AdminChange, adminTransaction } from './change.js';
import { isForeignKeyViolation, isUniqueViolation } from './db-errors.js';
import type { EntityDef, Removal } from './entity.js';
import { countReferrers, deleteRow } from './rows.repository.js';

type Def<Dto extends { id: string }, Input, New extends Input> = EntityDef<Dto, Input, New>;

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function requireEntity<Dto extends { id: string }>(
  db: Kysely<Database>,
  def: Pick<Def<Dto, unknown, unknown>, 'load' | 'noun'>,
  id: string,
): Promise<Dto> {
  const dto = await def.load(db, id);
  if (!dto) throw notFound(`${capitalised(def.noun)} ${id}`);
  return dto;
}

/** Runs a write; a duplicate of the entity's unique field becomes a 409 that names it. */
async function writeUnique(
  def: Pick<Def<{ id: string }, unknown, unknown>, 'uniqueField' | 'noun'>,
  write: () => Promise<void>,
) {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`${def.uniqueField}: another ${def.noun} already has this ${def.uniqueField}`);
    }
    throw error;
  }
}

/** Checks and inserts a new entity, with its audit row; for services and imports inside a change. */
export async function insertEntity<Dto extends { id: string }, Input, New extends Input>(
  { trx, audit }: AdminChange,
  def: Def<Dto, Input, New>,
  input: New,
  action: AuditAction,
): Promise<Dto> {
  await def.check(trx, input, null);
  const id = uuidv7();
  await writeUnique(def, () => def.insert(trx, id, input));
  const after = await requireEntity(trx, def, id);
  await audit({ entity: def.entity, entityId: id, action, before: null, after });
  return after;
}

/**
 * Checks and writes `input` over the entity `before`, with its audit row; writes nothing (and
 * returns null) when `input` changes nothing.
 */
export async function changeEntity<Dto extends { id: string }, Input, New extends Input>(
  { trx, audit }: AdminChange,
  def: Def<Dto, Input, New>,
  before: Dto,
  input: Input,
  action: AuditAction,
): Promise<Dto | null> {
  if (same(def.toInput(before), input)) return null;
  await def.check(trx, input, before.id);
  await writeUnique(def, () => def.update(trx, before.id, input));
  const after = await requireEntity(trx, def, before.id);
  await audit({ entity: def.entity, entityId: before.id, action, before, after });
  return after;
}

export async function listEntities<Dto extends { id: string }>(
  relais: Relais,
  actor: Actor,
  def: Pick<Def<Dto, unknown, unknown>, 'list'>,
): Promise<Dto[]> {
  authorize(actor, 'admin.manage');
  return def.list(relais.db);
}

export async function createEntity<Dto extends { id: string }, Input, New extends Input>(
  relais: Relais,
  actor: Actor,
  def: Def<Dto, Input, New>,
  input: New,
): Promise<Dto> {
  authorize(actor, 'admin.manage');
  return adminTransaction(relais, actor, (change) => insertEntity(change, def, input, 'create'));
}

/** Changes what `patch` names; the whole result is checked, as on creation. */
export async function updateEntity<Dto extends { id: string }, Input, New extends Input>(
  relais: Relais,
  actor: Actor,
  def: Def<Dto, Input, New>,
  id: string,
  patch: Partial<Input>,
): Promise<Dto> {
  authorize(actor, 'admin.manage');
  return adminTransaction(relais, actor, async (change) => {
    const before = await requireEntity(change.trx, def, id);
    const input: Input = { ...def.toInput(before), ...patch };
    return (await changeEntity(change, def, before, input, 'update')) ?? before;
  });
}

/**
 * Deletes (or deactivates) an entity. Deleting is refused with 409 while anything still points
 * at it, requests first among them: history must keep its meaning.
 */
export async function removeEntity<Dto extends { id: string }, Input, New extends Input>(
  relais: Relais,
  actor: Actor,
  def: Def<Dto, Input, New> & { removal: Removal<Input> },
  id: string,
): Promise<void> {
  authorize(actor, 'admin.manage');
  const { removal } = def;
  await adminTransaction(relais, actor, async (change) => {
    const before = await requireEntity(change.trx, def, id);
    if (removal.kind === 'deactivate') {
      await changeEntity(change, def, before, removal.deactivate(def.toInput(before)), 'disable');
      return;
    }
    const uses: string[] = [];
    for (const referrer of removal.referrers) {
      const count = await countReferrers(change.trx, referrer, id);
      if (count > 0) uses.push(`${count} ${referrer.label}`);
    }
    if (uses.length > 0) {
      throw conflict(`This ${def.noun} is still used by ${uses.join(', ')}: it cannot be deleted`);
    }
    try {
      await deleteRow(change.trx, def.entity, id);
    } catch (error) {
      if (isForeignKeyViolation(error))
        throw conflict(`This ${def.noun} is still used elsewhere: it cannot be deleted`);
      throw error;
    }
    await change.audit({ entity: def.entity, entityId: id, action: 'delete', before, after: null });
  });
}
