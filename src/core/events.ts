/** The kinds of request events: one per lifecycle action, plus creation, comments and interventions. */
import type { Action } from './lifecycle.js';

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
  /** A piece of work recorded on the request (internal: its notes are for staff). */
  'intervention_recorded',
  /** Someone else reported the same problem and now follows this request. */
  'report_attached',
  /** Public when the photo shows the work done (kind "after"). */
  'photo_added',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_OF_ACTION: Record<Action, EventType> = {
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
};
