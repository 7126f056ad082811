import { describe, expect, it } from 'vitest';
import { EVENT_OF_ACTION, EVENT_TYPES, type EventType } from './events.js';
import { ACTION_IS_PUBLIC, ACTIONS } from './lifecycle.js';
import { isNoticeEventType, NOTICE_EVENT_TYPES, TELLS_REQUESTER } from './notify.js';

/** Staff work: the actions that are never public, and the interventions recorded (their notes are internal). */
const NEVER_PUBLIC: readonly EventType[] = [
  ...ACTIONS.filter((action) => !ACTION_IS_PUBLIC[action]).map((action) => EVENT_OF_ACTION[action]),
  'intervention_recorded',
];

describe('which events may tell the requester', () => {
  it('offers every event type that can be public, and none that never is', () => {
    expect(NEVER_PUBLIC.toSorted()).toEqual([
      'assigned',
      'intervention_recorded',
      'reassigned',
      'submitted_for_validation',
      'validated',
      'validation_refused',
    ]);
    expect([...NOTICE_EVENT_TYPES].toSorted()).toEqual(EVENT_TYPES.filter((t) => !NEVER_PUBLIC.includes(t)).toSorted());
  });

  it('recognises the offered types only', () => {
    expect(EVENT_TYPES.filter(isNoticeEventType)).toEqual(EVENT_TYPES.filter((t) => !NEVER_PUBLIC.includes(t)));
    expect(isNoticeEventType('frobbed')).toBe(false);
  });

  it('tells of every offered type by default but an added photo, which the resolution already tells', () => {
    expect(NOTICE_EVENT_TYPES.filter((type) => !TELLS_REQUESTER[type])).toEqual(['photo_added']);
  });
});
