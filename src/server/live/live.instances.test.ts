/**
 * Two app instances on one PostgreSQL database: an event made through one reaches the live streams
 * of both, once each, through LISTEN/NOTIFY. PostgreSQL only: embedded, there is one instance.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest, makeUser } from '../../../test/helpers/factories.js';
import { clientFor, signIn } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais, testDatabaseUrl } from '../../../test/helpers/relais.js';
import { eventually, openSse, type SseStream } from '../../../test/helpers/sse.js';

describe.skipIf(!testDatabaseUrl)('live updates across instances (PostgreSQL)', () => {
  let a: TestRelais;
  let b: TestRelais;
  let baseA: string;
  let baseB: string;

  beforeAll(async () => {
    a = await createTestRelais({}, { postgresBus: true });
    b = await createTestRelais({}, { sameDatabaseAs: a, postgresBus: true });
    baseA = await a.app.listen({ port: 0, host: '127.0.0.1' });
    baseB = await b.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  async function dispatcherOnA() {
    const user = await makeUser(a.relais.db, 'dispatcher');
    // Sessions live in the database: one sign-in works on both instances.
    return clientFor(a.app, user, await signIn(a.app, user.email));
  }

  const commentThrough = (client: Awaited<ReturnType<typeof dispatcherOnA>>, requestId: string, body: string) =>
    client.post(`/api/requests/${requestId}/comments`, { body, public: true });

  async function expectEvents(stream: SseStream, requestIds: string[]) {
    for (const requestId of requestIds) expect((await stream.next()).data).toMatchObject({ requestId });
  }

  it('delivers an event made on one instance to the streams of both, once each', async () => {
    const dispatcher = await dispatcherOnA();
    const first = await makeRequest(a.relais.db);
    const second = await makeRequest(a.relais.db);
    const onA = await openSse(`${baseA}/api/live`, dispatcher.cookie);
    const onB = await openSse(`${baseB}/api/live`, dispatcher.cookie);
    try {
      expect((await commentThrough(dispatcher, first.id, 'Premier')).statusCode).toBe(201);
      expect((await commentThrough(dispatcher, second.id, 'Second')).statusCode).toBe(201);
      // Once each: the event after the first is the second, on the instance that made them too.
      await expectEvents(onB, [first.id, second.id]);
      await expectEvents(onA, [first.id, second.id]);
    } finally {
      onA.close();
      onB.close();
    }
  });

  it('listens again after its connection to PostgreSQL is cut', async () => {
    const url = testDatabaseUrl ?? '';
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = `relais-bus:relais_events_${a.schema}`.slice(0, 63);
    const listeners = async () =>
      (
        await admin.query<{ pid: number }>(
          `select pid from pg_stat_activity where application_name = $1 and query like 'LISTEN%'`,
          [name],
        )
      ).rows.map((r) => r.pid);
    try {
      const cut = await listeners();
      expect(cut).toHaveLength(2);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [name]);
      await eventually(async () => (await listeners()).filter((pid) => !cut.includes(pid)).length === 2);
    } finally {
      await admin.end();
    }
    const dispatcher = await dispatcherOnA();
    const request = await makeRequest(a.relais.db);
    const onB = await openSse(`${baseB}/api/live`, dispatcher.cookie);
    try {
      expect((await commentThrough(dispatcher, request.id, 'Après la coupure')).statusCode).toBe(201);
      await expectEvents(onB, [request.id]);
    } finally {
      onB.close();
    }
  });
});
