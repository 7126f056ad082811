/**
 * The glossary over HTTP, on the demo glossary of Caen (loaded without its requests): search by
 * the citizen's words, the glossary and its routing map, routing with a territory override, and
 * suggestions that learn from the dispatcher's decisions.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caenDemo } from '../../../demo/caen/index.js';
import { makeDepartment, makeRequest, makeTerritory } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { Glossary, GlossarySearchResult, RouteAnswer, RoutingMap } from '../../core/api/glossary.js';
import { addWorkingDays } from '../../core/deadlines.js';
import { parisDay } from '../../core/time.js';
import { loadDemo } from '../seed/load-demo.js';
import { invalidateGlossary } from './glossary.cache.js';

let t: TestRelais;
let agent: Client;
let dispatcher: Client;
const categoryIds = new Map<string, string>();
/** A territory far from Caen where a hub handles potholes instead of the roads department. */
let territory: { id: string; name: string };
let hub: { id: string; name: string };
const inTerritory = { lat: 10.005, lon: 10.005 };

const idOf = (code: string) => {
  const id = categoryIds.get(code);
  if (!id) throw new Error(`no demo category ${code}`);
  return id;
};

beforeAll(async () => {
  t = await createTestRelais();
  const db = t.relais.db;
  await loadDemo(t.relais, { ...caenDemo, requests: [] }, 'demo password for tests');
  for (const c of await db.selectFrom('categories').select(['id', 'code']).execute()) categoryIds.set(c.code, c.id);
  territory = await makeTerritory(db, { lat: 10, lon: 10 });
  hub = await makeDepartment(db, { name: 'Pôle de test' });
  await db
    .insertInto('category_routes')
    .values({ category_id: idOf('nid-de-poule'), territory_id: territory.id, department_id: hub.id })
    .execute();
  invalidateGlossary();
  agent = await actAs(t.app, db, 'reception_agent');
  dispatcher = await actAs(t.app, db, 'dispatcher');
});
afterAll(() => t.close());

async function search(q: string, limit?: number): Promise<GlossarySearchResult[]> {
  const params = new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) });
  const res = await agent.get(`/api/glossary/search?${params}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().results;
}
const codes = (results: GlossarySearchResult[]) => results.map((r) => r.category.code);

describe('GET /api/glossary/search', () => {
  it('ranks the pothole first for "trou dans la route", with who handles it', async () => {
    const [first] = await search('trou dans la route');
    expect(first).toMatchObject({
      category: { id: idOf('nid-de-poule'), code: 'nid-de-poule', name: 'Nid-de-poule' },
      family: { name: 'Voirie' },
      department: { name: 'Voirie — Chaussées et trottoirs' },
      body: { name: 'Ville de Caen' },
      deadlineDays: 5,
      needsValidation: false,
      needsContractor: false,
    });
    expect(first?.category.synonyms).toContain('trou dans la route');
    expect(first?.matchedTerms).toEqual(expect.arrayContaining(['trou', 'route']));
  });

  it('finds the street light despite a typo and missing accents ("lampadere eteint")', async () => {
    expect(codes(await search('lampadere eteint'))[0]).toBe('lampadaire-eteint');
  });

  it('ignores case and accents ("LAMPADAIRE ÉTEINT")', async () => {
    expect(codes(await search('LAMPADAIRE ÉTEINT'))[0]).toBe('lampadaire-eteint');
  });

  it('completes the word being typed ("encombr")', async () => {
    expect(codes(await search('encombr'))[0]).toBe('collecte-encombrants');
  });

  it('ranks best first and keeps to the limit', async () => {
    const results = await search('trottoir', 3);
    expect(results).toHaveLength(3);
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('answers nothing for stop words alone', async () => {
    expect(await search('dans la')).toEqual([]);
  });

  it('answers 400 naming q when the query is missing', async () => {
    const res = await agent.get('/api/glossary/search');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('q');
  });

  it('finds a category added after invalidateGlossary(), as the administration calls it', async () => {
    const nidDePoule = await t.relais.db
      .selectFrom('categories')
      .selectAll()
      .where('id', '=', idOf('nid-de-poule'))
      .executeTakeFirstOrThrow();
    await t.relais.db
      .insertInto('categories')
      .values({
        ...nidDePoule,
        id: uuidv7(),
        code: 'borne-recharge',
        name: 'Borne de recharge électrique en panne',
        synonyms: '[]',
      })
      .execute();
    expect(codes(await search('recharge'))).not.toContain('borne-recharge');
    invalidateGlossary();
    expect(codes(await search('recharge'))[0]).toBe('borne-recharge');
  });
});

describe('GET /api/glossary', () => {
  it('lists families by name with their categories, procedures, questions and overrides', async () => {
    const res = await agent.get('/api/glossary');
    expect(res.statusCode, res.body).toBe(200);
    const { families } = res.json() as Glossary;
    expect(families.map((f) => f.name).slice(0, 3)).toEqual([
      'Assainissement et eaux pluviales',
      'Bâtiments et équipements municipaux',
      'Déchets ménagers',
    ]);
    const waste = families.find((f) => f.code === 'dechets');
    expect(waste?.body.name).toBe('Communauté urbaine Caen la mer');
    const roads = families.find((f) => f.code === 'voirie');
    const pothole = roads?.categories.find((c) => c.code === 'nid-de-poule');
    expect(pothole).toMatchObject({
      deadlineDays: 5,
      questions: [],
      department: { name: 'Voirie — Chaussées et trottoirs' },
      body: { name: 'Ville de Caen' },
      overrides: [
        { territory: { id: territory.id, name: territory.name }, department: { id: hub.id, name: hub.name } },
      ],
    });
    expect(pothole?.procedure[0]).toBe('Vérifier sur place la taille et la profondeur du trou');
  });
});

describe('GET /api/glossary/routing-map', () => {
  it('goes from each problem of a family to the department and body that act', async () => {
    const res = await agent.get('/api/glossary/routing-map');
    expect(res.statusCode, res.body).toBe(200);
    const { families } = res.json() as RoutingMap;
    expect(families).toHaveLength(caenDemo.families.length);
    const lighting = families.find((f) => f.family.code === 'eclairage-public');
    expect(lighting?.family).toMatchObject({ name: 'Éclairage public', body: { name: 'Ville de Caen' } });
    expect(lighting?.problems.map((p) => p.category.code).sort()).toEqual([
      'candelabre-endommage',
      'lampadaire-allume-jour',
      'lampadaire-eteint',
      'panne-eclairage-rue',
    ]);
    expect(lighting?.problems[0]).toEqual({
      category: expect.objectContaining({ id: expect.any(String), name: expect.any(String) }),
      department: { id: expect.any(String), name: 'Éclairage public' },
      body: { id: expect.any(String), name: 'Ville de Caen' },
      overrides: [],
    });
  });
});

describe('GET /api/glossary/route', () => {
  const route = (params: Record<string, string | number>) =>
    agent.get(`/api/glossary/route?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`);

  it("sends a pothole in the override's territory to the territory's department", async () => {
    const res = await route({ categoryId: idOf('nid-de-poule'), ...inTerritory });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json() as RouteAnswer;
    expect(answer).toMatchObject({
      category: { code: 'nid-de-poule' },
      department: { id: hub.id, name: hub.name },
      territory: { id: territory.id, name: territory.name },
      deadline: addWorkingDays(parisDay(new Date()), 5),
      deadlineDays: 5,
      questions: [],
    });
    expect(answer.procedure).toHaveLength(4);
  });

  it('sends it to the default department elsewhere, with no territory outside every one', async () => {
    const res = await route({ categoryId: idOf('nid-de-poule'), lat: 48.85, lon: 2.35 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      department: { name: 'Voirie — Chaussées et trottoirs' },
      body: { name: 'Ville de Caen' },
      territory: null,
    });
  });

  it('finds the demo territory of a point in Caen', async () => {
    const res = await route({ categoryId: idOf('bac-casse'), lat: 49.165, lon: -0.36 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      territory: { name: 'Rive droite' },
      body: { name: 'Communauté urbaine Caen la mer' },
    });
  });

  it('routes without a point to the default department', async () => {
    const res = await route({ categoryId: idOf('nid-de-poule') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ department: { name: 'Voirie — Chaussées et trottoirs' }, territory: null });
  });

  it('answers 400 naming categoryId for an unknown category', async () => {
    const res = await route({ categoryId: uuidv7(), ...inTerritory });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^categoryId: no category has the id/);
  });

  it('answers 400 for a category id that is not an id', async () => {
    expect((await route({ categoryId: 'nid-de-poule' })).statusCode).toBe(400);
  });

  it('answers 400 naming lat for a latitude beyond 90°', async () => {
    const res = await route({ categoryId: idOf('nid-de-poule'), lat: 95, lon: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('lat');
  });

  it('answers 400 naming lon for a latitude without longitude', async () => {
    const res = await route({ categoryId: idOf('nid-de-poule'), lat: 49.18 });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('lon');
  });

  it('answers 400 for coordinates that are not numbers', async () => {
    expect((await route({ categoryId: idOf('nid-de-poule'), lat: 'nord', lon: 'ouest' })).statusCode).toBe(400);
  });
});

describe('POST /api/glossary/suggest', () => {
  const suggest = async (description: string) => {
    const res = await agent.post('/api/glossary/suggest', { description });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().suggestions as { categoryId: string; name: string; score: number; words: string[] }[];
  };

  it('proposes three categories, best first, with the words that made them match', async () => {
    const suggestions = await suggest("Le lampadaire devant chez moi ne s'allume plus depuis lundi");
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]).toMatchObject({ categoryId: idOf('lampadaire-eteint'), name: 'Lampadaire éteint' });
    expect(suggestions[0]?.words).toContain('lampadaire');
    expect(suggestions[0]?.score).toBeGreaterThan(suggestions[2]?.score ?? 1);
  });

  it('learns from the category a dispatcher kept, not from requests still waiting for one', async () => {
    const graffiti = idOf('tag-graffiti');
    const kept = await makeRequest(t.relais.db, { description: 'Fresque murale vandalisée près du stade' });
    const accepted = await dispatcher.post(`/api/requests/${kept.id}/transitions`, {
      action: 'accept',
      categoryId: graffiti,
      departmentId: (
        await t.relais.db
          .selectFrom('categories')
          .select('department_id')
          .where('id', '=', graffiti)
          .executeTakeFirstOrThrow()
      ).department_id,
      priority: 'normal',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await makeRequest(t.relais.db, { description: 'Zorglub renversé', categoryId: idOf('banc-casse') });
    invalidateGlossary();

    const [first] = await suggest('la fresque');
    expect(first).toMatchObject({ categoryId: graffiti, words: ['fresque'] });
    expect((await suggest('zorglub'))[0]?.categoryId).not.toBe(idOf('banc-casse'));
  });

  it('answers 400 naming description when it is empty', async () => {
    const res = await agent.post('/api/glossary/suggest', { description: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('description');
  });
});

describe('who may read the glossary', () => {
  it('answers 401 without a session', async () => {
    for (const url of ['/api/glossary', '/api/glossary/search?q=trou', '/api/glossary/routing-map']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });

  it('answers 403 to a contractor, 200 to an analyst', async () => {
    const contractor = await actAs(t.app, t.relais.db, 'contractor');
    const analyst = await actAs(t.app, t.relais.db, 'analyst');
    expect((await contractor.get('/api/glossary/search?q=trou')).statusCode).toBe(403);
    expect((await contractor.post('/api/glossary/suggest', { description: 'un trou' })).statusCode).toBe(403);
    expect((await analyst.get('/api/glossary/routing-map')).statusCode).toBe(200);
  });
});
