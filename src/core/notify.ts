/**
 * What the requester is told, and how. Which request events may tell the requester (and the people
 * who follow the request), and which do unless an administrator chose otherwise, is decided here
 * per event type; only public events ever tell, so an internal comment never reaches the requester
 * while a public one does.
 */
import { EVENT_TYPES, type EventType } from './events.js';

/**
 * Staff work: never public, so these never tell the requester and administrators are not offered
 * them.
 */
const INTERNAL_EVENT_TYPES = [
  'submitted_for_validation',
  'validated',
  'validation_refused',
  'assigned',
  'reassigned',
  'intervention_recorded',
] as const satisfies readonly EventType[];

/** An event type that may be public, so may tell the requester. */
export type NoticeEventType = Exclude<EventType, (typeof INTERNAL_EVENT_TYPES)[number]>;

export const isNoticeEventType = (type: string): type is NoticeEventType =>
  EVENT_TYPES.some((known) => known === type) && !INTERNAL_EVENT_TYPES.some((internal) => internal === type);

/**
 * The event types administrators choose for (Administration → Avis aux demandeurs), in the order
 * of EVENT_TYPES.
 */
export const NOTICE_EVENT_TYPES: readonly NoticeEventType[] = EVENT_TYPES.filter(isNoticeEventType);

/** Whether a public event of each type tells the requester, unless an administrator chose otherwise. */
export const TELLS_REQUESTER: Record<NoticeEventType, boolean> = {
  created: true,
  accepted: true,
  started: true,
  held: true,
  resolved: true,
  closed: true,
  reopened: true,
  rejected: true,
  redirected: true,
  marked_duplicate: true,
  comment: true,
  report_attached: true,
  // The after-photos show on the tracking page; the "resolved" message already tells.
  photo_added: false,
};

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
