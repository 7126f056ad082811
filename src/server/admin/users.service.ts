/**
 * Users as administrators manage them: created with a password (hashed here, never logged),
 * edited, disabled (all their sessions end at once) and enabled, their password reset.
 */
import type { z } from 'zod';
import type { AdminUser, userInput } from '../../core/api/admin.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import { hashPassword } from '../auth/passwords.js';
import { deleteSessionsOfUser } from '../auth/sessions.repository.js';
import type { Relais } from '../context.js';
import { setUserDisabled as writeDisabled } from '../directory/users.repository.js';
import { conflict } from '../errors.js';
import { adminTransaction } from './change.js';
import { createEntity, requireEntity, updateEntity } from './entity.service.js';
import { updateRow } from './rows.repository.js';
import { type UserFields, users } from './users.entity.js';

export async function createUser(relais: Relais, actor: Actor, input: z.output<typeof userInput>): Promise<AdminUser> {
  authorize(actor, 'admin.manage');
  const { password, ...fields } = input;
  return createEntity(relais, actor, users, { ...fields, passwordHash: await hashPassword(password) });
}

export async function updateUser(
  relais: Relais,
  actor: Actor,
  id: string,
  patch: Partial<UserFields>,
): Promise<AdminUser> {
  // An administrator who demoted themselves could leave no one able to undo it.
  if (id === actor.id && patch.role !== undefined && patch.role !== actor.role) {
    throw conflict('role: you cannot change your own role; ask another administrator');
  }
  return updateEntity(relais, actor, users, id, patch);
}

/** Disabling ends every session of the user in the same transaction: their next request is refused. */
export async function setUserDisabled(relais: Relais, actor: Actor, id: string, disabled: boolean): Promise<AdminUser> {
  authorize(actor, 'admin.manage');
  if (id === actor.id && disabled) throw conflict('You cannot disable your own account');
  return adminTransaction(relais, actor, async ({ trx, audit }) => {
    const before = await requireEntity(trx, users, id);
    if (before.disabled === disabled) return before;
    await writeDisabled(trx, id, disabled);
    if (disabled) await deleteSessionsOfUser(trx, id);
    const after = await requireEntity(trx, users, id);
    await audit({ entity: 'users', entityId: id, action: disabled ? 'disable' : 'enable', before, after });
    return after;
  });
}

/** Sets a new password and ends the user's sessions (a reset often follows a leak). */
export async function resetPassword(relais: Relais, actor: Actor, id: string, password: string): Promise<void> {
  authorize(actor, 'admin.manage');
  const passwordHash = await hashPassword(password);
  await adminTransaction(relais, actor, async ({ trx, audit }) => {
    await requireEntity(trx, users, id);
    await updateRow(trx, 'users', id, { password_hash: passwordHash });
    await deleteSessionsOfUser(trx, id);
    // Who reset whose password, and when; the audit never holds a password or its hash.
    await audit({ entity: 'users', entityId: id, action: 'reset_password', before: null, after: null });
  });
}
