/**
 * The one place that turns request events into messages to the requester and to the people who
 * follow the request. The event log calls it inside the event's transaction, so a message exists
 * exactly when its event does; the outbox worker sends it after the commit. Which events tell is
 * the administrators' choice per event type (notices.service.ts).
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Locale } from '../../core/api/auth.js';
import type { Channel } from '../../core/api/requests.js';
import type { EventType } from '../../core/events.js';
import { isOpen, type Status } from '../../core/lifecycle.js';
import { isNoticeEventType, publicTextOf } from '../../core/notify.js';
import type { Config } from '../config.js';
import type { Database, NewOutboxRow, NewRequestEventRow } from '../db/schema.js';
import { findBody } from '../directory/directory.repository.js';
import { trackingUrl } from './links.js';
import { tellsRequesterNow } from './notices.service.js';
import { insertMessages } from './outbox.repository.js';
import { findRequestForMessages, listConsentingFollowers, type RequestForMessages } from './recipients.repository.js';
import { type RenderedMessage, type RequestMessageInput, renderRequestMessage } from './templates.js';

interface Recipient {
  kind: 'email' | 'sms';
  address: string;
  locale: Locale;
}

const DEFAULT_LOCALE: Locale = 'fr';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function contact(channel: Channel | null, email: string | null, phone: string | null, locale: Locale) {
  if (channel === 'email' && email) return { kind: 'email' as const, address: email, locale };
  if (channel === 'sms' && phone) return { kind: 'sms' as const, address: phone, locale };
  return null;
}

/**
 * Who is told: the requester and the consenting followers; for a report attached, only the
 * follower who made it (it is news to them alone).
 */
async function recipientsOf(
  db: Kysely<Database>,
  request: RequestForMessages,
  type: EventType,
  data: Record<string, unknown>,
): Promise<Recipient[]> {
  const onlyFollower = type === 'report_attached' ? text(data.followerId) : null;
  const locale = request.requester_locale;
  const requester =
    request.requester_consent === 1 && !onlyFollower
      ? contact(request.requester_channel, request.requester_email, request.requester_phone, locale)
      : null;
  // Followers have no language of their own yet: they are written to in the default one.
  const followers = (await listConsentingFollowers(db, request.id))
    .filter((f) => !onlyFollower || f.id === onlyFollower)
    .map((f) => contact(f.channel, f.email, f.phone, DEFAULT_LOCALE));
  return [requester, ...followers].filter((r): r is Recipient => r !== null);
}

/** The day the work is expected: the end of a hold when given, else the deadline while open. */
function expectedDay(status: Status, request: RequestForMessages, data: Record<string, unknown>): string | null {
  if (status === 'on_hold') return text(data.until);
  return isOpen(status) ? request.deadline : null;
}

async function messageInput(
  db: Kysely<Database>,
  config: Config,
  type: EventType,
  request: RequestForMessages,
  data: Record<string, unknown>,
): Promise<RequestMessageInput> {
  const { status } = request;
  const bodyId = type === 'redirected' ? text(data.bodyId) : null;
  return {
    eventType: type,
    status,
    reference: request.reference,
    department: request.department_name,
    bodyName: bodyId ? ((await findBody(db, bodyId))?.name ?? null) : null,
    duplicateOf: text(data.duplicateOfReference),
    holdReason: request.hold_reason,
    expected: expectedDay(status, request, data),
    text: publicTextOf(type, data),
    trackingUrl: trackingUrl(config.publicUrl, request.tracking_token),
  };
}

/** Writes the messages an event makes, in the event's transaction; returns how many. */
export async function queueRequesterMessages(
  db: Kysely<Database>,
  config: Config,
  event: NewRequestEventRow,
): Promise<number> {
  const type = event.type;
  // Only public events tell, of a type that may, as administrators chose (read in this transaction).
  if (event.public !== 1 || !isNoticeEventType(type) || !(await tellsRequesterNow(db, type))) return 0;
  const request = await findRequestForMessages(db, event.request_id);
  if (!request) return 0;
  const data = JSON.parse(event.data) as Record<string, unknown>;
  const recipients = await recipientsOf(db, request, type, data);
  if (recipients.length === 0) return 0;

  const input = await messageInput(db, config, type, request, data);
  const rendered = new Map<Locale, RenderedMessage>();
  const render = (locale: Locale) => {
    const message = rendered.get(locale) ?? renderRequestMessage(locale, input);
    rendered.set(locale, message);
    return message;
  };
  const rows: NewOutboxRow[] = recipients.map((r) => {
    const message = render(r.locale);
    return {
      id: uuidv7(),
      kind: r.kind,
      recipient: r.address,
      subject: r.kind === 'email' ? message.subject : null,
      body_text: r.kind === 'email' ? message.text : message.sms,
      body_html: r.kind === 'email' ? message.html : null,
      request_id: request.id,
      event_id: event.id,
      dedupe_key: null,
      locale: r.locale,
      status: 'pending',
      next_attempt_at: event.at,
      last_error: null,
      created_at: event.at,
      sent_at: null,
    };
  });
  return insertMessages(db, rows);
}
