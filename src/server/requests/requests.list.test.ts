import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBody, makeCategory, makeDepartment, makeRequest, makeTerritory } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';

let t: TestRelais;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais();
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

const ids = async (query: string) => {
  const res = await dispatcher.get(`/api/requests?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((r: { id: string }) => r.id);
};

describe('GET /api/requests filters', () => {
  it('filters by status (one or several), origin, body, department, category and territory', async () => {
    const db = t.relais.db;
    const body = await makeBody(db);
    const department = await makeDepartment(db, { bodyId: body.id });
    const category = await makeCategory(db, { departmentId: department.id });
    const territory = await makeTerritory(db, { lat: 49, lon: 0 });
    const a = await makeRequest(db, { status: 'on_hold', origin: 'elected_official', bodyId: body.id });
    const b = await makeRequest(db, { status: 'rejected', departmentId: department.id, categoryId: category.id });
    await db.updateTable('requests').set({ territory_id: territory.id }).where('id', '=', b.id).execute();

    expect(await ids('status=on_hold')).toEqual([a.id]);
    expect(await ids('status=on_hold&status=rejected')).toEqual([b.id, a.id]);
    expect(await ids('origin=elected_official')).toEqual([a.id]);
    expect(await ids(`bodyId=${body.id}`)).toEqual([a.id]);
    expect(await ids(`departmentId=${department.id}`)).toEqual([b.id]);
    expect(await ids(`categoryId=${category.id}`)).toEqual([b.id]);
    expect(await ids(`territoryId=${territory.id}`)).toEqual([b.id]);
  });

  it('filters by creation day, in Paris time, both bounds included', async () => {
    const db = t.relais.db;
    const tag = 'creation-window';
    // 23:30 UTC on 31 March is already 1 April in Paris.
    const late = await makeRequest(db, { createdAt: '2020-03-31T23:30:00.000Z', description: tag });
    const inside = await makeRequest(db, { createdAt: '2020-04-02T10:00:00.000Z', description: tag });
    await makeRequest(db, { createdAt: '2020-04-03T22:30:00.000Z', description: tag });
    expect(await ids(`q=${tag}&createdFrom=2020-04-01&createdTo=2020-04-02`)).toEqual([inside.id, late.id]);
  });

  it('finds text in the reference, address, description and requester name, case-insensitively', async () => {
    const db = t.relais.db;
    const byDescription = await makeRequest(db, { description: 'Lampadaire CLIGNOTANT rue des Carmes' });
    const byAddress = await makeRequest(db, { address: '8 impasse Clignotante' });
    expect(await ids('q=clignotant')).toEqual([byAddress.id, byDescription.id]);
    expect(await ids(`q=${byDescription.reference}`)).toEqual([byDescription.id]);
    expect(await ids('q=introuvablexyz')).toEqual([]);
  });

  it('returns 400 for an unknown status or a malformed date', async () => {
    expect((await dispatcher.get('/api/requests?status=lost')).statusCode).toBe(400);
    expect((await dispatcher.get('/api/requests?createdFrom=01/04/2020')).statusCode).toBe(400);
    expect((await dispatcher.get('/api/requests?cursor=garbage')).statusCode).toBe(400);
  });
});

describe('GET /api/requests pagination', () => {
  it('walks every page with the cursor, newest first, without gaps or repeats', async () => {
    const db = t.relais.db;
    const tag = 'pagination-walk';
    const sameInstant = '2021-06-01T08:00:00.000Z';
    const made = [];
    for (let i = 0; i < 7; i++) {
      // Several rows share an instant: the id breaks ties.
      made.push(
        await makeRequest(db, { description: tag, createdAt: i < 4 ? sameInstant : `2021-06-0${i}T09:00:00.000Z` }),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await dispatcher.get(`/api/requests?q=${tag}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      const page = res.json();
      seen.push(...page.items.map((r: { id: string }) => r.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    const expected = [...made]
      .sort((x, y) => (x.created_at === y.created_at ? (x.id < y.id ? 1 : -1) : x.created_at < y.created_at ? 1 : -1))
      .map((r) => r.id);
    expect(seen).toEqual(expected);
  });
});

describe('GET /api/requests personal data', () => {
  it('does not search requester names for readers who may not see them', async () => {
    const db = t.relais.db;
    const made = await makeRequest(db, { description: 'Banc cassé' });
    await db.updateTable('requests').set({ requester_name: 'Zéphirin Unique' }).where('id', '=', made.id).execute();
    expect(await ids('q=zéphirin')).toEqual([made.id]);
    const analyst = await actAs(t.app, db, 'analyst');
    const res = await analyst.get('/api/requests?q=zéphirin');
    expect(res.json().items).toEqual([]);
  });
});
