import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { DuplicatesResponse } from '../../core/api/intake.js';
import type { Status } from '../../core/lifecycle.js';

let t: TestRelais;
let agent: Client;

/** The place being reported; the other requests lie due north of it, at the given distances. */
const HERE = { lat: 49.25, lon: -0.4 };
const north = (metres: number) => ({ lat: HERE.lat + metres / 111_195, lon: HERE.lon });

let lighting: { id: string; family_id: string };
let requests: Record<'close' | 'sameFamily' | 'otherFamily' | 'farSameCategory' | 'closed' | 'tooFar', string>;

beforeAll(async () => {
  t = await createTestRelais();
  agent = await actAs(t.app, t.relais.db, 'reception_agent');
  const db = t.relais.db;
  lighting = await makeCategory(db, { name: 'Lampadaire éteint' });
  // Street lights are seen from afar: their reports may be further apart and still be one problem.
  await db.updateTable('categories').set({ duplicate_radius_m: 300 }).where('id', '=', lighting.id).execute();
  const blinking = await makeCategory(db, { name: 'Lampadaire qui clignote' });
  await db.updateTable('categories').set({ family_id: lighting.family_id }).where('id', '=', blinking.id).execute();
  const dumping = await makeCategory(db, { name: 'Dépôt sauvage' });

  const make = (metres: number, categoryId: string, description: string, status: Status = 'new') =>
    makeRequest(db, { ...north(metres), categoryId, description, status }).then((r) => r.id);
  requests = {
    close: await make(40, lighting.id, "Lampadaire éteint devant l'école"),
    sameFamily: await make(60, blinking.id, 'Le lampadaire clignote'),
    otherFamily: await make(10, dumping.id, 'Dépôt sauvage de sacs'),
    farSameCategory: await make(250, lighting.id, 'Candélabre en panne', 'accepted'),
    closed: await make(5, lighting.id, 'Lampadaire éteint', 'closed'),
    tooFar: await make(1000, lighting.id, 'Lampadaire éteint'),
  };
});
afterAll(() => t.close());

const duplicates = async (query: string) => {
  const res = await agent.get(`/api/intake/duplicates?lat=${HERE.lat}&lon=${HERE.lon}&${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as DuplicatesResponse;
};

describe('GET /api/intake/duplicates', () => {
  it("uses the category's radius and ranks same category then same family, leaving other problems out", async () => {
    const answer = await duplicates(
      `categoryId=${lighting.id}&text=${encodeURIComponent('Lampadaire éteint depuis hier')}`,
    );
    expect(answer.radiusM).toBe(300);
    // The dumping 10 m away is another problem: neither its family nor a word of it matches.
    expect(answer.items.map((i) => i.id)).toEqual([requests.close, requests.sameFamily, requests.farSameCategory]);
    expect(answer.items[0]).toMatchObject({
      status: 'new',
      category: { id: lighting.id, name: 'Lampadaire éteint' },
      address: '12 rue Saint-Pierre, Caen',
      distanceM: 40,
      sameCategory: true,
      sharedWords: ['lampadaire', 'eteint'],
    });
    expect(answer.items[0]?.reference).toMatch(/^T-/);
    expect(answer.items[0]?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('leaves out requests that are no longer open and those beyond the radius', async () => {
    const ids = (await duplicates(`categoryId=${lighting.id}`)).items.map((i) => i.id);
    expect(ids).not.toContain(requests.closed);
    expect(ids).not.toContain(requests.tooFar);
  });

  it('without a category, looks 150 m around for requests sharing words with the description', async () => {
    const answer = await duplicates(`text=${encodeURIComponent('lampadaire éteint depuis hier')}`);
    expect(answer.radiusM).toBe(150);
    expect(answer.items.map((i) => i.id)).toEqual([requests.close, requests.sameFamily]);
    // Nothing typed, nothing chosen: nothing to compare with yet.
    expect((await duplicates('')).items).toEqual([]);
    expect(answer.items.every((i) => !i.sameCategory)).toBe(true);
  });

  it('returns 400 naming the field for an unknown category or a bad position', async () => {
    const unknown = await agent.get(
      `/api/intake/duplicates?lat=49&lon=0&categoryId=0190a000-0000-7000-8000-000000000000`,
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('categoryId');
    const badLat = await agent.get('/api/intake/duplicates?lat=north&lon=0');
    expect(badLat.statusCode).toBe(400);
    expect(badLat.json().message).toContain('querystring.lat');
  });

  it.each(['contractor', 'analyst'] as const)('returns 403 to a %s, who registers no requests', async (role) => {
    const client = await actAs(t.app, t.relais.db, role);
    const res = await client.get(`/api/intake/duplicates?lat=${HERE.lat}&lon=${HERE.lon}`);
    expect(res.statusCode).toBe(403);
  });
});
