/**
 * What the generic administration service needs to know of one entity (body, department,
 * territory, family, category, contractor, user): how to read it in its API shape, how to write
 * it, which rules its input must follow, and what deleting it means.
 */
import type { Kysely } from 'kysely';
import type { AuditedEntity } from '../../core/api/admin.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { type AdminTable, type Referrer, rowExists } from './rows.repository.js';

type Db = Kysely<Database>;

/** Deleting either removes the row (refused while `referrers` point at it) or deactivates it. */
export type Removal<Input> =
  | { kind: 'delete'; referrers: readonly Referrer[] }
  | { kind: 'deactivate'; deactivate(input: Input): Input };

export interface EntityDef<Dto extends { id: string }, Input, New extends Input = Input> {
  entity: AuditedEntity & AdminTable;
  /** Singular noun for messages: "department". */
  noun: string;
  /** The field a duplicate breaks (unique in the database), named in the 409 answer. */
  uniqueField: 'code' | 'email';
  list(db: Db): Promise<Dto[]>;
  load(db: Db, id: string): Promise<Dto | undefined>;
  /** The input that gives `dto`: a patch is merged into it, then checked and written whole. */
  toInput(dto: Dto): Input;
  /** Checks references and rules on the whole input; throws 400 (naming the field) or 409. */
  check(db: Db, input: Input, id: string | null): Promise<void>;
  insert(db: Db, id: string, input: New): Promise<void>;
  update(db: Db, id: string, input: Input): Promise<void>;
  /** Absent when the entity is never deleted through the generic route (users are disabled). */
  removal?: Removal<Input>;
}

/** Throws 400 naming `field` unless `id` is null or names a row of `table`. */
export async function mustExist(db: Db, table: AdminTable, id: string | null, field: string, noun: string) {
  if (id !== null && !(await rowExists(db, table, id))) {
    throw badRequest(`${field}: no ${noun} has the id ${id}`);
  }
}

export const flag = (value: boolean) => (value ? (1 as const) : (0 as const));

/** A JSON text column holding an array. */
export function parseArray<T>(json: string): T[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value as T[]) : [];
}
