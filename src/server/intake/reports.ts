/**
 * Attaching a report to a request already registered: the person who reported it again follows
 * that request (told of its progress like its requester), and the request's log says so.
 */
import { uuidv7 } from 'uuidv7';
import type { AttachReportBody, AttachReportResponse } from '../../core/api/intake.js';
import { isOpen } from '../../core/lifecycle.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { inTransaction } from '../events/event-log.js';
import { toEventDto } from '../requests/requests.mapper.js';
import { lockRequest } from '../requests/requests.repository.js';
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
  const { reference, event } = await inTransaction(relais, { actor, now }, async ({ trx, record }) => {
    const row = await lockRequest(trx, relais.dialect, requestId);
    if (!row) throw notFound(`Request ${requestId}`);
    if (!isOpen(row.status)) {
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
    // The event is public (the requester sees the problem was reported again): it holds no one's
    // details, only the follower's id, with which messages find whom to acknowledge.
    const event = await record(requestId, {
      type: 'report_attached',
      public: true,
      data: { origin: body.origin, description: body.description || null, followerId },
    });
    return { reference: row.reference, event };
  });
  return { followerId, requestId, reference, event: toEventDto({ ...event, actor_name: actor.name }) };
}
