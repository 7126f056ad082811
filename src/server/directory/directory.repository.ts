import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export function listBodies(db: Kysely<Database>) {
  return db.selectFrom('bodies').select(['id', 'code', 'name']).orderBy('name').execute();
}

export function listDepartments(db: Kysely<Database>) {
  return db
    .selectFrom('departments')
    .leftJoin('territories', 'territories.id', 'departments.territory_id')
    .select([
      'departments.id',
      'departments.body_id',
      'departments.code',
      'departments.name',
      'departments.territory_id',
      'departments.is_hub',
      'departments.emits',
      'departments.receives',
    ])
    .orderBy('departments.name')
    .execute();
}

export function listTerritories(db: Kysely<Database>) {
  return db
    .selectFrom('territories')
    .leftJoin('departments', (j) =>
      j.onRef('departments.territory_id', '=', 'territories.id').on('departments.is_hub', '=', 1),
    )
    .select(['territories.id', 'territories.code', 'territories.name', 'departments.id as hub_department_id'])
    .orderBy('territories.name')
    .execute();
}

export function listFamilies(db: Kysely<Database>) {
  return db.selectFrom('families').selectAll().orderBy('name').execute();
}

export function listCategories(db: Kysely<Database>) {
  return db.selectFrom('categories').selectAll().where('active', '=', 1).orderBy('name').execute();
}

export function listContractors(db: Kysely<Database>) {
  return db.selectFrom('contractors').select(['id', 'name']).orderBy('name').execute();
}

export function findCategory(db: Kysely<Database>, id: string) {
  return db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findDepartment(db: Kysely<Database>, id: string) {
  return db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findBody(db: Kysely<Database>, id: string) {
  return db.selectFrom('bodies').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findContractor(db: Kysely<Database>, id: string) {
  return db.selectFrom('contractors').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Territories whose bounding box contains the point: candidates for the polygon test. */
export function territoriesAround(db: Kysely<Database>, lat: number, lon: number) {
  return db
    .selectFrom('territories')
    .select(['id', 'geojson'])
    .where('min_lat', '<=', lat)
    .where('max_lat', '>=', lat)
    .where('min_lon', '<=', lon)
    .where('max_lon', '>=', lon)
    .execute();
}
