/**
 * Administrators choose which public request events tell the requester (GET and PATCH
 * /api/admin/notices); the event log's messages follow the choice at once, and every change is audited.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { AuditEntry } from '../../core/api/admin.js';
import type { NoticeDto } from '../../core/api/notifications.js';
import { NOTICE_EVENT_TYPES } from '../../core/notify.js';
import { send } from '../admin/admin.test-helpers.js';

let t: TestRelais;
let admin: Client;
let dispatcher: Client;
let department: { id: string; body_id: string };

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
  department = await makeDepartment(t.relais.db);
});
afterAll(() => t.close());
// Each test starts from the defaults, whatever the one before it left.
afterEach(() => t.relais.db.deleteFrom('requester_notices').execute());

const change = (client: Client, changes: unknown) => send(t, client, 'PATCH', '/api/admin/notices', { json: changes });

async function setStarted(tellsRequester: boolean) {
  const res = await change(admin, [{ eventType: 'started', tellsRequester }]);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<NoticeDto[]>();
}

/** An accepted request whose requester agreed to be told by e-mail. */
async function acceptedRequest() {
  const request = await makeRequest(t.relais.db, {
    status: 'accepted',
    departmentId: department.id,
    bodyId: department.body_id,
  });
  await t.relais.db
    .updateTable('requests')
    .set({ requester_channel: 'email', requester_consent: 1 })
    .where('id', '=', request.id)
    .execute();
  return request;
}

/** The types of the events whose messages the request's outbox holds. */
const toldOf = async (requestId: string) => {
  const rows = await t.relais.db
    .selectFrom('outbox')
    .innerJoin('request_events', 'request_events.id', 'outbox.event_id')
    .select('request_events.type')
    .where('outbox.request_id', '=', requestId)
    .orderBy('outbox.created_at')
    .execute();
  return rows.map((r) => r.type);
};

async function startThenComment(requestId: string) {
  const started = await dispatcher.post(`/api/requests/${requestId}/transitions`, { action: 'start' });
  expect(started.statusCode, started.body).toBe(200);
  const commented = await dispatcher.post(`/api/requests/${requestId}/comments`, {
    body: 'Passage jeudi',
    public: true,
  });
  expect(commented.statusCode, commented.body).toBe(201);
}

const noticeAudit = async () => {
  const res = await admin.get('/api/admin/audit?entity=requester_notices');
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: AuditEntry[] }>().items;
};

describe('which events tell the requester', () => {
  it('lists every event type that may be public with its default, and no internal one', async () => {
    const res = await admin.get('/api/admin/notices');
    expect(res.statusCode, res.body).toBe(200);
    const notices = res.json<NoticeDto[]>();
    expect(notices.map((n) => n.eventType)).toEqual([...NOTICE_EVENT_TYPES]);
    expect(notices.find((n) => n.eventType === 'started')).toEqual({
      eventType: 'started',
      tellsRequester: true,
      default: true,
    });
    expect(notices.find((n) => n.eventType === 'photo_added')).toMatchObject({ tellsRequester: false, default: false });
    expect(notices.some((n) => n.eventType === ('assigned' as string))).toBe(false);
  });

  it('tells of a public start no more once "started" is turned off, while other events still tell; on again, it tells', async () => {
    const off = await setStarted(false);
    expect(off.find((n) => n.eventType === 'started')).toEqual({
      eventType: 'started',
      tellsRequester: false,
      default: true,
    });
    expect((await admin.get('/api/admin/notices')).json<NoticeDto[]>()).toEqual(off);

    const silent = await acceptedRequest();
    await startThenComment(silent.id);
    expect(await toldOf(silent.id)).toEqual(['comment']);

    await setStarted(true);
    const told = await acceptedRequest();
    await startThenComment(told.id);
    expect(await toldOf(told.id)).toEqual(['started', 'comment']);
  });

  it('records each change in the audit log, with the administrator and the value before and after', async () => {
    const before = (await noticeAudit()).length;
    await setStarted(false);
    await setStarted(true);
    const [on, off] = await noticeAudit();
    expect((await noticeAudit()).length).toBe(before + 2);
    expect(off).toMatchObject({
      actor: { id: admin.userId },
      entity: 'requester_notices',
      action: 'update',
      before: { eventType: 'started', tellsRequester: true },
      after: { eventType: 'started', tellsRequester: false },
    });
    expect(on).toMatchObject({ before: { tellsRequester: false }, after: { tellsRequester: true } });
    // The same setting keeps its row, so its history reads as one thing.
    expect(on?.entityId).toBe(off?.entityId);
  });

  it('changes several types at once, and writes nothing for a type already as asked', async () => {
    const before = (await noticeAudit()).length;
    const res = await change(admin, [
      { eventType: 'photo_added', tellsRequester: true },
      { eventType: 'held', tellsRequester: false },
      { eventType: 'resolved', tellsRequester: true },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const notices = res.json<NoticeDto[]>();
    expect(notices.find((n) => n.eventType === 'photo_added')?.tellsRequester).toBe(true);
    expect(notices.find((n) => n.eventType === 'held')?.tellsRequester).toBe(false);
    const entries = await noticeAudit();
    expect(entries.length).toBe(before + 2);
    expect(
      entries
        .slice(0, 2)
        .map((e) => e.after?.eventType)
        .sort(),
    ).toEqual(['held', 'photo_added']);
    const rows = await t.relais.db.selectFrom('requester_notices').select('event_type').orderBy('event_type').execute();
    expect(rows.map((r) => r.event_type)).toEqual(['held', 'photo_added']);
  });

  it.each([
    ['an internal event type', [{ eventType: 'assigned', tellsRequester: true }], 'assigned is an internal event'],
    ['an unknown event type', [{ eventType: 'frobbed', tellsRequester: true }], 'expected an event type that may tell'],
    [
      'a type named twice',
      [
        { eventType: 'started', tellsRequester: true },
        { eventType: 'started', tellsRequester: false },
      ],
      'started appears twice',
    ],
    ['no change at all', [], 'at least one change'],
    ['a value that is not a boolean', [{ eventType: 'started', tellsRequester: 'no' }], 'tellsRequester'],
  ])('returns 400 for %s, saying why, and changes nothing', async (_, body, why) => {
    const before = (await noticeAudit()).length;
    const res = await change(admin, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ message: string }>().message).toContain(why);
    expect((await noticeAudit()).length).toBe(before);
    expect(
      await t.relais.db
        .selectFrom('requester_notices')
        .select('event_type')
        .where('event_type', '=', 'assigned')
        .execute(),
    ).toEqual([]);
  });

  it('returns 403 to a non-administrator, who can neither read nor change them', async () => {
    expect((await dispatcher.get('/api/admin/notices')).statusCode).toBe(403);
    const res = await change(dispatcher, [{ eventType: 'started', tellsRequester: false }]);
    expect(res.statusCode, res.body).toBe(403);
    const notices = (await admin.get('/api/admin/notices')).json<NoticeDto[]>();
    expect(notices.find((n) => n.eventType === 'started')?.tellsRequester).toBe(true);
    const audited = await t.relais.db
      .selectFrom('audit_log')
      .select('id')
      .where('actor_id', '=', dispatcher.userId)
      .execute();
    expect(audited).toEqual([]);
  });
});
