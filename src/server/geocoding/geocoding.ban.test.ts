/**
 * The BAN adapter against a fake BAN API on 127.0.0.1 (never the internet), and its failures,
 * after which the local index answers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { banGeocoder } from './ban.geocoder.js';
import { loadDemoAddresses } from './demo-addresses.js';

type Mode = 'ok' | 'error' | 'garbage' | 'silent';

let mode: Mode = 'ok';
const asked: URL[] = [];

const feature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-0.3633, 49.1838] },
  properties: {
    label: '12 Rue Saint-Pierre 14000 Caen',
    score: 0.97,
    housenumber: '12',
    id: '14118_1000_00012',
    type: 'housenumber',
    name: '12 Rue Saint-Pierre',
    postcode: '14000',
    citycode: '14118',
    city: 'Caen',
    context: '14, Calvados, Normandie',
    street: 'Rue Saint-Pierre',
  },
};
const streetFeature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-0.36, 49.18] },
  properties: { label: 'Rue de Bernières 14000 Caen', score: 0.8, type: 'street', name: 'Rue de Bernières' },
};

const fakeBan = http.createServer((req, res) => {
  asked.push(new URL(req.url ?? '/', 'http://fake'));
  switch (mode) {
    case 'ok':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'FeatureCollection', features: [feature, streetFeature] }));
      return;
    case 'error':
      res.writeHead(503).end('Service Unavailable');
      return;
    case 'garbage':
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
      return;
    case 'silent':
      // Never answers: the adapter's timeout must give up.
      return;
  }
});

let t: TestRelais;
let agent: Client;
let baseUrl: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => fakeBan.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(fakeBan.address() as AddressInfo).port}`;
  // A trailing slash, as an administrator may well write it.
  t = await createTestRelais({ GEOCODER_URL: `${baseUrl}/` });
  await loadDemoAddresses(t.relais);
  agent = await actAs(t.app, t.relais.db, 'reception_agent');
});
afterAll(async () => {
  await t.close();
  fakeBan.closeAllConnections();
  await new Promise((resolve) => fakeBan.close(resolve));
});
beforeEach(() => {
  mode = 'ok';
  asked.length = 0;
});

describe('the BAN geocoding API adapter', () => {
  it('asks /search/ with the query, limit and position, and maps the features', async () => {
    const res = await agent.get(
      `/api/geocoding/search?q=${encodeURIComponent('12 rue st pierre')}&lat=49.18&lon=-0.37`,
    );
    expect(res.statusCode).toBe(200);
    const url = asked[0];
    expect(url?.pathname).toBe('/search/');
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      q: '12 rue st pierre',
      limit: '8',
      lat: '49.18',
      lon: '-0.37',
    });
    expect(res.json()).toEqual({
      source: 'ban',
      fallbackReason: null,
      results: [
        {
          label: '12 Rue Saint-Pierre 14000 Caen',
          housenumber: '12',
          street: 'Rue Saint-Pierre',
          postcode: '14000',
          city: 'Caen',
          citycode: '14118',
          lat: 49.1838,
          lon: -0.3633,
          score: 0.97,
          type: 'housenumber',
        },
        {
          label: 'Rue de Bernières 14000 Caen',
          housenumber: null,
          street: 'Rue de Bernières',
          postcode: null,
          city: null,
          citycode: null,
          lat: 49.18,
          lon: -0.36,
          score: 0.8,
          type: 'street',
        },
      ],
    });
  });

  it('asks /reverse/ with the position', async () => {
    const res = await agent.get('/api/geocoding/reverse?lat=49.1838&lon=-0.3633');
    expect(res.json().source).toBe('ban');
    expect(asked[0]?.pathname).toBe('/reverse/');
    expect(asked[0]?.searchParams.get('lat')).toBe('49.1838');
    expect(asked[0]?.searchParams.get('lon')).toBe('-0.3633');
  });

  it('falls back to the local index, saying why, when the API answers an error', async () => {
    mode = 'error';
    const res = await agent.get(`/api/geocoding/search?q=${encodeURIComponent('12 rue saint pierre')}`);
    expect(res.statusCode).toBe(200);
    const answer = res.json();
    expect(answer.source).toBe('local');
    expect(answer.fallbackReason).toBe('the geocoding API answered HTTP 503');
    expect(answer.results[0].label).toBe('12 Rue Saint-Pierre 14000 Caen');
  });

  it('falls back to the local index when the API answers something else than GeoJSON', async () => {
    mode = 'garbage';
    const res = await agent.get('/api/geocoding/reverse?lat=49.18388&lon=-0.36331');
    const answer = res.json();
    expect(answer.source).toBe('local');
    expect(answer.fallbackReason).toContain('FeatureCollection');
    expect(answer.results[0].label).toBe('12 Rue Saint-Pierre 14000 Caen');
  });

  it('gives up when the API does not answer in time', async () => {
    mode = 'silent';
    await expect(banGeocoder(baseUrl, 50).search('rue', { limit: 5 })).rejects.toThrow(
      'the geocoding API did not answer within 50 ms',
    );
  });

  it('fails clearly when the API is unreachable', async () => {
    // Port 1 on the loopback: nothing listens there, the connection is refused at once.
    await expect(banGeocoder('http://127.0.0.1:1').reverse({ lat: 49, lon: 0 })).rejects.toThrow(
      'the geocoding API is unreachable',
    );
  });
});
