import { describe, expect, it } from 'vitest';
import { routingOver } from './routing.js';

const pothole = { id: 'pothole', department_id: 'roads' };
const bin = { id: 'bin', department_id: 'waste' };
const overrides = [
  { category_id: 'pothole', territory_id: 'north', department_id: 'north-hub' },
  { category_id: 'pothole', territory_id: 'south', department_id: 'south-hub' },
  { category_id: 'bin', territory_id: 'south', department_id: 'south-waste' },
];

describe('the routing rule', () => {
  const routing = routingOver(overrides);

  it("gives the territory's override for the category when there is one", () => {
    expect(routing(pothole, 'north')).toEqual({ departmentId: 'north-hub', overridden: true });
    expect(routing(pothole, 'south')).toEqual({ departmentId: 'south-hub', overridden: true });
    expect(routing(bin, 'south')).toEqual({ departmentId: 'south-waste', overridden: true });
  });

  it("gives the category's own department in a territory without an override for it", () => {
    expect(routing(bin, 'north')).toEqual({ departmentId: 'waste', overridden: false });
    expect(routing(pothole, 'east')).toEqual({ departmentId: 'roads', overridden: false });
  });

  it("gives the category's own department outside every territory", () => {
    expect(routing(pothole, null)).toEqual({ departmentId: 'roads', overridden: false });
  });

  it('gives every category its own department when no override was loaded', () => {
    expect(routingOver([])(pothole, 'north')).toEqual({ departmentId: 'roads', overridden: false });
  });
});
