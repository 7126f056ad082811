/**
 * An administrator puts a dead message back in the queue; the worker (deliverDue, as it runs in
 * production) then sends it like any other, once.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { INTERRUPTED } from '../../core/notify.js';
import type { Channels } from './channels.js';
import { claimDue } from './outbox.repository.js';
import { CLAIM_MS, deliverDue, MAX_ATTEMPTS } from './outbox.worker.js';

let t: TestRelais;
let admin: Client;
let dispatcher: Client;

/** Ids of the messages the channel took, in order: what left the machine. */
const delivered: string[] = [];
const channels: Channels = {
  email: {
    async send(message) {
      delivered.push(message.id);
      return 'sent';
    },
  },
};
const refusing: Channels = {
  email: {
    send: () => Promise.reject(new Error('550 mailbox unavailable')),
  },
};

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const messageRow = (id: string) =>
  t.relais.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const resend = (client: Client, id: string) => client.post(`/api/admin/messages/${id}/resend`);

/** A public comment on a request whose requester agreed to e-mails: one pending message, its id. */
async function pendingMessage(): Promise<string> {
  const request = await makeRequest(t.relais.db);
  await t.relais.db
    .updateTable('requests')
    .set({ requester_channel: 'email', requester_consent: 1 })
    .where('id', '=', request.id)
    .execute();
  const res = await dispatcher.post(`/api/requests/${request.id}/comments`, { body: 'Passage jeudi', public: true });
  expect(res.statusCode, res.body).toBe(201);
  const { id } = await t.relais.db
    .selectFrom('outbox')
    .select('id')
    .where('request_id', '=', request.id)
    .executeTakeFirstOrThrow();
  return id;
}

/** A message whose worker stopped while sending it: marked dead by the next worker once the claim ran out. */
async function interruptedMessage(): Promise<string> {
  const id = await pendingMessage();
  const now = new Date();
  await claimDue(t.relais.db, t.relais.dialect, {
    kinds: ['email'],
    now: now.toISOString(),
    leaseUntil: later(now, CLAIM_MS).toISOString(),
    limit: 100,
  });
  expect((await deliverDue(t.relais, channels, later(now, CLAIM_MS + 1000))).abandoned).toBeGreaterThanOrEqual(1);
  expect(await messageRow(id)).toMatchObject({ status: 'dead', last_error: INTERRUPTED });
  return id;
}

const timesDelivered = (id: string) => delivered.filter((d) => d === id).length;

describe('POST /api/admin/messages/:id/resend', () => {
  it('puts a message interrupted while sending back in the queue, then the worker delivers it once', async () => {
    const id = await interruptedMessage();
    const list = await admin.get('/api/admin/messages?status=dead');
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ id, status: 'dead', lastError: INTERRUPTED, attempts: 1 }),
    );

    const before = new Date().toISOString();
    const res = await resend(admin, id);
    expect(res.statusCode, res.body).toBe(200);
    const message = res.json();
    expect(message).toMatchObject({ id, status: 'pending', attempts: 0, lastError: INTERRUPTED, sentAt: null });
    expect(message.nextAttemptAt >= before && message.nextAttemptAt <= new Date().toISOString()).toBe(true);

    expect(timesDelivered(id)).toBe(0);
    await deliverDue(t.relais, channels);
    expect(timesDelivered(id)).toBe(1);
    expect(await messageRow(id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    await deliverDue(t.relais, channels, later(new Date(), 3600_000));
    expect(timesDelivered(id)).toBe(1);
  });

  it('records the resend in the audit log: who, and the queue state before and after', async () => {
    const id = await interruptedMessage();
    expect((await resend(admin, id)).statusCode).toBe(200);
    const audit = await admin.get(`/api/admin/audit?entity=outbox&entityId=${id}`);
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        entity: 'outbox',
        entityId: id,
        action: 'update',
        actor: expect.objectContaining({ id: admin.userId }),
        before: expect.objectContaining({ status: 'dead', attempts: 1, lastError: INTERRUPTED }),
        after: expect.objectContaining({ status: 'pending', attempts: 0, lastError: INTERRUPTED }),
      }),
    ]);
  });

  it('puts back a message given up on after its last attempt, with all its attempts again', async () => {
    const id = await pendingMessage();
    await t.relais.db
      .updateTable('outbox')
      .set({ status: 'failed', attempts: MAX_ATTEMPTS - 1 })
      .where('id', '=', id)
      .execute();
    await deliverDue(t.relais, refusing);
    expect(await messageRow(id)).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS });

    expect((await resend(admin, id)).json()).toMatchObject({ status: 'pending', attempts: 0 });
    await deliverDue(t.relais, refusing);
    expect(await messageRow(id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: '550 mailbox unavailable',
    });
  });

  it('returns 409 in words for a message sent, or still in the queue, and changes nothing', async () => {
    const sent = await interruptedMessage();
    await resend(admin, sent);
    await deliverDue(t.relais, channels);
    const again = await resend(admin, sent);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/^Only a message given up on \(dead\) can be put back .*: it was sent on /);

    const queued = await pendingMessage();
    const res = await resend(admin, queued);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/still in the queue/);
    expect(await messageRow(queued)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(timesDelivered(sent)).toBe(1);
  });

  it('returns 404 for an unknown message', async () => {
    expect((await resend(admin, uuidv7())).statusCode).toBe(404);
  });

  it('returns 403 to a dispatcher, and the message stays dead', async () => {
    const id = await interruptedMessage();
    expect((await resend(dispatcher, id)).statusCode).toBe(403);
    expect(await messageRow(id)).toMatchObject({ status: 'dead' });
  });
});
