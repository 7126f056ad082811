import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeBody,
  makeCategory,
  makeContractor,
  makeDepartment,
  makeRequest,
  makeTerritory,
} from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { auditOf, send } from './admin.test-helpers.js';

let t: TestRelais;
let admin: Client;

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
});
afterAll(() => t.close());

const code = (prefix: string) => `${prefix}-${uuidv7().slice(-12)}`;
const square = (lon: number, lat: number, size = 0.01) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat],
    ],
  ],
});

/** Creates, then changes one field, checking the answer and the two audit rows written. */
async function createThenPatch(path: string, input: Record<string, unknown>, patch: Record<string, unknown>) {
  const created = await send(t, admin, 'POST', `/api/admin/${path}`, { json: input });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json();
  const updated = await send(t, admin, 'PATCH', `/api/admin/${path}/${id}`, { json: patch });
  expect(updated.statusCode, updated.body).toBe(200);
  expect(updated.json()).toMatchObject({ id, ...patch });

  const audit = await auditOf(t, id);
  expect(audit.map((a) => [a.entity, a.action, a.actor_id])).toEqual([
    [path, 'create', admin.userId],
    [path, 'update', admin.userId],
  ]);
  expect(audit[0]?.before).toBeNull();
  expect(JSON.parse(audit[0]?.after ?? '')).toEqual(created.json());
  expect(JSON.parse(audit[1]?.before ?? '')).toEqual(created.json());
  expect(JSON.parse(audit[1]?.after ?? '')).toEqual(updated.json());

  const list = await send(t, admin, 'GET', `/api/admin/${path}`);
  expect(list.statusCode).toBe(200);
  expect(list.json()).toContainEqual(updated.json());
  return updated.json();
}

describe('creating and changing each entity, one audit row per change', () => {
  it('bodies', async () => {
    await createThenPatch('bodies', { code: code('ville'), name: 'Ville de Caen' }, { name: 'Ville de Caen (14)' });
  });

  it('departments, a hub with its territory', async () => {
    const body = await makeBody(t.relais.db);
    const territory = await makeTerritory(t.relais.db, { lat: 10, lon: 10 });
    const input = {
      bodyId: body.id,
      code: code('pole'),
      name: 'Pôle Nord-Ouest',
      isHub: true,
      territoryId: territory.id,
    };
    const department = await createThenPatch('departments', input, { email: 'pole.no@caen.example' });
    expect(department).toMatchObject({ emits: true, receives: true, isHub: true });
  });

  it('territories, with the bounding box recomputed from the new geometry', async () => {
    const triangle = {
      type: 'Polygon',
      coordinates: [
        [
          [-0.41, 49.16],
          [-0.36, 49.17],
          [-0.38, 49.21],
          [-0.41, 49.16],
        ],
      ],
    };
    const territory = await createThenPatch(
      'territories',
      { code: code('quartier'), name: 'Venoix', geometry: square(-0.4, 49.17) },
      { geometry: triangle },
    );
    expect(territory.boundingBox).toEqual({ minLat: 49.16, maxLat: 49.21, minLon: -0.41, maxLon: -0.36 });
    const row = await t.relais.db
      .selectFrom('territories')
      .selectAll()
      .where('id', '=', territory.id)
      .executeTakeFirst();
    expect(row).toMatchObject({ min_lat: 49.16, max_lat: 49.21, min_lon: -0.41, max_lon: -0.36 });
  });

  it('families', async () => {
    const body = await makeBody(t.relais.db);
    await createThenPatch(
      'families',
      { bodyId: body.id, code: code('voirie'), name: 'Voirie' },
      { description: 'Chaussées et trottoirs' },
    );
  });

  it('categories, with procedure, extra questions, synonyms and territory routes', async () => {
    const department = await makeDepartment(t.relais.db);
    const hub = await makeDepartment(t.relais.db, { bodyId: department.body_id });
    const territory = await makeTerritory(t.relais.db, { lat: 20, lon: 20 });
    const family = (
      await send(t, admin, 'POST', '/api/admin/families', {
        json: { bodyId: department.body_id, code: code('proprete'), name: 'Propreté' },
      })
    ).json();
    const input = {
      familyId: family.id,
      code: code('tag'),
      name: 'Tags et graffitis',
      description: 'Inscriptions sur un mur',
      synonyms: ['graffiti', 'tag', 'bombe de peinture'],
      departmentId: department.id,
      deadlineDays: 10,
      needsContractor: true,
      procedure: ['Constater', 'Commander au prestataire', 'Vérifier'],
      questions: [
        { code: 'surface', datatype: 'number', required: true, description: 'Surface en m²' },
        {
          code: 'support',
          datatype: 'singlevaluelist',
          description: 'Sur quel mur ?',
          values: [
            { key: 'public', name: 'Mur public' },
            { key: 'private', name: 'Mur privé' },
          ],
        },
      ],
      routes: [{ territoryId: territory.id, departmentId: hub.id }],
    };
    const category = await createThenPatch('categories', input, { deadlineDays: 7, synonyms: ['graffiti'] });
    expect(category).toMatchObject({ needsValidation: false, active: true, routes: input.routes });
    expect(category.questions[0]).toEqual({ ...input.questions[0] });
    expect(category.questions[1].required).toBe(false);
  });

  it('contractors', async () => {
    await createThenPatch(
      'contractors',
      { code: code('netgraff'), name: 'Net Graff' },
      { email: 'contact@netgraff.example' },
    );
  });

  it('writes nothing, not even an audit row, for a patch that changes nothing', async () => {
    const body = await makeBody(t.relais.db);
    const res = await send(t, admin, 'PATCH', `/api/admin/bodies/${body.id}`, { json: { name: body.name } });
    expect(res.statusCode).toBe(200);
    expect(await auditOf(t, body.id)).toEqual([]);
  });
});

describe('refusing bad changes', () => {
  it('returns 409 naming the code when another entity already has it', async () => {
    const body = await makeBody(t.relais.db);
    const res = await send(t, admin, 'POST', '/api/admin/bodies', { json: { code: body.code, name: 'Autre' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('code: another body already has this code');

    const other = await makeContractor(t.relais.db);
    const mine = await makeContractor(t.relais.db);
    const patch = await send(t, admin, 'PATCH', `/api/admin/contractors/${mine.id}`, { json: { code: other.code } });
    expect(patch.statusCode).toBe(409);
    expect(await auditOf(t, mine.id)).toEqual([]);
  });

  it('returns 400 naming the field that points at nothing', async () => {
    const department = await makeDepartment(t.relais.db);
    const family = await send(t, admin, 'POST', '/api/admin/families', {
      json: { bodyId: department.body_id, code: code('f'), name: 'F' },
    });
    const missing = uuidv7();
    const res = await send(t, admin, 'POST', '/api/admin/categories', {
      json: {
        familyId: family.json().id,
        code: code('c'),
        name: 'C',
        departmentId: department.id,
        deadlineDays: 3,
        routes: [{ territoryId: missing, departmentId: department.id }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe(`routes[0].territoryId: no territory has the id ${missing}`);
  });

  it('returns 400 naming the field for invalid input: a hub without territory, an open ring, a list question without values', async () => {
    const body = await makeBody(t.relais.db);
    const hub = await send(t, admin, 'POST', '/api/admin/departments', {
      json: { bodyId: body.id, code: code('pole'), name: 'Pôle', isHub: true },
    });
    expect(hub.statusCode).toBe(400);
    expect(hub.json().message).toBe('territoryId: a hub must cover a territory');

    const open = square(0, 0);
    open.coordinates[0]?.pop();
    open.coordinates[0]?.push([5, 5]);
    const territory = await send(t, admin, 'POST', '/api/admin/territories', {
      json: { code: code('t'), name: 'T', geometry: open },
    });
    expect(territory.statusCode).toBe(400);
    expect(territory.json().message).toContain('body.geometry.coordinates.0: a ring must end where it starts');

    const category = await makeCategory(t.relais.db);
    const question = { code: 'q', datatype: 'multivaluelist', description: 'Lesquels ?' };
    const res = await send(t, admin, 'PATCH', `/api/admin/categories/${category.id}`, {
      json: { questions: [question] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('body.questions.0.values');
  });

  it('returns 409 when a second hub would cover the same territory', async () => {
    const territory = await makeTerritory(t.relais.db, { lat: 30, lon: 30 });
    const body = await makeBody(t.relais.db);
    const hub = { bodyId: body.id, isHub: true, territoryId: territory.id, name: 'Pôle' };
    const first = await send(t, admin, 'POST', '/api/admin/departments', { json: { ...hub, code: code('a') } });
    expect(first.statusCode).toBe(201);
    const second = await send(t, admin, 'POST', '/api/admin/departments', { json: { ...hub, code: code('b') } });
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toContain('territoryId: this territory already has a hub');
  });

  it('returns 404 for an unknown id', async () => {
    const res = await send(t, admin, 'PATCH', `/api/admin/families/${uuidv7()}`, { json: { name: 'X' } });
    expect(res.statusCode).toBe(404);
  });
});

describe('deleting', () => {
  it('deletes an unused entity, with an audit row keeping what it was', async () => {
    const contractor = await makeContractor(t.relais.db);
    const res = await send(t, admin, 'DELETE', `/api/admin/contractors/${contractor.id}`);
    expect(res.statusCode).toBe(204);
    const audit = await auditOf(t, contractor.id);
    expect(audit.map((a) => a.action)).toEqual(['delete']);
    expect(JSON.parse(audit[0]?.before ?? '')).toMatchObject({ code: contractor.code });
    expect(audit[0]?.after).toBeNull();
  });

  it('refuses with 409 to delete what requests still reference, and says what does', async () => {
    const department = await makeDepartment(t.relais.db);
    await makeRequest(t.relais.db, { departmentId: department.id });
    const res = await send(t, admin, 'DELETE', `/api/admin/departments/${department.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('This department is still used by 1 requests: it cannot be deleted');
    expect(await auditOf(t, department.id)).toEqual([]);
  });

  it('deactivates a category instead of deleting it; a patch reactivates it', async () => {
    const category = await makeCategory(t.relais.db);
    await makeRequest(t.relais.db, { categoryId: category.id });
    const res = await send(t, admin, 'DELETE', `/api/admin/categories/${category.id}`);
    expect(res.statusCode).toBe(204);
    const row = await t.relais.db
      .selectFrom('categories')
      .select('active')
      .where('id', '=', category.id)
      .executeTakeFirst();
    expect(row?.active).toBe(0);
    const back = await send(t, admin, 'PATCH', `/api/admin/categories/${category.id}`, { json: { active: true } });
    expect(back.json().active).toBe(true);
    expect((await auditOf(t, category.id)).map((a) => a.action)).toEqual(['disable', 'update']);
  });
});

describe('GET /api/admin/audit', () => {
  it('pages through the changes of one entity, newest first', async () => {
    const body = await makeBody(t.relais.db);
    for (const name of ['Un', 'Deux', 'Trois']) {
      await send(t, admin, 'PATCH', `/api/admin/bodies/${body.id}`, { json: { name } });
    }
    const first = await send(t, admin, 'GET', `/api/admin/audit?entity=bodies&entityId=${body.id}&limit=2`);
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items.map((e: { after: { name: string } }) => e.after.name)).toEqual(['Trois', 'Deux']);
    expect(page1.items[0]).toMatchObject({ entity: 'bodies', action: 'update', actor: { id: admin.userId } });
    const next = await send(t, admin, 'GET', `/api/admin/audit?entityId=${body.id}&limit=2&cursor=${page1.nextCursor}`);
    const page2 = next.json();
    expect(page2.items.map((e: { after: { name: string } }) => e.after.name)).toEqual(['Un']);
    expect(page2.nextCursor).toBeNull();
  });
});
