import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeTerritory } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { GeocodeResponse } from '../../core/api/intake.js';
import { loadDemoAddresses } from './demo-addresses.js';

let t: TestRelais;
let agent: Client;

beforeAll(async () => {
  // No GEOCODER_URL: the local index answers alone, as in the embedded demo.
  t = await createTestRelais();
  await loadDemoAddresses(t.relais);
  agent = await actAs(t.app, t.relais.db, 'reception_agent');
});
afterAll(() => t.close());

const search = async (query: string) => {
  const res = await agent.get(`/api/geocoding/search?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as GeocodeResponse;
};

describe('GET /api/geocoding/search on the local index', () => {
  it("finds a numbered address from the agent's words, accents, case and abbreviations aside", async () => {
    const answer = await search(`q=${encodeURIComponent('12 RUE ST PIERRE')}`);
    expect(answer.source).toBe('local');
    expect(answer.fallbackReason).toBeNull();
    expect(answer.results[0]).toMatchObject({
      label: '12 Rue Saint-Pierre 14000 Caen',
      housenumber: '12',
      street: 'Rue Saint-Pierre',
      postcode: '14000',
      city: 'Caen',
      citycode: '14118',
    });
    expect(answer.results[0]?.score).toBeGreaterThan(answer.results[1]?.score ?? 0);
  });

  it('finds a street written without its accents and with a "bis" number', async () => {
    const answer = await search(`q=${encodeURIComponent('13 bis rue saint pierre')}`);
    expect(answer.results[0]?.housenumber).toBe('13 bis');
    const ecuyere = await search(`q=${encodeURIComponent('rue ecuyere')}`);
    expect(ecuyere.results[0]?.street).toBe('Rue Écuyère');
  });

  it('answers the street, marked as such, with the number kept, when the index lacks that number', async () => {
    // Rue Écuyère's numbers in the index: 1, 4, 7, 10, 13, 16...; 12 is not one of them.
    const answer = await search(`q=${encodeURIComponent('12 rue Écuyère')}`);
    expect(answer.results[0]).toMatchObject({
      label: '12 Rue Écuyère 14000 Caen',
      housenumber: '12',
      street: 'Rue Écuyère',
      type: 'street',
      // At number 10, the nearest known entrance on the same side of the street.
      lat: 49.183463,
      lon: -0.36825,
    });
    const known = await search(`q=${encodeURIComponent('10 rue Écuyère')}`);
    expect(known.results[0]).toMatchObject({ label: '10 Rue Écuyère 14000 Caen', type: 'housenumber' });
  });

  it('answers one result per street, without a number, when no number is typed', async () => {
    const answer = await search(`q=${encodeURIComponent('rue de falaise')}`);
    expect(answer.results[0]).toMatchObject({
      label: 'Rue de Falaise 14000 Caen',
      housenumber: null,
      street: 'Rue de Falaise',
    });
    const streets = answer.results.map((r) => r.street);
    expect(new Set(streets).size).toBe(streets.length);
  });

  it('puts the streets nearest the given position first among equal matches', async () => {
    // "Avenue" matches several avenues equally: the one by the position comes first.
    const nearParis = await search('q=avenue&lat=49.1727&lon=-0.3329');
    expect(nearParis.results[0]?.street).toBe('Avenue de Paris');
    const nearCheron = await search('q=avenue&lat=49.176&lon=-0.4005');
    expect(nearCheron.results[0]?.street).toBe('Avenue Henry Chéron');
  });

  it('treats an empty position (lat=&lon=) as none', async () => {
    const answer = await search(`q=${encodeURIComponent('12 rue saint pierre')}&lat=&lon=`);
    expect(answer.results[0]?.label).toBe('12 Rue Saint-Pierre 14000 Caen');
  });

  it('answers an empty list when nothing matches', async () => {
    expect((await search('q=zzzzzz')).results).toEqual([]);
  });

  it('returns 400 naming the field for a query shorter than 3 characters or a bad position', async () => {
    const short = await agent.get('/api/geocoding/search?q=ru');
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toContain('querystring.q');
    const badLat = await agent.get('/api/geocoding/search?q=rue&lat=95&lon=0');
    expect(badLat.statusCode).toBe(400);
    expect(badLat.json().message).toContain('querystring.lat');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toEqual(
      expect.arrayContaining(['/api/geocoding/search', '/api/geocoding/reverse', '/api/geocoding/locate']),
    );
  });

  it('returns 401 to someone not signed in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/geocoding/search?q=rue' });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /api/geocoding/reverse on the local index', () => {
  it('answers the nearest address to a position', async () => {
    // A few metres from 12 rue Saint-Pierre (49.183863, -0.3633).
    const res = await agent.get('/api/geocoding/reverse?lat=49.18388&lon=-0.36331');
    expect(res.statusCode).toBe(200);
    const answer = res.json() as GeocodeResponse;
    expect(answer.source).toBe('local');
    expect(answer.results).toHaveLength(1);
    expect(answer.results[0]?.label).toBe('12 Rue Saint-Pierre 14000 Caen');
  });

  it('answers an empty list far from every known address', async () => {
    const res = await agent.get('/api/geocoding/reverse?lat=45&lon=5');
    expect(res.json().results).toEqual([]);
  });
});

describe('GET /api/geocoding/locate', () => {
  it('gives the territory and its hub for a position inside it', async () => {
    const territory = await makeTerritory(t.relais.db, { lat: 40, lon: 2 });
    const hub = await makeDepartment(t.relais.db, { name: 'Pôle de vie des quartiers Test' });
    await t.relais.db
      .updateTable('departments')
      .set({ territory_id: territory.id, is_hub: 1 })
      .where('id', '=', hub.id)
      .execute();
    const res = await agent.get('/api/geocoding/locate?lat=40.005&lon=2.005');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      territory: { id: territory.id, name: territory.name },
      hub: { id: hub.id, name: 'Pôle de vie des quartiers Test' },
      warning: null,
    });
  });

  it('accepts a position outside every territory, with a warning for the dispatcher', async () => {
    const res = await agent.get('/api/geocoding/locate?lat=-30&lon=100');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ territory: null, hub: null, warning: 'outside_territories' });
  });

  it('returns 400 for a longitude out of range', async () => {
    const res = await agent.get('/api/geocoding/locate?lat=49&lon=200');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('querystring.lon');
  });
});
