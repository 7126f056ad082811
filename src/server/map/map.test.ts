import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContractor, makeDepartment, makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { BoundingBox, MapCluster, MapClusters } from '../../core/api/map.js';
import { gridFor } from './grid.js';

let t: TestRelais;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais();
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

const CITY_ZOOM = 13;
const STREET_ZOOM = 18;

/**
 * A place of each test's own, far from the others' (`n` degrees of latitude apart), at the centre
 * of a city-zoom cell so that points a little apart share it; and the box around it.
 */
function area(n: number) {
  const near = { lat: 10 + n, lon: 5 };
  const box: BoundingBox = { west: 4.9, south: near.lat - 0.1, east: 5.1, north: near.lat + 0.1 };
  const grid = gridFor(box, CITY_ZOOM);
  const centre = {
    lat: (Math.floor(near.lat / grid.lat) + 0.5) * grid.lat,
    lon: (Math.floor(near.lon / grid.lon) + 0.5) * grid.lon,
  };
  const at = (dLat: number, dLon: number) => ({ lat: centre.lat + dLat, lon: centre.lon + dLon });
  const bbox = `${box.west},${box.south},${box.east},${box.north}`;
  // What a screen shows at street zoom: about 1,000 pixels, 0.005 degrees.
  const streetBbox = [centre.lon - 0.005, centre.lat - 0.003, centre.lon + 0.005, centre.lat + 0.003].join(',');
  return { at, bbox, streetBbox };
}

async function clusters(client: Client, query: string): Promise<MapClusters> {
  const res = await client.get(`/api/map/clusters?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const bySize = (list: MapCluster[]) => [...list].sort((a, b) => b.count - a.count);

describe('GET /api/map/clusters', () => {
  it('counts every request in the box once, merging close ones and leaving distant ones alone', async () => {
    const db = t.relais.db;
    const { at, bbox } = area(1);
    for (const [dLat, dLon] of [
      [0, 0],
      [0.001, 0],
      [0, 0.001],
      [-0.001, -0.001],
    ]) {
      await makeRequest(db, { ...at(dLat ?? 0, dLon ?? 0), status: 'new' });
    }
    const lone = await makeRequest(db, { ...at(0.05, 0.05), status: 'in_progress' });
    await makeRequest(db, at(0.5, 0)); // outside the box

    const result = await clusters(dispatcher, `bbox=${bbox}&zoom=${CITY_ZOOM}`);
    expect(result.total).toBe(5);
    const [group, single] = bySize(result.clusters);
    expect(result.clusters).toHaveLength(2);
    expect(group).toMatchObject({ count: 4, byStatus: { new: 4 } });
    expect(group?.id).toBeUndefined();
    expect(group?.lat).toBeCloseTo(at(0, 0).lat, 3);
    expect(single).toEqual({
      lat: lone.lat,
      lon: lone.lon,
      count: 1,
      byStatus: { in_progress: 1 },
      id: lone.id,
      reference: lone.reference,
      status: 'in_progress',
      categoryId: null,
    });
  });

  it('gives the status counts of a cluster, and splits it into requests at street zoom', async () => {
    const db = t.relais.db;
    const { at, bbox, streetBbox } = area(2);
    const made = [
      await makeRequest(db, { ...at(0, 0), status: 'new' }),
      await makeRequest(db, { ...at(0.002, 0), status: 'new' }),
      await makeRequest(db, { ...at(0, 0.002), status: 'resolved' }),
    ];
    const city = await clusters(dispatcher, `bbox=${bbox}&zoom=${CITY_ZOOM}`);
    expect(city.clusters).toMatchObject([{ count: 3, byStatus: { new: 2, resolved: 1 } }]);

    const street = await clusters(dispatcher, `bbox=${streetBbox}&zoom=${STREET_ZOOM}`);
    expect(street.clusters.map((c) => c.id).sort()).toEqual(made.map((r) => r.id).sort());
    expect(street.clusters.every((c) => c.count === 1 && c.status !== undefined)).toBe(true);
  });

  it('applies the filters of the list: status, department, text', async () => {
    const db = t.relais.db;
    const { at, bbox } = area(3);
    const department = await makeDepartment(db);
    const wanted = await makeRequest(db, {
      ...at(0, 0),
      status: 'accepted',
      departmentId: department.id,
      description: 'Lampadaire éteint',
    });
    await makeRequest(db, { ...at(0, 0), status: 'new', departmentId: department.id, description: 'Lampadaire' });
    await makeRequest(db, { ...at(0, 0), status: 'accepted', description: 'Lampadaire éteint' });
    await makeRequest(db, { ...at(0, 0), status: 'accepted', departmentId: department.id, description: 'Tag' });

    const ids = async (filters: string) =>
      (await clusters(dispatcher, `bbox=${bbox}&zoom=${CITY_ZOOM}&${filters}`)).clusters.map((c) => c.id ?? c.count);
    expect(await ids(`status=accepted&departmentId=${department.id}&q=lampad`)).toEqual([wanted.id]);
    expect((await clusters(dispatcher, `bbox=${bbox}&zoom=${CITY_ZOOM}&status=accepted`)).total).toBe(3);
  });

  it("shows a contractor its company's requests only, and one without a company nothing", async () => {
    const db = t.relais.db;
    const { at, bbox } = area(4);
    const company = await makeContractor(db);
    const theirs = await makeRequest(db, { ...at(0, 0), status: 'sent_to_contractor', contractorId: company.id });
    await makeRequest(db, {
      ...at(0.05, 0.05),
      status: 'sent_to_contractor',
      contractorId: (await makeContractor(db)).id,
    });
    await makeRequest(db, at(-0.05, -0.05));

    const contractor = await actAs(t.app, db, 'contractor', { contractorId: company.id });
    const seen = await clusters(contractor, `bbox=${bbox}&zoom=${CITY_ZOOM}`);
    expect(seen.clusters.map((c) => c.id)).toEqual([theirs.id]);
    const homeless = await actAs(t.app, db, 'contractor');
    expect((await clusters(homeless, `bbox=${bbox}&zoom=${CITY_ZOOM}`)).total).toBe(0);
    expect((await clusters(dispatcher, `bbox=${bbox}&zoom=${CITY_ZOOM}`)).total).toBe(3);
  });

  it('returns 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/map/clusters?bbox=0,0,1,1&zoom=3' });
    expect(res.statusCode).toBe(401);
  });

  it('returns 400 naming the parameter for a malformed box or a missing zoom', async () => {
    for (const bad of ['bbox=1,2,3&zoom=3', 'bbox=5,0,1,1&zoom=3', 'bbox=a,b,c,d&zoom=3']) {
      const res = await dispatcher.get(`/api/map/clusters?${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.body).toContain('bbox');
    }
    const noZoom = await dispatcher.get('/api/map/clusters?bbox=0,0,1,1');
    expect(noZoom.statusCode).toBe(400);
    expect(noZoom.body).toContain('zoom');
  });
});
