/**
 * Resolves the session cookie on every request, and guards the API: everything needs a signed-in
 * user unless its route says `config: { public: true }`; every mutation needs the CSRF token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../../core/roles.js';
import { resolveSession, type Session } from '../auth/auth.service.js';
import type { Relais } from '../context.js';
import { forbidden, unauthorized } from '../errors.js';
import { missingRoutePermission } from './route-permissions.js';

export const SESSION_COOKIE = 'relais_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
  interface FastifyRequest {
    auth: Session | null;
    /** The signed-in user as an actor for permissions; throws 401 when nobody is signed in. */
    actor(): Actor;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The API's own documentation is public: it holds no data. */
const PUBLIC_PREFIX = '/api/docs';

/** Compares secrets in constant time. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const sessionPlugin = fp(async (app: FastifyInstance, opts: { relais: Relais }) => {
  app.decorateRequest('auth', null);
  app.decorateRequest('actor', function actor(this: FastifyRequest): Actor {
    if (!this.auth) throw unauthorized();
    return this.auth.user;
  });

  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    req.auth = token ? await resolveSession(opts.relais.db, token) : null;
    if (req.routeOptions.config.public || req.url.startsWith(PUBLIC_PREFIX)) return;
    if (!req.auth) throw unauthorized();
    const missing = missingRoutePermission(req.auth.user, req.method, req.routeOptions.url ?? '');
    if (missing) throw forbidden(`Your role (${req.auth.user.role}) may not do "${missing}"`);
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, req.auth.csrfToken)) {
        throw forbidden(`Missing or wrong ${CSRF_HEADER} header: reload the page and try again`);
      }
    }
  });
});
