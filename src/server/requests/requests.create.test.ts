import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeTerritory } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';

let t: TestRelais;
let reception: Client;

beforeAll(async () => {
  t = await createTestRelais();
  reception = await actAs(t.app, t.relais.db, 'reception_agent');
});
afterAll(() => t.close());

const payload = (overrides: Record<string, unknown> = {}) => ({
  origin: 'counter',
  description: 'Lampadaire éteint depuis trois jours',
  address: '3 place Saint-Sauveur, Caen',
  lat: 49.1836,
  lon: -0.3712,
  requester: {
    name: 'Paul Durand',
    email: 'paul.durand@example.org',
    phone: '06 12 34 56 78',
    channel: 'email',
    consent: true,
  },
  ...overrides,
});

describe('POST /api/requests', () => {
  it('returns 201 with a yearly reference, the territory found from the position and a created event', async () => {
    const territory = await makeTerritory(t.relais.db, { lat: 49.18, lon: -0.375 });
    const category = await makeCategory(t.relais.db);
    const res = await reception.post('/api/requests', payload({ categoryId: category.id }));
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.reference).toMatch(/^\d{4}-\d{5}$/);
    expect(created.status).toBe('new');
    expect(created.territoryId).toBe(territory.id);
    expect(created.categoryId).toBe(category.id);
    expect(created.requester).toEqual({
      name: 'Paul Durand',
      email: 'paul.durand@example.org',
      phone: '06 12 34 56 78',
      channel: 'email',
      consent: true,
    });

    const detail = (await reception.get(`/api/requests/${created.id}`)).json();
    expect(detail.events).toHaveLength(1);
    expect(detail.events[0]).toMatchObject({ type: 'created', toStatus: 'new', actor: { id: reception.userId } });
  });

  it('gives consecutive references to consecutive requests', async () => {
    const a = (await reception.post('/api/requests', payload())).json();
    const b = (await reception.post('/api/requests', payload())).json();
    const number = (ref: string) => Number(ref.split('-')[1]);
    expect(number(b.reference)).toBe(number(a.reference) + 1);
  });

  it('accepts a request outside every territory, with no territory', async () => {
    const res = await reception.post('/api/requests', payload({ lat: 10, lon: 10 }));
    expect(res.statusCode).toBe(201);
    expect(res.json().territoryId).toBeNull();
  });

  it('answers a retried submission (same id, same payload) with the first answer, without doubling it', async () => {
    const id = uuidv7();
    const first = await reception.post('/api/requests', payload({ id }));
    const again = await reception.post('/api/requests', payload({ id }));
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const list = (await reception.get(`/api/requests?q=${first.json().reference}`)).json();
    expect(list.items).toHaveLength(1);
  });

  it('returns 422 when an id is reused for a different payload', async () => {
    const id = uuidv7();
    await reception.post('/api/requests', payload({ id }));
    const res = await reception.post('/api/requests', payload({ id, description: 'Autre chose entièrement' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain(id);
  });

  it('returns 400 naming the field when the latitude is out of range', async () => {
    const res = await reception.post('/api/requests', payload({ lat: 123 }));
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('body.lat');
    expect(res.json().message).toContain('body.lat');
  });

  it('returns 400 naming the field when the category does not exist', async () => {
    const res = await reception.post('/api/requests', payload({ categoryId: uuidv7() }));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^categoryId:/);
  });

  it('returns 400 when a required field is missing', async () => {
    const { description: _d, ...withoutDescription } = payload();
    const res = await reception.post('/api/requests', withoutDescription);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: string }) => i.path)).toContain('body.description');
  });

  it('returns 403 for a role that may not register requests', async () => {
    const analyst = await actAs(t.app, t.relais.db, 'analyst');
    expect((await analyst.post('/api/requests', payload())).statusCode).toBe(403);
  });

  it('returns 401 without a session and 403 without the CSRF token', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/requests', payload: payload() });
    expect(anonymous.statusCode).toBe(401);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      payload: payload(),
      headers: { cookie: reception.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().message).toContain('x-csrf-token');
  });
});
