/**
 * The kinds of request events and what each one records. `EventData` is the one typed list: adding
 * an event type is one entry there (and its place in `EVENT_TYPES`, which the compiler checks);
 * the event log (`src/server/events/event-log.ts`) then accepts it, and every `Record<EventType, …>`
 * (labels, wording, notices) fails to build until it says what to do with it.
 */
import type { Outcome } from './api/interventions.js';
import type { PhotoKind } from './api/photos.js';
import type { Action, HoldReason, Priority } from './lifecycle.js';
import type { Origin } from './origins.js';

/** What each type of event records in its `data` (JSON), by event type. */
export interface EventData {
  created: { origin: Origin; categoryId: string | null; territoryId: string | null };
  accepted: { categoryId: string; departmentId: string; priority: Priority; deadline: string; note?: string };
  started: { note?: string };
  held: { reason: HoldReason; until?: string; note?: string };
  submitted_for_validation: { contractorId: string; note?: string };
  validated: { note?: string };
  validation_refused: { reason: string };
  resolved: { note?: string };
  closed: { note?: string };
  reopened: { reason: string };
  rejected: { reason: string };
  redirected: { bodyId: string; reason: string };
  marked_duplicate: { duplicateOfId: string; duplicateOfReference: string; note?: string };
  comment: { body: string };
  /** A null assignee: the request was taken back from whoever had it. */
  assigned: { assigneeId: string | null; assigneeName?: string; note?: string };
  reassigned: { fromDepartmentId: string | null; toDepartmentId: string; reason: string };
  /** A piece of work recorded on the request (internal: its notes are for staff). */
  intervention_recorded: {
    interventionId: string;
    outcome: Outcome;
    doneAt: string;
    notes: string;
    notDoneReason: string | null;
    photoIds: string[];
  };
  /** Someone else reported the same problem and now follows this request (no personal details). */
  report_attached: { origin: Origin; description: string | null; followerId: string };
  /** Public when the photo shows the work done (kind "after"). */
  photo_added: { photoId: string; kind: PhotoKind };
}

export type EventType = keyof EventData;

/** Every event type, in the order of a request's life (API enums, administrators' lists). */
export const EVENT_TYPES = [
  'created',
  'accepted',
  'started',
  'held',
  'submitted_for_validation',
  'validated',
  'validation_refused',
  'resolved',
  'closed',
  'reopened',
  'rejected',
  'redirected',
  'marked_duplicate',
  'comment',
  'assigned',
  'reassigned',
  'intervention_recorded',
  'report_attached',
  'photo_added',
] as const satisfies readonly EventType[];

/**
 * A domain event, as features hand it to the event log: its type, the data of that type, and
 * whether the requester may see it (internal unless said otherwise). The log adds the rest.
 */
export type DomainEvent = {
  [T in EventType]: { type: T; data: EventData[T]; public?: boolean };
}[EventType];

/** The domain event of one type. */
export type DomainEventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

export const EVENT_OF_ACTION = {
  accept: 'accepted',
  start: 'started',
  hold: 'held',
  submit_for_validation: 'submitted_for_validation',
  validate: 'validated',
  refuse_validation: 'validation_refused',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'reopened',
  reject: 'rejected',
  redirect: 'redirected',
  mark_duplicate: 'marked_duplicate',
  assign: 'assigned',
  reassign: 'reassigned',
} as const satisfies Record<Action, EventType>;
