import { describe, expect, expectTypeOf, it } from 'vitest';
import { EVENT_TYPES, type EventType } from './events.js';

describe('event types', () => {
  it('lists every event type that has data, once', () => {
    // Checked by the compiler: a type added to EventData but not to EVENT_TYPES fails here.
    expectTypeOf<(typeof EVENT_TYPES)[number]>().toEqualTypeOf<EventType>();
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
  });
});
