/** Signs in through the real login route and sends requests as that user. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '../../src/core/roles.js';
import type { Database } from '../../src/server/db/schema.js';
import { makeUser, TEST_PASSWORD, type UserScopes } from './factories.js';

export interface Client {
  userId: string;
  email: string;
  cookie: string;
  csrfToken: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'relais_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `relais_session=${cookie.value}`, csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}

export function clientFor(
  app: FastifyInstance,
  user: { id: string; email: string },
  session: { cookie: string; csrfToken: string },
): Client {
  const send = (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...options.headers },
    });
  return {
    userId: user.id,
    email: user.email,
    ...session,
    get: (url) => send({ method: 'GET', url }),
    post: (url, payload) => send({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
  };
}

/** A new user with `role` (and scopes), signed in. */
export async function actAs(app: FastifyInstance, db: Kysely<Database>, role: Role, scopes: UserScopes = {}) {
  const user = await makeUser(db, role, scopes);
  return clientFor(app, user, await signIn(app, user.email));
}
