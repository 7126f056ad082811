/** What the benchmark asks: the screens agents use most, at the sizes they see. */
import type { Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema.js';

export interface Scenario {
  name: string;
  path: string;
}

/** A screen of 1,600 × 900 pixels around `centre` at `zoom`: Leaflet's bbox string. */
export function viewport(centre: { lat: number; lon: number }, zoom: number): string {
  const lonPerPixel = 360 / (256 * 2 ** zoom);
  const latPerPixel = lonPerPixel * Math.cos((centre.lat * Math.PI) / 180);
  const halfWidth = 800 * lonPerPixel;
  const halfHeight = 450 * latPerPixel;
  return [centre.lon - halfWidth, centre.lat - halfHeight, centre.lon + halfWidth, centre.lat + halfHeight]
    .map((n) => n.toFixed(5))
    .join(',');
}

export const CAEN = { lat: 49.1829, lon: -0.3707 };
const OPEN = 'status=new&status=accepted&status=in_progress&status=on_hold';

export async function scenarios(db: Kysely<Database>): Promise<Scenario[]> {
  const roads = await db.selectFrom('departments').select('id').where('code', '=', 'voirie').executeTakeFirstOrThrow();
  return [
    { name: 'list, first page', path: '/api/requests?limit=50' },
    { name: 'list, status + department', path: `/api/requests?limit=50&status=in_progress&departmentId=${roads.id}` },
    { name: 'search "lampad" (prefix)', path: '/api/requests?limit=50&q=lampad' },
    { name: 'search "trottoir racines"', path: '/api/requests?limit=50&q=trottoir%20racines' },
    { name: 'map, city zoom 13', path: `/api/map/clusters?zoom=13&bbox=${viewport(CAEN, 13)}` },
    { name: 'map, city zoom 13, open only', path: `/api/map/clusters?zoom=13&bbox=${viewport(CAEN, 13)}&${OPEN}` },
    { name: 'map, street zoom 17', path: `/api/map/clusters?zoom=17&bbox=${viewport(CAEN, 17)}` },
  ];
}
