import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { SavedView } from '../../core/api/queue.js';

let t: TestRelais;
let alice: Client;
let bob: Client;

beforeAll(async () => {
  t = await createTestRelais();
  alice = await actAs(t.app, t.relais.db, 'department_agent');
  bob = await actAs(t.app, t.relais.db, 'department_agent');
});
afterAll(() => t.close());

const remove = (client: Client, id: string) =>
  t.app.inject({
    method: 'DELETE',
    url: `/api/views/${id}`,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
  });

const save = async (client: Client, body: Record<string, unknown>) => {
  const res = await client.post('/api/views', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as SavedView;
};
const views = async (client: Client, query = '') =>
  ((await client.get(`/api/views${query}`)).json().items as SavedView[]).map((v) => v.name);

describe('saved views', () => {
  it("saves a list's filters under a name and gives them back as saved", async () => {
    const view = await save(alice, {
      name: 'En retard, à moi',
      screen: 'queue',
      query: { flag: 'overdue', assigneeId: 'me', status: ['accepted', 'in_progress'] },
    });
    expect(view).toMatchObject({
      name: 'En retard, à moi',
      screen: 'queue',
      query: { flag: 'overdue', assigneeId: 'me', status: ['accepted', 'in_progress'] },
    });
    const listed = (await alice.get('/api/views?screen=queue')).json().items as SavedView[];
    expect(listed).toContainEqual(view);
  });

  it("lists each user's own views only, by screen, and lets no one delete another's", async () => {
    const mine = await save(alice, { name: 'Carte du centre', screen: 'map', query: { territoryId: 'x' } });
    await save(bob, { name: 'Carte de Bob', screen: 'map', query: {} });
    expect(await views(alice, '?screen=map')).toEqual(['Carte du centre']);
    expect(await views(bob, '?screen=map')).toEqual(['Carte de Bob']);

    expect((await remove(bob, mine.id)).statusCode).toBe(404);
    expect(await views(alice, '?screen=map')).toEqual(['Carte du centre']);
    expect((await remove(alice, mine.id)).statusCode).toBe(204);
    expect(await views(alice, '?screen=map')).toEqual([]);
  });

  it('returns 409 for a name the user already gave on that screen, and allows it to another user', async () => {
    await save(alice, { name: 'Urgences', screen: 'inbox', query: {} });
    const again = await alice.post('/api/views', { name: 'Urgences', screen: 'inbox', query: {} });
    expect(again.statusCode).toBe(409);
    await save(bob, { name: 'Urgences', screen: 'inbox', query: {} });
  });

  it('returns 400 naming the field for a bad screen name or a query that is not flat', async () => {
    const screen = await alice.post('/api/views', { name: 'x', screen: 'Queue!', query: {} });
    expect(screen.statusCode).toBe(400);
    expect(screen.json().message).toMatch(/screen/);
    const query = await alice.post('/api/views', { name: 'x', screen: 'queue', query: { a: { b: 1 } } });
    expect(query.statusCode).toBe(400);
    expect(query.json().message).toMatch(/query/);
  });
});
