/**
 * Two ways to cluster the map on the server, timed on the bench database (without HTTP):
 * - grid: what GET /api/map/clusters does (src/server/map): counts per cell and status in SQL,
 *   then the requests of the cells that hold one;
 * - supercluster: read every point in the box, then index and cluster them with supercluster.
 *
 *   npx tsx bench/cluster-strategies.ts [--dialect sqlite|postgres|both] [--requests 100000] [--runs 15]
 *
 * Uses the data of `npm run bench` when it has the right size, else makes it.
 */
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import Supercluster from 'supercluster';
import { bboxSchema } from '../src/core/api/map.js';
import type { Status } from '../src/core/lifecycle.js';
import type { Actor, Role } from '../src/core/roles.js';
import type { Dialect } from '../src/server/db/database.js';
import type { Database } from '../src/server/db/schema.js';
import { findUserByEmail } from '../src/server/directory/users.repository.js';
import { mapClusters } from '../src/server/map/map.service.js';
import { filteredRequests } from '../src/server/requests/requests.repository.js';
import { fillTo, openBench } from './database.js';
import { CAEN, viewport } from './scenarios.js';

const { values: args } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'both' },
    requests: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '15' },
  },
});
const dialects: Dialect[] = args.dialect === 'both' ? ['sqlite', 'postgres'] : [args.dialect as Dialect];
const runs = Number(args.runs);

type Counts = Partial<Record<Status, number>>;

/** The supercluster way: every point of the box to the server, then a fresh index. */
async function superclusters(db: Kysely<Database>, bbox: string, zoom: number) {
  const box = bboxSchema.parse(bbox);
  const points = await filteredRequests(db, {})
    .clearSelect()
    .select(['id', 'reference', 'status', 'lat', 'lon'])
    .where('lat', '>=', box.south)
    .where('lat', '<=', box.north)
    .where('lon', '>=', box.west)
    .where('lon', '<=', box.east)
    .execute();
  // Radius 128 of a 512 extent: the grid's 64 pixels on 256-pixel tiles.
  const index = new Supercluster<{ status: string }, Counts>({
    radius: 128,
    extent: 512,
    maxZoom: 18,
    map: (p) => ({ [p.status]: 1 }),
    reduce: (acc, p) => {
      for (const [status, n] of Object.entries(p) as [Status, number][]) acc[status] = (acc[status] ?? 0) + n;
    },
  });
  index.load(
    points.map((p) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      properties: { status: p.status },
    })),
  );
  return index.getClusters([box.west, box.south, box.east, box.north], zoom).length;
}

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

async function dispatcher(db: Kysely<Database>): Promise<Actor> {
  const user = await findUserByEmail(db, 'dispatch@demo.relais.local');
  if (!user) throw new Error('bench: the demo dispatcher is missing');
  return {
    ...user,
    role: user.role as Role,
    bodyId: user.body_id,
    departmentId: user.department_id,
    contractorId: null,
  };
}

console.log('| dialect | view | grid in SQL (ms) | supercluster (ms) |');
console.log('|---|---|---:|---:|');
for (const dialect of dialects) {
  const bench = await openBench(dialect, false);
  await fillTo(bench.relais, Number(args.requests));
  const actor = await dispatcher(bench.relais.db);
  for (const zoom of [13, 17]) {
    const bbox = viewport(CAEN, zoom);
    const grid = await median(() => mapClusters(bench.relais, actor, { bbox: bboxSchema.parse(bbox), zoom }));
    const supercluster = await median(() => superclusters(bench.relais.db, bbox, zoom));
    console.log(`| ${dialect} | zoom ${zoom} | ${grid.toFixed(0)} | ${supercluster.toFixed(0)} |`);
  }
  await bench.close();
}
