/**
 * What the requester is told, and how. Which request events tell the requester (and the people
 * who follow the request) is decided here, per event type; only public events ever tell, so an
 * internal comment never reaches the requester while a public one does.
 */
import type { EventType } from './events.js';

/** Whether an event of each type, when public, makes a message to the requester. */
export const TELLS_REQUESTER: Record<EventType, boolean> = {
  created: true,
  accepted: true,
  started: true,
  held: true,
  submitted_for_validation: false,
  validated: false,
  validation_refused: false,
  resolved: true,
  closed: true,
  reopened: true,
  rejected: true,
  redirected: true,
  marked_duplicate: true,
  comment: true,
  assigned: false,
  reassigned: false,
  intervention_recorded: false,
  report_attached: true,
  // The after-photos show on the tracking page; the "resolved" message already tells.
  photo_added: false,
};

export function tellsRequester(type: EventType, isPublic: boolean): boolean {
  return isPublic && TELLS_REQUESTER[type];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/**
 * The words a public event carries for the requester: a comment's body, a rejection's (or
 * redirection's, reopening's) reason, or the note given with the action. A hold's reason is a
 * code, shown as a label, not as text.
 */
export function publicTextOf(type: EventType, data: Record<string, unknown>): string | null {
  if (type === 'held') return text(data.note);
  return text(data.body) ?? text(data.reason) ?? text(data.note);
}

/** How a message leaves: e-mail and SMS to people, webhooks to other systems. */
export const MESSAGE_KINDS = ['email', 'sms', 'webhook'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * Where a message of the outbox stands. `pending` waits for its first attempt; `sending` is
 * claimed by a worker; `failed` waits for a retry; `dead` will not be tried again; `sent` left;
 * `kept` was kept instead of sent because no channel is configured (the embedded demo).
 */
export const MESSAGE_STATUSES = ['pending', 'sending', 'sent', 'failed', 'dead', 'kept'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/**
 * Why a message is dead when its worker stopped while sending it: it may have left, so it is never
 * tried again on its own; an administrator who checked it did not leave may put it back in the queue.
 */
export const INTERRUPTED = 'interrupted while sending: not sent again, so that it is never sent twice';
