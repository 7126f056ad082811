/** GET /api/config: the map settings, public, from the configuration's defaults or its variables. */
import { afterAll, describe, expect, it } from 'vitest';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { loadConfig } from '../config.js';

const opened: TestRelais[] = [];
afterAll(() => Promise.all(opened.map((t) => t.close())));

async function configOf(env: Record<string, string> = {}) {
  const t = await createTestRelais(env);
  opened.push(t);
  return t.app.inject({ method: 'GET', url: '/api/config' });
}

describe('GET /api/config', () => {
  it('answers 200 without a session, with OpenStreetMap tiles centred on Caen by default', async () => {
    const res = await configOf();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      tileAttribution: expect.stringContaining('OpenStreetMap'),
      defaultCenter: { lat: 49.1829, lon: -0.3707 },
      defaultZoom: 13,
    });
  });

  it('answers the tiles, credit and view set by TILE_URL, TILE_ATTRIBUTION, MAP_CENTER and MAP_ZOOM', async () => {
    const res = await configOf({
      TILE_URL: 'https://tiles.intranet.example/{z}/{x}/{y}.png',
      TILE_ATTRIBUTION: 'Ville de Caen',
      MAP_CENTER: ' 48.8566 , 2.3522 ',
      MAP_ZOOM: '15',
    });
    expect(res.json()).toEqual({
      tileUrl: 'https://tiles.intranet.example/{z}/{x}/{y}.png',
      tileAttribution: 'Ville de Caen',
      defaultCenter: { lat: 48.8566, lon: 2.3522 },
      defaultZoom: 15,
    });
  });
});

describe('map configuration', () => {
  it.each([
    ['TILE_URL', 'https://tiles.example/tile.png', 'TILE_URL'],
    ['MAP_CENTER', '49.18 -0.37', 'MAP_CENTER'],
    ['MAP_CENTER', '95,-0.37', 'MAP_CENTER'],
    ['MAP_ZOOM', '25', 'MAP_ZOOM'],
  ])('refuses %s=%s at start, naming the variable', (name, value, named) => {
    expect(() => loadConfig({ [name]: value })).toThrow(named);
  });
});
