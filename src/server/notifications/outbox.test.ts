import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeContractor, makeDepartment, makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { eventually } from '../../../test/helpers/sse.js';
import type { Channel } from '../../core/api/requests.js';
import { addWorkingDays } from '../../core/deadlines.js';
import { parisDay } from '../../core/time.js';
import type { RequestUpdate } from '../db/schema.js';
import { inTransaction } from '../events/event-log.js';
import { channelsFromConfig } from './channels.js';
import { deliverDue, startOutboxWorker } from './outbox.worker.js';

const PUBLIC_URL = 'https://relais.caen.test';
let t: TestRelais;
let dispatcher: Client;
let department: { id: string; body_id: string; name: string };
let category: { id: string };

beforeAll(async () => {
  t = await createTestRelais({ PUBLIC_URL });
  const db = t.relais.db;
  department = await makeDepartment(db, { name: 'Voirie Nord' });
  category = await makeCategory(db, { departmentId: department.id, deadlineDays: 5 });
  dispatcher = await actAs(t.app, db, 'dispatcher');
});
afterAll(() => t.close());

/** A request whose requester agreed to be told by e-mail, unless the patch says otherwise. */
async function requestWithRequester(patch: RequestUpdate = {}, overrides: Parameters<typeof makeRequest>[1] = {}) {
  const request = await makeRequest(t.relais.db, overrides);
  await t.relais.db
    .updateTable('requests')
    .set({ requester_channel: 'email', requester_consent: 1, requester_phone: '06 12 34 56 78', ...patch })
    .where('id', '=', request.id)
    .execute();
  return request;
}

const messagesOf = (requestId: string) =>
  t.relais.db
    .selectFrom('outbox')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

const comment = (requestId: string, body: string, isPublic: boolean) =>
  dispatcher.post(`/api/requests/${requestId}/comments`, { body, public: isPublic });

describe('messages to the requester, written with their event', () => {
  it('writes the message in the transaction of its event, and neither when that transaction fails', async () => {
    const request = await requestWithRequester();
    const publicComment = { type: 'comment', public: true, data: { body: 'Nous passons demain.' } } as const;
    const system = { actor: null, now: new Date() };
    let failed = '';
    await expect(
      inTransaction(t.relais, system, async ({ record }) => {
        failed = (await record(request.id, publicComment)).id;
        throw new Error('the transaction fails after the event');
      }),
    ).rejects.toThrow('fails after the event');
    const lost = await t.relais.db.selectFrom('request_events').select('id').where('id', '=', failed).execute();
    expect(lost).toEqual([]);
    expect(await messagesOf(request.id)).toEqual([]);

    const committed = (await inTransaction(t.relais, system, ({ record }) => record(request.id, publicComment))).id;
    const messages = await messagesOf(request.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      event_id: committed,
      kind: 'email',
      recipient: 'jeanne.martin@example.org',
      status: 'pending',
      attempts: 0,
      locale: 'fr',
    });
  });

  it('tells of an acceptance by e-mail with the department, the expected date and the tracking link', async () => {
    const request = await requestWithRequester();
    const res = await dispatcher.post(`/api/requests/${request.id}/transitions`, {
      action: 'accept',
      categoryId: category.id,
      departmentId: department.id,
      priority: 'normal',
      deadline: '2027-01-15',
    });
    expect(res.statusCode, res.body).toBe(200);
    const [message] = await messagesOf(request.id);
    const link = `${PUBLIC_URL}/suivi/${request.tracking_token}`;
    expect(message?.subject).toBe(`Demande ${request.reference} : Prise en charge`);
    expect(message?.body_text).toContain(`Votre demande ${request.reference} a été prise en charge.`);
    expect(message?.body_text).toContain('Service en charge : Voirie Nord');
    expect(message?.body_text).toContain('Date prévue : 15 janvier 2027');
    expect(message?.body_text).toContain(link);
    expect(message?.body_html).toContain(`href="${link}"`);
  });

  it('computes the expected date of a hold from its end, with the reason in words', async () => {
    const request = await requestWithRequester(
      {},
      { status: 'in_progress', departmentId: department.id, bodyId: department.body_id },
    );
    const until = addWorkingDays(parisDay(new Date()), 20);
    const res = await dispatcher.post(`/api/requests/${request.id}/transitions`, {
      action: 'hold',
      reason: 'season',
      until,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [message] = await messagesOf(request.id);
    expect(message?.body_text).toContain(`Votre demande ${request.reference} est en attente (saison).`);
    expect(message?.body_text).toMatch(/Date prévue : \d+ \S+ \d{4}/);
  });

  it('tells nobody when the requester did not consent, or chose no channel', async () => {
    const noConsent = await requestWithRequester({ requester_consent: 0 });
    const noChannel = await requestWithRequester({ requester_channel: 'none' });
    expect((await comment(noConsent.id, 'Passage prévu jeudi', true)).statusCode).toBe(201);
    expect((await comment(noChannel.id, 'Passage prévu jeudi', true)).statusCode).toBe(201);
    expect(await messagesOf(noConsent.id)).toEqual([]);
    expect(await messagesOf(noChannel.id)).toEqual([]);
  });

  it('tells of a public comment, with its words, and never of an internal one', async () => {
    const request = await requestWithRequester();
    expect((await comment(request.id, 'Le riverain est pénible', false)).statusCode).toBe(201);
    expect(await messagesOf(request.id)).toEqual([]);
    expect((await comment(request.id, 'Nous passerons jeudi matin.', true)).statusCode).toBe(201);
    const messages = await messagesOf(request.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.body_text).toContain('Précision : Nous passerons jeudi matin.');
  });

  it('does not tell of internal steps such as sending a work order for validation', async () => {
    const contractor = await makeContractor(t.relais.db);
    const request = await requestWithRequester(
      {},
      { status: 'accepted', departmentId: department.id, bodyId: department.body_id },
    );
    const res = await dispatcher.post(`/api/requests/${request.id}/transitions`, {
      action: 'submit_for_validation',
      contractorId: contractor.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await messagesOf(request.id)).toEqual([]);
  });

  it("writes a rejection, with its reason, in the requester's language", async () => {
    const request = await requestWithRequester({ requester_locale: 'en' });
    const res = await dispatcher.post(`/api/requests/${request.id}/transitions`, {
      action: 'reject',
      reason: 'This is private land',
    });
    expect(res.statusCode, res.body).toBe(200);
    const [message] = await messagesOf(request.id);
    expect(message?.locale).toBe('en');
    expect(message?.subject).toBe(`Request ${request.reference}: Rejected`);
    expect(message?.body_text).toContain(`Your request ${request.reference} could not be taken up.`);
    expect(message?.body_text).toContain('Details: This is private land');
  });

  it('tells consenting followers too, by SMS when they chose it, and no one twice', async () => {
    const request = await requestWithRequester();
    const follower = (overrides: { email?: string; phone?: string; channel: Channel; consent: 0 | 1 }) => ({
      id: uuidv7(),
      request_id: request.id,
      name: 'Voisin',
      email: overrides.email ?? null,
      phone: overrides.phone ?? null,
      channel: overrides.channel,
      consent: overrides.consent,
      created_at: new Date().toISOString(),
    });
    await t.relais.db
      .insertInto('request_followers')
      .values([
        follower({ phone: '+33 6 98 76 54 32', channel: 'sms', consent: 1 }),
        follower({ email: 'sans.accord@example.org', channel: 'email', consent: 0 }),
        // The requester's own address, as a follower: still one message.
        follower({ email: 'jeanne.martin@example.org', channel: 'email', consent: 1 }),
      ])
      .execute();
    expect((await comment(request.id, 'Travaux la semaine prochaine', true)).statusCode).toBe(201);
    const messages = await messagesOf(request.id);
    expect(messages.map((m) => [m.kind, m.recipient]).sort()).toEqual([
      ['email', 'jeanne.martin@example.org'],
      ['sms', '+33 6 98 76 54 32'],
    ]);
    const sms = messages.find((m) => m.kind === 'sms');
    expect(sms?.subject).toBeNull();
    expect(sms?.body_html).toBeNull();
    expect(sms?.body_text).toBe(
      `Nouveau message au sujet de votre demande ${request.reference}. Suivre votre demande : ${PUBLIC_URL}/suivi/${request.tracking_token}`,
    );
  });
});

describe('a report attached to a request', () => {
  it('is acknowledged to the person who reported it, not to the requester nor earlier followers', async () => {
    const request = await requestWithRequester({}, { status: 'accepted' });
    const reporter = (name: string, email: string) => ({
      origin: 'phone',
      description: 'Toujours en panne',
      requester: { name, email, channel: 'email', consent: true },
    });
    const first = await dispatcher.post(`/api/requests/${request.id}/reports`, reporter('Léa', 'lea@example.org'));
    expect(first.statusCode, first.body).toBe(201);
    const second = await dispatcher.post(`/api/requests/${request.id}/reports`, reporter('Paul', 'paul@example.org'));
    expect(second.statusCode, second.body).toBe(201);
    const messages = await messagesOf(request.id);
    expect(messages.map((m) => m.recipient)).toEqual(['lea@example.org', 'paul@example.org']);
    expect(messages[1]?.body_text).toContain(`Votre signalement a été rattaché à la demande ${request.reference}`);
  });
});

describe('messages kept when no channel is configured', () => {
  it('keeps the messages and lists them, newest first, to administrators only', async () => {
    const admin = await actAs(t.app, t.relais.db, 'administrator');
    const request = await requestWithRequester();
    expect((await comment(request.id, 'Premier message', true)).statusCode).toBe(201);
    expect((await comment(request.id, 'Second message', true)).statusCode).toBe(201);
    const report = await deliverDue(t.relais, channelsFromConfig(t.relais.config));
    expect(report.kept).toBeGreaterThanOrEqual(2);
    expect(report.sent).toBe(0);
    const [first, second] = await messagesOf(request.id);
    expect(first?.status).toBe('kept');

    const page1 = await admin.get('/api/admin/messages?status=kept&limit=1');
    expect(page1.statusCode, page1.body).toBe(200);
    expect(page1.json().items).toEqual([
      expect.objectContaining({
        id: second?.id,
        kind: 'email',
        recipient: 'jeanne.martin@example.org',
        status: 'kept',
        attempts: 1,
        lastError: null,
        requestId: request.id,
        bodyText: expect.stringContaining('Second message'),
        bodyHtml: expect.stringContaining('Second message'),
      }),
    ]);
    const page2 = await admin.get(`/api/admin/messages?status=kept&limit=1&cursor=${page1.json().nextCursor}`);
    expect(page2.json().items[0].id).toBe(first?.id);

    const forbidden = await dispatcher.get('/api/admin/messages');
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('the outbox worker', () => {
  it('delivers due messages on its own every interval, and stops cleanly', async () => {
    const request = await requestWithRequester();
    expect((await comment(request.id, 'Message du minuteur', true)).statusCode).toBe(201);
    const worker = startOutboxWorker(t.relais, channelsFromConfig(t.relais.config), {
      intervalMs: 50,
      log: t.app.log,
    });
    try {
      await eventually(async () => (await messagesOf(request.id))[0]?.status === 'kept');
    } finally {
      await worker.stop();
    }
  });
});
