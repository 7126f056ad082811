/**
 * Factories: each builds what it needs (missing parents included) with unique codes, so tests
 * never share data. Overrides set any field that matters to a test.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Status } from '../../src/core/lifecycle.js';
import type { Origin } from '../../src/core/origins.js';
import type { Role } from '../../src/core/roles.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import type { Database } from '../../src/server/db/schema.js';
import { boundingBox } from '../../src/server/directory/territories.js';

type DB = Kysely<Database>;
const unique = (prefix: string) => `${prefix}-${uuidv7().slice(-12)}`;

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export async function makeBody(db: DB, overrides: { name?: string } = {}) {
  const row = { id: uuidv7(), code: unique('body'), name: overrides.name ?? 'Ville de Test' };
  await db.insertInto('bodies').values(row).execute();
  return row;
}

/** A square territory of `size` degrees whose south-west corner is at (lat, lon). */
export async function makeTerritory(db: DB, corner: { lat: number; lon: number }, size = 0.01) {
  const { lat, lon } = corner;
  const geometry = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  };
  const row = {
    id: uuidv7(),
    code: unique('territory'),
    name: 'Quartier test',
    geojson: JSON.stringify(geometry),
    ...boundingBox(geometry),
  };
  await db.insertInto('territories').values(row).execute();
  return row;
}

export async function makeDepartment(db: DB, overrides: { bodyId?: string; name?: string } = {}) {
  const row = {
    id: uuidv7(),
    body_id: overrides.bodyId ?? (await makeBody(db)).id,
    code: unique('dept'),
    name: overrides.name ?? 'Voirie',
    territory_id: null,
    is_hub: 0 as const,
    emits: 1 as const,
    receives: 1 as const,
    email: null,
  };
  await db.insertInto('departments').values(row).execute();
  return row;
}

export async function makeContractor(db: DB) {
  const row = { id: uuidv7(), code: unique('contractor'), name: 'Net Graff', email: null };
  await db.insertInto('contractors').values(row).execute();
  return row;
}

export async function makeCategory(
  db: DB,
  overrides: { departmentId?: string; deadlineDays?: number; name?: string; questions?: readonly object[] } = {},
) {
  const departmentId = overrides.departmentId ?? (await makeDepartment(db)).id;
  const department = await db
    .selectFrom('departments')
    .selectAll()
    .where('id', '=', departmentId)
    .executeTakeFirstOrThrow();
  const family = { id: uuidv7(), body_id: department.body_id, code: unique('family'), name: 'Voirie', description: '' };
  await db.insertInto('families').values(family).execute();
  const row = {
    id: uuidv7(),
    family_id: family.id,
    code: unique('category'),
    name: overrides.name ?? 'Nid-de-poule',
    description: 'Trou dans la chaussée',
    synonyms: JSON.stringify(['trou']),
    department_id: departmentId,
    deadline_days: overrides.deadlineDays ?? 5,
    needs_validation: 0 as const,
    needs_contractor: 0 as const,
    procedure: JSON.stringify(['Constater', 'Reboucher']),
    questions: JSON.stringify(overrides.questions ?? []),
  };
  await db.insertInto('categories').values(row).execute();
  return row;
}

export interface UserScopes {
  bodyId?: string | null;
  departmentId?: string | null;
  contractorId?: string | null;
  disabled?: boolean;
}

export async function makeUser(db: DB, role: Role, scopes: UserScopes = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const row = {
    id: uuidv7(),
    email: `${unique(role)}@test.relais.local`,
    name: `Agent ${role}`,
    password_hash: await passwordHash,
    role,
    body_id: scopes.bodyId ?? null,
    department_id: scopes.departmentId ?? null,
    contractor_id: scopes.contractorId ?? null,
    locale: 'fr' as const,
    disabled: scopes.disabled ? (1 as const) : (0 as const),
    created_at: new Date().toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export async function makeRequest(
  db: DB,
  overrides: Partial<{
    status: Status;
    departmentId: string | null;
    bodyId: string | null;
    categoryId: string | null;
    contractorId: string | null;
    createdAt: string;
    description: string;
    address: string;
    origin: Origin;
    lat: number;
    lon: number;
  }> = {},
) {
  const id = uuidv7();
  const at = overrides.createdAt ?? new Date().toISOString();
  const row = {
    id,
    reference: `T-${id.slice(-10)}`,
    status: overrides.status ?? ('new' as const),
    origin: overrides.origin ?? ('counter' as const),
    description: overrides.description ?? 'Un nid-de-poule devant le numéro 12',
    address: overrides.address ?? '12 rue Saint-Pierre, Caen',
    lat: overrides.lat ?? 49.1838,
    lon: overrides.lon ?? -0.3633,
    body_id: overrides.bodyId ?? null,
    department_id: overrides.departmentId ?? null,
    category_id: overrides.categoryId ?? null,
    territory_id: null,
    contractor_id: overrides.contractorId ?? null,
    priority: 'normal' as const,
    deadline: null,
    hold_reason: null,
    duplicate_of_id: null,
    requester_name: 'Jeanne Martin',
    requester_email: 'jeanne.martin@example.org',
    requester_phone: null,
    tracking_token: uuidv7(),
    payload_hash: 'factory',
    created_by_id: null,
    created_at: at,
    updated_at: at,
  };
  await db.insertInto('requests').values(row).execute();
  return row;
}
