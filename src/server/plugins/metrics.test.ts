import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais, testDatabaseUrl } from '../../../test/helpers/relais.js';
import { eventually, openSse } from '../../../test/helpers/sse.js';

const TOKEN = 'prometheus-scrapes-relais-1234';
let t: TestRelais;
let base: string;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais({ METRICS_TOKEN: TOKEN });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

const scrape = (authorization?: string) =>
  t.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

/** The samples of a Prometheus text answer: `name{labels}` → value. */
async function samples(): Promise<Map<string, number>> {
  const res = await scrape(`Bearer ${TOKEN}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('text/plain');
  const values = new Map<string, number>();
  for (const line of res.body.split('\n')) {
    const match = /^(\S+)\s+(\S+)$/.exec(line);
    if (match?.[1] && match[2] && !line.startsWith('#')) values.set(match[1], Number(match[2]));
  }
  return values;
}

describe('GET /metrics', () => {
  it('answers 401 without the token or with another one, and says which scheme it expects', async () => {
    for (const authorization of [undefined, 'Bearer not-the-token', TOKEN, `Basic ${TOKEN}`]) {
      const res = await scrape(authorization);
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
      expect(res.body).not.toContain('http_request_duration_seconds');
    }
  });

  it('is not opened by a signed-in session, even an administrator’s', async () => {
    const admin = await actAs(t.app, t.relais.db, 'administrator');
    expect((await admin.get('/metrics')).statusCode).toBe(401);
  });

  it('counts HTTP latency per route pattern, never per raw URL', async () => {
    const first = await makeRequest(t.relais.db);
    const second = await makeRequest(t.relais.db);
    expect((await dispatcher.get(`/api/requests/${first.id}`)).statusCode).toBe(200);
    expect((await dispatcher.get(`/api/requests/${second.id}`)).statusCode).toBe(200);
    expect((await dispatcher.get('/api/requests/0190d3c4-0000-7000-8000-000000000000')).statusCode).toBe(404);

    const values = await samples();
    const route = 'method="GET",route="/api/requests/:id"';
    expect(values.get(`http_request_duration_seconds_count{${route},status_code="200"}`)).toBe(2);
    expect(values.get(`http_request_duration_seconds_count{${route},status_code="404"}`)).toBe(1);
    expect(values.get(`http_request_duration_seconds_bucket{le="+Inf",${route},status_code="200"}`)).toBe(2);
    for (const name of values.keys()) expect(name).not.toContain(first.id);
  });

  it('shows the outbox backlog and the age of its oldest waiting message', async () => {
    const request = await makeRequest(t.relais.db);
    await t.relais.db
      .updateTable('requests')
      .set({ requester_channel: 'email', requester_consent: 1 })
      .where('id', '=', request.id)
      .execute();
    // A public comment tells the requester: one e-mail waits in the outbox (no worker runs here).
    const res = await dispatcher.post(`/api/requests/${request.id}/comments`, { body: 'Passage lundi', public: true });
    expect(res.statusCode, res.body).toBe(201);
    const tenMinutesAgo = new Date(Date.now() - 600_000).toISOString();
    await t.relais.db.updateTable('outbox').set({ created_at: tenMinutesAgo }).execute();

    const values = await samples();
    expect(values.get('relais_outbox_messages{status="pending"}')).toBe(1);
    expect(values.get('relais_outbox_messages{status="failed"}')).toBe(0);
    const age = values.get('relais_outbox_oldest_waiting_age_seconds') ?? 0;
    expect(age).toBeGreaterThanOrEqual(600);
    expect(age).toBeLessThan(660);
  });

  it('counts the live streams open on this instance', async () => {
    expect((await samples()).get('relais_live_streams')).toBe(0);
    const stream = await openSse(`${base}/api/live`, dispatcher.cookie);
    try {
      expect((await samples()).get('relais_live_streams')).toBe(1);
    } finally {
      stream.close();
    }
    await eventually(async () => (await samples()).get('relais_live_streams') === 0);
    // A stream's life is not a request's latency.
    for (const name of (await samples()).keys()) expect(name).not.toContain('route="/api/live"');
  });

  it('shows the event-loop delay, and the connection pool on PostgreSQL only', async () => {
    const values = await samples();
    expect(values.get('nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    expect(values.get('nodejs_eventloop_lag_max_seconds')).toBeGreaterThanOrEqual(0);
    if (testDatabaseUrl) {
      expect(values.get('relais_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(values.get('relais_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
      expect(values.get('relais_db_pool_waiting_queries')).toBe(0);
    } else {
      expect([...values.keys()].some((name) => name.startsWith('relais_db_pool'))).toBe(false);
    }
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('answers 404: metrics are off', async () => {
    const off = await createTestRelais();
    try {
      const res = await off.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json().message).toContain('METRICS_TOKEN');
    } finally {
      await off.close();
    }
  });
});
