import { describe, expect, it } from 'vitest';
import { gridFor, MAX_CELLS_PER_SIDE } from './grid.js';

const CAEN = { west: -0.42, south: 49.15, east: -0.32, north: 49.22 };

describe('gridFor', () => {
  it('makes cells of 64 pixels at the zoom, square on screen', () => {
    const grid = gridFor(CAEN, 13);
    expect(grid.lon).toBeCloseTo((64 * 360) / (256 * 2 ** 13), 9);
    expect(grid.lat / grid.lon).toBeCloseTo(Math.cos((49.185 * Math.PI) / 180), 6);
    expect(gridFor(CAEN, 14).lon).toBeCloseTo(grid.lon / 2, 9);
  });

  it('bounds the cells across any box, whatever the zoom asked', () => {
    const world = { west: -180, south: -85, east: 180, north: 85 };
    for (const zoom of [0, 5, 13, 18, 22]) {
      const grid = gridFor(world, zoom);
      expect((world.east - world.west) / grid.lon).toBeLessThanOrEqual(MAX_CELLS_PER_SIDE);
      expect((world.north - world.south) / grid.lat).toBeLessThanOrEqual(MAX_CELLS_PER_SIDE);
    }
  });
});
