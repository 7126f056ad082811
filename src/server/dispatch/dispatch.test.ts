import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBody, makeCategory, makeDepartment, makeRequest, makeTerritory } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { InboxItem } from '../../core/api/dispatch.js';
import { deadlineFor } from '../../core/deadlines.js';
import type { Status } from '../../core/lifecycle.js';
import { invalidateGlossary } from '../glossary/glossary.cache.js';

let t: TestRelais;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais();
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

/** A body of its own with a manager: the manager's inbox holds this test's requests only. */
async function ownBody() {
  const db = t.relais.db;
  const body = await makeBody(db);
  const department = await makeDepartment(db, { bodyId: body.id });
  const category = await makeCategory(db, { departmentId: department.id, deadlineDays: 5 });
  const manager = await actAs(t.app, db, 'manager', { bodyId: body.id });
  const request = (createdAt: string, overrides: { categoryId?: string | null; status?: Status } = {}) =>
    makeRequest(db, { bodyId: body.id, categoryId: category.id, createdAt, ...overrides });
  return { body, department, category, manager, request };
}

const inbox = async (client: Client, query = '') => {
  const res = await client.get(`/api/dispatch/inbox${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: InboxItem[]; nextCursor: string | null; total: number };
};

describe('the dispatcher inbox', () => {
  it('lists new requests oldest first, page by page, leaving out those already evaluated', async () => {
    const { manager, request } = await ownBody();
    const newest = await request('2026-03-03T09:00:00.000Z');
    const oldest = await request('2026-03-01T09:00:00.000Z');
    await request('2026-02-01T09:00:00.000Z', { status: 'accepted' });
    const middle = await request('2026-03-02T09:00:00.000Z');

    const first = await inbox(manager, '?limit=2');
    expect(first.items.map((i) => i.request.id)).toEqual([oldest.id, middle.id]);
    expect(first.total).toBe(3);
    const second = await inbox(manager, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.request.id)).toEqual([newest.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('proposes the category chosen at intake, its department, the default priority and the procedure deadline from reception', async () => {
    const { department, category, manager, request } = await ownBody();
    const receivedAt = '2026-04-30T15:00:00.000Z';
    await request(receivedAt);
    const [item] = (await inbox(manager)).items;
    expect(item?.proposal).toEqual({
      categoryId: category.id,
      categorySource: 'intake',
      departmentId: department.id,
      routedByTerritory: false,
      priority: 'normal',
      deadline: deadlineFor(new Date(receivedAt), 5),
      suggestions: expect.any(Array),
    });
    // 1 and 8 May are public holidays: five working days after Thursday 30 April end on Monday 11 May.
    expect(item?.proposal.deadline).toBe('2026-05-11');
  });

  it("proposes the department of the territory's route over the category's own", async () => {
    const db = t.relais.db;
    const { body, category, manager } = await ownBody();
    const territory = await makeTerritory(db, { lat: 49.1, lon: -0.4 });
    const hub = await makeDepartment(db, { bodyId: body.id, name: 'Pôle Rive droite' });
    await db
      .insertInto('category_routes')
      .values({ category_id: category.id, territory_id: territory.id, department_id: hub.id })
      .execute();
    const routed = await makeRequest(db, { bodyId: body.id, categoryId: category.id });
    await db.updateTable('requests').set({ territory_id: territory.id }).where('id', '=', routed.id).execute();

    const [item] = (await inbox(manager)).items;
    expect(item?.proposal).toMatchObject({ departmentId: hub.id, routedByTerritory: true });
  });

  it("proposes the glossary's best suggestion for a request registered without a category", async () => {
    const db = t.relais.db;
    const lighting = await makeDepartment(db, { name: 'Éclairage public' });
    const lamp = await makeCategory(db, { departmentId: lighting.id, name: 'Lampadaire éteint', deadlineDays: 3 });
    invalidateGlossary();
    const request = await makeRequest(db, {
      categoryId: null,
      description: 'Le lampadaire devant chez moi est éteint depuis trois jours',
      createdAt: '2026-09-01T08:00:00.000Z',
    });
    const item = (await dispatcher.get(`/api/dispatch/inbox/${request.id}`)).json() as InboxItem;
    expect(item.proposal).toMatchObject({
      categoryId: lamp.id,
      categorySource: 'suggestion',
      departmentId: lighting.id,
      deadline: '2026-09-04',
    });
    expect(item.proposal.suggestions[0]).toMatchObject({ categoryId: lamp.id, name: 'Lampadaire éteint' });
    expect(item.proposal.suggestions[0]?.words).toEqual(expect.arrayContaining(['lampadaire', 'éteint']));
  });

  it('proposes nothing but the priority when neither intake nor the glossary names a category', async () => {
    const request = await makeRequest(t.relais.db, { categoryId: null, description: 'Qwxz vbkj yqz' });
    const item = (await dispatcher.get(`/api/dispatch/inbox/${request.id}`)).json() as InboxItem;
    expect(item.proposal).toEqual({
      categoryId: null,
      categorySource: null,
      departmentId: null,
      routedByTerritory: false,
      priority: 'normal',
      deadline: null,
      suggestions: [],
    });
  });

  it('gives each request the next one to open, and after the last goes back to the oldest left', async () => {
    const { manager, request } = await ownBody();
    const a = await request('2026-05-01T08:00:00.000Z');
    const b = await request('2026-05-02T08:00:00.000Z');
    const c = await request('2026-05-03T08:00:00.000Z');
    const { items } = await inbox(manager, '?limit=2');
    expect(items.map((i) => [i.request.id, i.nextId])).toEqual([
      [a.id, b.id],
      [b.id, c.id],
    ]);
    const last = (await manager.get(`/api/dispatch/inbox/${c.id}`)).json() as InboxItem;
    expect(last.nextId).toBe(a.id);
  });

  it('opens the next request once one is accepted with the proposal, whose deadline the acceptance keeps', async () => {
    const { manager, request } = await ownBody();
    const first = await request('2026-06-01T08:00:00.000Z');
    const second = await request('2026-06-02T08:00:00.000Z');
    const item = (await manager.get(`/api/dispatch/inbox/${first.id}`)).json() as InboxItem;
    expect(item.nextId).toBe(second.id);

    const { categoryId, departmentId, priority } = item.proposal;
    const res = await manager.post(`/api/requests/${first.id}/transitions`, {
      action: 'accept',
      categoryId,
      departmentId,
      priority,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().deadline).toBe(item.proposal.deadline);

    const after = (await manager.get(`/api/dispatch/inbox/${first.id}`)).json() as InboxItem;
    expect(after.request.status).toBe('accepted');
    expect(after.nextId).toBe(second.id);
    expect((await inbox(manager)).items.map((i) => i.request.id)).toEqual([second.id]);
  });

  it("shows a dispatcher every body's new requests, and a manager only their body's", async () => {
    const mine = await ownBody();
    const theirs = await ownBody();
    const own = await mine.request('2026-07-01T08:00:00.000Z');
    const other = await theirs.request('2026-07-01T08:00:00.000Z');
    const seenByManager = (await inbox(mine.manager, '?limit=100')).items.map((i) => i.request.id);
    expect(seenByManager).toEqual([own.id]);
    const seenByDispatcher = (await inbox(dispatcher, '?limit=100')).items.map((i) => i.request.id);
    expect(seenByDispatcher).toEqual(expect.arrayContaining([own.id, other.id]));
    expect((await mine.manager.get(`/api/dispatch/inbox/${other.id}`)).statusCode).toBe(403);
  });

  it('returns 403 to a department agent and 404 for an unknown request', async () => {
    const agent = await actAs(t.app, t.relais.db, 'department_agent', {
      departmentId: (await makeDepartment(t.relais.db)).id,
    });
    expect((await agent.get('/api/dispatch/inbox')).statusCode).toBe(403);
    expect((await dispatcher.get('/api/dispatch/inbox/0190a000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('returns 400 for a cursor it did not give', async () => {
    const res = await dispatcher.get('/api/dispatch/inbox?cursor=nonsense');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/cursor/);
  });
});
