import type { z } from 'zod';
import type { AdminTerritory, Geometry, territoryInput } from '../../core/api/admin.js';
import type { TerritoriesTable } from '../db/schema.js';
import { boundingBox } from '../directory/territories.js';
import type { EntityDef } from './entity.js';
import { findRow, insertRow, listRows, updateRow } from './rows.repository.js';

type TerritoryInput = z.output<typeof territoryInput>;

const toTerritory = (row: TerritoriesTable): AdminTerritory => ({
  id: row.id,
  code: row.code,
  name: row.name,
  // Written by this code from a validated geometry.
  geometry: JSON.parse(row.geojson) as Geometry,
  boundingBox: { minLat: row.min_lat, maxLat: row.max_lat, minLon: row.min_lon, maxLon: row.max_lon },
});

/** The bounding box is recomputed with every geometry: lookups by position rely on it. */
const toRow = (t: TerritoryInput) => ({
  code: t.code,
  name: t.name,
  geojson: JSON.stringify(t.geometry),
  ...boundingBox(t.geometry),
});

export const territories: EntityDef<AdminTerritory, TerritoryInput> = {
  entity: 'territories',
  noun: 'territory',
  uniqueField: 'code',
  list: async (db) => (await listRows(db, 'territories')).map(toTerritory),
  load: async (db, id) => {
    const row = await findRow(db, 'territories', id);
    return row && toTerritory(row);
  },
  toInput: ({ code, name, geometry }) => ({ code, name, geometry }),
  check: async () => {},
  insert: (db, id, input) => insertRow(db, 'territories', { id, ...toRow(input) }),
  update: (db, id, input) => updateRow(db, 'territories', id, toRow(input)),
  removal: {
    kind: 'delete',
    referrers: [
      { table: 'requests', column: 'territory_id', label: 'requests' },
      { table: 'departments', column: 'territory_id', label: 'departments' },
      { table: 'category_routes', column: 'territory_id', label: 'territory routes of categories' },
    ],
  },
};
