import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../../test/helpers/factories.js';
import { signIn } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { setUserDisabled } from '../directory/users.repository.js';

let t: TestRelais;
beforeAll(async () => {
  t = await createTestRelais();
});
afterAll(() => t.close());

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

describe('sign-in and sessions', () => {
  it('signs in with the right password and sets an HttpOnly SameSite cookie', async () => {
    const user = await makeUser(t.relais.db, 'dispatcher');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: user.id, role: 'dispatcher', locale: 'fr' });
    expect(res.json().user.password_hash).toBeUndefined();
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/relais_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
  });

  it('returns 401 with the same message for a wrong password and an unknown e-mail', async () => {
    const user = await makeUser(t.relais.db, 'dispatcher');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@test.relais.local', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
  });

  it('gives a new session at each sign-in and revokes the previous one of that browser', async () => {
    const user = await makeUser(t.relais.db, 'analyst');
    const first = await signIn(t.app, user.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { cookie: first.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'relais_session')?.value).not.toBe(first.cookie.split('=')[1]);
    expect((await me(first.cookie)).statusCode).toBe(401);
  });

  it('revokes the session at sign-out', async () => {
    const user = await makeUser(t.relais.db, 'analyst');
    const session = await signIn(t.app, user.email);
    expect((await me(session.cookie)).statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(session.cookie)).statusCode).toBe(401);
  });

  it('ends the sessions of a disabled user and refuses their sign-in', async () => {
    const user = await makeUser(t.relais.db, 'manager');
    const session = await signIn(t.app, user.email);
    await setUserDisabled(t.relais.db, user.id, true);
    expect((await me(session.cookie)).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
  });

  it('returns 400 naming the field for a malformed e-mail', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x', password: 'y' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('body.email');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('login rate limiting', () => {
  it('returns 429 after too many attempts in a minute', async () => {
    const limited = await createTestRelais({ LOGIN_RATE_LIMIT: '3' });
    try {
      const attempt = () =>
        limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.fr', password: 'x' } });
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await attempt()).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the API is closed to strangers', () => {
  it.each(['/api/requests', '/api/directory', `/api/requests/${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}`])(
    'returns 401 on GET %s without a session',
    async (url) => {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    },
  );

  it('serves the OpenAPI document and its page', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toEqual(
      expect.arrayContaining(['/api/requests', '/api/requests/{id}', '/api/requests/{id}/transitions']),
    );
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });
});
