import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../../test/helpers/factories.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { loadConfig } from '../config.js';
import { FREE_FAILURES } from './throttle.js';

let t: TestRelais;
beforeAll(async () => {
  t = await createTestRelais();
});
afterAll(() => t.close());

const login = (target: TestRelais, email: string, password: string, forwardedFor?: string) =>
  target.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    ...(forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {}),
  });

/** The statuses of `count` sign-ins, each claiming to come from another address. */
async function fromManyAddresses(target: TestRelais, count: number): Promise<number[]> {
  const codes = [];
  for (let i = 0; i < count; i++) codes.push((await login(target, 'a@b.fr', 'x', `203.0.113.${i + 1}`)).statusCode);
  return codes;
}

describe('TRUST_PROXY', () => {
  it('by default ignores X-Forwarded-For: a client cannot escape the limit with a new address each time', async () => {
    const limited = await createTestRelais({ LOGIN_RATE_LIMIT: '3' });
    try {
      expect(await fromManyAddresses(limited, 4)).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it.each(['127.0.0.1', '1'])(
    'trusted (TRUST_PROXY=%s), counts each client the proxy names on its own',
    async (proxy) => {
      const limited = await createTestRelais({ LOGIN_RATE_LIMIT: '3', TRUST_PROXY: proxy });
      try {
        expect(await fromManyAddresses(limited, 4)).toEqual([401, 401, 401, 401]);
        const codes = [];
        for (let i = 0; i < 4; i++) codes.push((await login(limited, 'c@d.fr', 'x', '198.51.100.7')).statusCode);
        expect(codes).toEqual([401, 401, 401, 429]);
      } finally {
        await limited.close();
      }
    },
  );

  it('does not trust a proxy it was not told of', async () => {
    const limited = await createTestRelais({ LOGIN_RATE_LIMIT: '3', TRUST_PROXY: '10.0.0.0/8' });
    try {
      expect(await fromManyAddresses(limited, 4)).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it.each([
    ['', false],
    ['false', false],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.0/8, 2001:db8::/32,loopback', ['10.0.0.0/8', '2001:db8::/32', 'loopback']],
  ])('reads TRUST_PROXY=%j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['yes', '10.0.0.0/33', '300.1.1.1', 'proxy.example', '10.0.0.1/8/2'])(
    'refuses TRUST_PROXY=%j at start, naming the variable',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );
});

describe('per-account sign-in throttling', () => {
  it('after repeated failures, refuses even the right password for a while, longer each time', async () => {
    const user = await makeUser(t.relais.db, 'dispatcher');
    for (let i = 0; i < FREE_FAILURES; i++) {
      // Each guess from another address: the per-address limit does not see them.
      expect((await login(t, user.email, 'wrong', `203.0.113.${i}`)).statusCode).toBe(401);
    }
    const blocked = await login(t, user.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().message).toMatch(/failed sign-ins/);
    const firstWait = Number(blocked.headers['retry-after']);
    expect(firstWait).toBeGreaterThan(0);
    expect((await login(t, user.email.toUpperCase(), TEST_PASSWORD)).statusCode).toBe(429);

    // Once the wait is over, one more failure blocks for longer.
    await t.relais.db
      .updateTable('sign_in_throttles')
      .set({ blocked_until: new Date(Date.now() - 1000).toISOString() })
      .where('email', '=', user.email)
      .execute();
    expect((await login(t, user.email, 'wrong')).statusCode).toBe(401);
    const secondWait = Number((await login(t, user.email, TEST_PASSWORD)).headers['retry-after']);
    expect(secondWait).toBeGreaterThan(firstWait);
  });

  it('tells the account owner by e-mail once, through the outbox', async () => {
    const user = await makeUser(t.relais.db, 'manager');
    for (let i = 0; i < FREE_FAILURES; i++) await login(t, user.email, 'wrong');
    const mails = await t.relais.db.selectFrom('outbox').selectAll().where('recipient', '=', user.email).execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'email', status: 'pending', locale: 'fr' });
    expect(mails[0]?.body_text).toContain(`${FREE_FAILURES} tentatives de connexion`);
  });

  it('throttles an unknown e-mail the same way, so answers do not tell which accounts exist', async () => {
    const codes = [];
    for (let i = 0; i <= FREE_FAILURES; i++) codes.push((await login(t, 'nobody@example.org', 'x')).statusCode);
    expect(codes).toEqual([...Array(FREE_FAILURES).fill(401), 429]);
  });

  it('forgets failures after a successful sign-in', async () => {
    const user = await makeUser(t.relais.db, 'dispatcher');
    for (let i = 0; i < FREE_FAILURES - 1; i++) await login(t, user.email, 'wrong');
    expect((await login(t, user.email, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < FREE_FAILURES - 1; i++) expect((await login(t, user.email, 'wrong')).statusCode).toBe(401);
    expect((await login(t, user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
