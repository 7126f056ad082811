import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../../test/helpers/factories.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { buildApp } from '../app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let t: TestRelais;
/** The real app with its production logger, writing into `lines`. */
let app: FastifyInstance;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  t = await createTestRelais();
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  app = await buildApp(t.relais, { logger: { level: 'info', stream } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const linesOf = (id: string) => lines.filter((line) => line.reqId === id);

describe('the request id', () => {
  it('keeps an incoming x-request-id, answers it, and puts it in every log line of the request', async () => {
    const user = await makeUser(t.relais.db, 'dispatcher');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-request-id': 'lb-7f3a.42:1' },
      payload: { email: user.email, password: `${TEST_PASSWORD} but wrong` },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['x-request-id']).toBe('lb-7f3a.42:1');
    const mine = linesOf('lb-7f3a.42:1');
    expect(mine.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
    for (const line of mine)
      expect(line).toMatchObject({ level: 30, time: expect.any(Number), hostname: expect.any(String) });
    expect(mine[1]).toMatchObject({ res: { statusCode: 401 }, responseTime: expect.any(Number) });
  });

  it('makes one per request when none is sent, in the answer and the log', async () => {
    const first = await app.inject({ method: 'GET', url: '/healthz' });
    const second = await app.inject({ method: 'GET', url: '/api/requests' });
    const ids = [first.headers['x-request-id'], second.headers['x-request-id']];
    expect(ids[0]).toMatch(UUID);
    expect(ids[1]).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);
    expect(second.statusCode).toBe(401);
    for (const id of ids) expect(linesOf(String(id))).toHaveLength(2);
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['with spaces and quotes', 'abc" def'],
    ['with a log-forging attempt', 'abc\\n{"level":60}'],
    ['empty', ''],
  ])('replaces an incoming id %s with its own', async (_case, sent) => {
    const res = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': sent } });
    expect(res.headers['x-request-id']).toMatch(UUID);
    expect(lines.some((line) => line.reqId === sent)).toBe(false);
  });

  it('is on refusals of bad input too', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-request-id': 'r-1' },
      payload: { email: 'not an address' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['x-request-id']).toBe('r-1');
    expect(linesOf('r-1')).toHaveLength(2);
  });
});
