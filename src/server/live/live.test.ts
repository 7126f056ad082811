import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeContractor, makeDepartment, makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { eventually, openSse } from '../../../test/helpers/sse.js';

let t: TestRelais;
let base: string;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

const comment = (id: string, body: string, isPublic: boolean) =>
  dispatcher.post(`/api/requests/${id}/comments`, { body, public: isPublic });

describe('GET /api/live', () => {
  it('streams to a department agent an event made through the API, with the facts lists need', async () => {
    const db = t.relais.db;
    const department = await makeDepartment(db);
    const category = await makeCategory(db, { departmentId: department.id });
    const agent = await actAs(t.app, db, 'department_agent', { departmentId: department.id });
    const request = await makeRequest(db);
    const stream = await openSse(`${base}/api/live`, agent.cookie);
    try {
      expect(stream.status).toBe(200);
      expect(stream.contentType).toContain('text/event-stream');
      const res = await dispatcher.post(`/api/requests/${request.id}/transitions`, {
        action: 'accept',
        categoryId: category.id,
        departmentId: department.id,
        priority: 'normal',
      });
      expect(res.statusCode, res.body).toBe(200);
      const message = await stream.next();
      expect(message.event).toBe('request');
      expect(message.data).toMatchObject({
        requestId: request.id,
        reference: request.reference,
        type: 'accepted',
        public: true,
        status: 'accepted',
        departmentId: department.id,
      });
      expect(message.id).toBe((message.data as { eventId: string }).eventId);
    } finally {
      stream.close();
    }
  });

  it("does not stream to a contractor another company's events, nor internal ones of its own orders", async () => {
    const db = t.relais.db;
    const mine = await makeContractor(db);
    const other = await makeContractor(db);
    const contractorUser = await actAs(t.app, db, 'contractor', { contractorId: mine.id });
    const department = await makeDepartment(db);
    const order = { status: 'sent_to_contractor' as const, departmentId: department.id, bodyId: department.body_id };
    const ours = await makeRequest(db, { ...order, contractorId: mine.id });
    const theirs = await makeRequest(db, { ...order, contractorId: other.id });
    const stream = await openSse(`${base}/api/live`, contractorUser.cookie);
    try {
      expect((await comment(theirs.id, 'Passage prévu lundi', true)).statusCode).toBe(201);
      expect((await comment(ours.id, 'Attention au chien', false)).statusCode).toBe(201);
      expect((await comment(ours.id, 'Intervention prévue mardi', true)).statusCode).toBe(201);
      // Events reach streams in order: the first one this stream gets must be the last comment.
      const message = await stream.next();
      expect(message.data).toMatchObject({ requestId: ours.id, type: 'comment', public: true });
    } finally {
      stream.close();
    }
  });

  it('forgets a stream once its connection drops', async () => {
    const bus = t.relais.bus;
    // Streams of the tests above close as this one starts.
    await eventually(() => bus.subscriberCount() === 0);
    const first = await openSse(`${base}/api/live`, dispatcher.cookie);
    const second = await openSse(`${base}/api/live`, dispatcher.cookie);
    // One bus subscription serves every stream of the instance.
    expect(bus.subscriberCount()).toBe(1);
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bus.subscriberCount()).toBe(1);
    second.close();
    await eventually(() => bus.subscriberCount() === 0);
  });

  it('ends open streams when the instance shuts down, without waiting for the clients', async () => {
    const other = await createTestRelais();
    try {
      const otherBase = await other.app.listen({ port: 0, host: '127.0.0.1' });
      const user = await actAs(other.app, other.relais.db, 'dispatcher');
      const stream = await openSse(`${otherBase}/api/live`, user.cookie);
      const started = Date.now();
      await other.app.close();
      await stream.ended;
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await other.close();
    }
  });

  it('answers 401 to someone not signed in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/live' });
    expect(res.statusCode).toBe(401);
  });
});
