import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTerritory } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { territoryAt } from '../directory/territories.js';
import { send } from './admin.test-helpers.js';

let t: TestRelais;
let admin: Client;

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
});
afterAll(() => t.close());

const ring = (lon: number, lat: number, size: number) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
const feature = (code: string, name: string, geometry: unknown) => ({
  type: 'Feature',
  properties: { code, name, source: 'OpenStreetMap' },
  geometry,
});
const importGeojson = (body: unknown) => send(t, admin, 'POST', '/api/admin/territories.geojson', { json: body });
const territoryByCode = (code: string) =>
  t.relais.db.selectFrom('territories').selectAll().where('code', '=', code).executeTakeFirst();

describe('POST /api/admin/territories.geojson', () => {
  it('creates territories from Polygon and MultiPolygon features, then updates them by code', async () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        feature('rive-droite', 'Rive droite', { type: 'Polygon', coordinates: [ring(-0.36, 49.16, 0.02)] }),
        feature('presquile', "Presqu'île", {
          type: 'MultiPolygon',
          coordinates: [[ring(-0.35, 49.17, 0.01)], [ring(-0.3, 49.2, 0.01)]],
        }),
      ],
    };
    const created = await importGeojson(collection);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toEqual({ territories: { created: 2, updated: 0, unchanged: 0 } });
    expect(await territoryByCode('presquile')).toMatchObject({
      min_lat: 49.17,
      max_lat: 49.21,
      min_lon: -0.35,
      max_lon: -0.29,
    });
    const inside = await territoryAt(t.relais.db, 49.205, -0.295);
    expect(inside).toBe((await territoryByCode('presquile'))?.id);

    const renamed = structuredClone(collection);
    if (renamed.features[0]) renamed.features[0].properties.name = 'Rive droite (Vaucelles)';
    const again = await importGeojson(renamed);
    expect(again.json()).toEqual({ territories: { created: 0, updated: 1, unchanged: 1 } });
    expect((await territoryByCode('rive-droite'))?.name).toBe('Rive droite (Vaucelles)');

    const audit = await t.relais.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'territories')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['import', 'import', 'import']);
  });

  it('answers 400 naming each bad feature by its index, and imports nothing', async () => {
    const open = ring(0, 0, 1).slice(0, 4);
    const res = await importGeojson({
      type: 'FeatureCollection',
      features: [
        feature('bon', 'Bon', { type: 'Polygon', coordinates: [ring(1, 1, 1)] }),
        feature('', 'Sans code', { type: 'Polygon', coordinates: [ring(1, 1, 1)] }),
        feature('ouvert', 'Ouvert', { type: 'Polygon', coordinates: [open] }),
        feature('point', 'Point', { type: 'Point', coordinates: [1, 1] }),
        feature('bon', 'Doublon', { type: 'Polygon', coordinates: [ring(1, 1, 1)] }),
        feature('loin', 'Loin', { type: 'Polygon', coordinates: [ring(200, 1, 1)] }),
      ],
    });
    expect(res.statusCode).toBe(400);
    const issues: { path: string; feature: number; message: string }[] = res.json().issues;
    expect(issues.map((i) => i.feature)).toEqual([1, 2, 3, 4, 5]);
    expect(issues[0]).toMatchObject({ path: 'features[1].properties.code', message: 'required' });
    expect(issues[1]).toMatchObject({
      path: 'features[2].geometry.coordinates[0]',
      message: 'a ring must end where it starts',
    });
    expect(issues[3]).toMatchObject({
      path: 'features[4].properties.code',
      message: '"bon" is already the code of feature 0',
    });
    expect(issues[4]).toMatchObject({
      path: 'features[5].geometry.coordinates[0][0]',
      message: '[200, 1] is not [longitude, latitude] in degrees: GeoJSON uses WGS 84 (EPSG:4326)',
    });
    expect(await territoryByCode('bon')).toBeUndefined();
  });

  it('answers 400 for a body that is not a FeatureCollection', async () => {
    const res = await importGeojson({ type: 'Feature' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('body.type');
  });
});

describe('GET /api/admin/territories.geojson', () => {
  it('exports every territory as a feature with its code and name, ready to import back unchanged', async () => {
    const territory = await makeTerritory(t.relais.db, { lat: 40, lon: 5 });
    const res = await send(t, admin, 'GET', '/api/admin/territories.geojson');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    const collection = res.json();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toContainEqual({
      type: 'Feature',
      properties: { code: territory.code, name: territory.name },
      geometry: JSON.parse(territory.geojson),
    });
    const back = await send(t, admin, 'POST', '/api/admin/territories.geojson', {
      raw: res.body,
      type: 'application/geo+json',
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().territories).toMatchObject({ created: 0, updated: 0 });
  });
});
