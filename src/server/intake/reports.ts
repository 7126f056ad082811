/**
 * Attaching a report to a request already registered: the person who reported it again follows
 * that request (told of its progress like its requester), and the request's log says so.
 */
import { uuidv7 } from 'uuidv7';
import type { AttachReportBody, AttachReportResponse } from '../../core/api/intake.js';
import { isOpen, type Status } from '../../core/lifecycle.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { inTransaction } from '../requests/event-log.js';
import { toEventDto } from '../requests/requests.mapper.js';
import { lockRequest, updateRequest } from '../requests/requests.repository.js';
import { insertFollower } from './intake.repository.js';

export async function attachReport(
  relais: Relais,
  actor: Actor,
  requestId: string,
  body: AttachReportBody,
  now = new Date(),
): Promise<AttachReportResponse> {
  authorize(actor, 'request.create');
  const at = now.toISOString();
  const followerId = uuidv7();
  // The event is public (the requester sees the problem was reported again): it holds no one's
  // details, only the follower's id, with which messages find whom to acknowledge.
  const event = {
    id: uuidv7(),
    request_id: requestId,
    type: 'report_attached',
    at,
    actor_id: actor.id,
    from_status: null,
    to_status: null,
    public: 1 as const,
    data: JSON.stringify({ origin: body.origin, description: body.description || null, followerId }),
  };
  const reference = await inTransaction(relais, async ({ trx, record }) => {
    const row = await lockRequest(trx, relais.dialect, requestId);
    if (!row) throw notFound(`Request ${requestId}`);
    if (!isOpen(row.status as Status)) {
      throw conflict(`Request ${row.reference} is ${row.status}: register a new request instead`);
    }
    const { requester } = body;
    await insertFollower(trx, {
      id: followerId,
      request_id: requestId,
      name: requester.name,
      email: requester.email ?? null,
      phone: requester.phone ?? null,
      channel: requester.channel,
      consent: requester.consent ? 1 : 0,
      created_at: at,
    });
    await record(event);
    await updateRequest(trx, requestId, { updated_at: at });
    return row.reference;
  });
  return { followerId, requestId, reference, event: toEventDto({ ...event, actor_name: actor.name }) };
}
