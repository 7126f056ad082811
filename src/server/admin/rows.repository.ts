/**
 * Plain reads and writes of the directory tables the administration edits, by id. Entities map
 * their rows themselves; these functions only spare writing the same five queries seven times.
 */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../db/schema.js';

export type AdminTable = 'bodies' | 'departments' | 'territories' | 'families' | 'categories' | 'contractors' | 'users';
type Db = Kysely<Database>;

export function listRows<T extends AdminTable>(db: Db, table: T): Promise<Selectable<Database[T]>[]> {
  return db
    .selectFrom(table as AdminTable)
    .selectAll()
    .orderBy('name')
    .orderBy('id')
    .execute() as Promise<Selectable<Database[T]>[]>;
}

export function findRow<T extends AdminTable>(
  db: Db,
  table: T,
  id: string,
): Promise<Selectable<Database[T]> | undefined> {
  return db
    .selectFrom(table as AdminTable)
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst() as Promise<Selectable<Database[T]> | undefined>;
}

export async function rowExists(db: Db, table: AdminTable, id: string): Promise<boolean> {
  return (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function insertRow<T extends AdminTable>(db: Db, table: T, row: Insertable<Database[T]>): Promise<void> {
  await db.insertInto(table).values(row).execute();
}

export async function updateRow<T extends AdminTable>(
  db: Db,
  table: T,
  id: string,
  row: Updateable<Database[T]>,
): Promise<void> {
  await db
    .updateTable(table as AdminTable)
    .set(row)
    .where('id', '=', id)
    .execute();
}

export async function deleteRow(db: Db, table: AdminTable, id: string): Promise<void> {
  await db.deleteFrom(table).where('id', '=', id).execute();
}

/** A column of another table that points at a row: deleting the row is refused while any does. */
export type Referrer = {
  [T in keyof Database]: { table: T; column: keyof Database[T] & string; label: string };
}[keyof Database];

export async function countReferrers(db: Db, referrer: Referrer, id: string): Promise<number> {
  const row = await db
    .selectFrom(referrer.table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where(db.dynamic.ref(referrer.column), '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
