import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginBody, sessionResponse } from '../../core/api/auth.js';
import { errorResponses } from '../../core/api/common.js';
import { unauthorized } from '../errors.js';
import { SESSION_COOKIE } from '../plugins/session.js';
import { signIn, signOut } from './auth.service.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.relais;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
  };

  app.post(
    '/auth/login',
    {
      config: {
        public: true,
        rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        body: loginBody,
        response: { 200: sessionResponse, ...errorResponses(401) },
      },
    },
    async (req, reply) => {
      // A sign-in replaces any session this browser had (session fixation).
      if (req.auth) await signOut(db, req.auth.sessionId);
      const signedIn = await signIn(db, req.body.email, req.body.password, config.sessionTtlMs);
      reply.setCookie(SESSION_COOKIE, signedIn.token, { ...cookieOptions, maxAge: config.sessionTtlMs / 1000 });
      return { user: signedIn.user, csrfToken: signedIn.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out; revokes the session', response: { 204: z.null() } } },
    async (req, reply) => {
      if (req.auth) await signOut(db, req.auth.sessionId);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and the CSRF token to send with mutations',
        response: { 200: sessionResponse, ...errorResponses(401) },
      },
    },
    async (req) => {
      if (!req.auth) throw unauthorized();
      return { user: req.auth.user, csrfToken: req.auth.csrfToken };
    },
  );
};
