/**
 * The grid points are clustered on: square cells of about a marker's size on screen at the map's
 * zoom, anchored to fixed coordinates so that panning the map does not regroup the points.
 */
import type { BoundingBox } from '../../core/api/map.js';

/** Leaflet's tiles are 256 pixels wide; zoom z shows the world in 2^z tiles. */
const TILE_PIXELS = 256;
/** Points closer than about this on screen share a cluster. */
const CELL_PIXELS = 64;
/**
 * At most about this many cells across the box, whatever box and zoom are asked: bounds the work
 * and the answer (a full-HD screen holds 30 × 17 cells of 64 pixels).
 */
export const MAX_CELLS_PER_SIDE = 40;

/** Cell size in degrees. */
export interface Grid {
  lat: number;
  lon: number;
}

export function gridFor(box: BoundingBox, zoom: number): Grid {
  const lon = (CELL_PIXELS * 360) / (TILE_PIXELS * 2 ** zoom);
  // Web Mercator stretches latitudes by 1/cos(latitude): a square on screen spans fewer degrees
  // of latitude than of longitude. Capped near the poles, where it would reach zero.
  const middle = (((box.south + box.north) / 2) * Math.PI) / 180;
  const lat = lon * Math.max(Math.cos(middle), 0.05);
  const needed = Math.max(
    (box.east - box.west) / (lon * MAX_CELLS_PER_SIDE),
    (box.north - box.south) / (lat * MAX_CELLS_PER_SIDE),
  );
  // A box too large for its zoom gets larger cells, by powers of two so that they stay anchored.
  const scale = needed > 1 ? 2 ** Math.ceil(Math.log2(needed)) : 1;
  return { lat: lat * scale, lon: lon * scale };
}
