import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import {
  attachReportBody,
  attachReportResponse,
  duplicatesQuery,
  duplicatesResponse,
  MIN_REQUESTER_QUERY,
  requestersQuery,
  requestersResponse,
} from '../../core/api/intake.js';
import { findDuplicates } from './duplicates.js';
import { attachReport } from './reports.js';
import { findRequesters, SHOWN } from './requesters.js';

/** Requester look-ups allowed per user and minute: enough to type a few names. */
export const LOOKUPS_PER_MINUTE = 30;

export const intakeRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/intake/duplicates',
    {
      schema: {
        tags: ['intake'],
        summary: 'Open requests near a position that may be the same problem, most likely first',
        querystring: duplicatesQuery,
        response: { 200: duplicatesResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => findDuplicates(relais, req.actor(), req.query),
  );

  app.post(
    '/requests/:id/reports',
    {
      schema: {
        tags: ['intake'],
        summary: 'Attach a new report to an open request instead of registering another one',
        params: idParams,
        body: attachReportBody,
        response: { 201: attachReportResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await attachReport(relais, req.actor(), req.params.id, req.body)),
  );

  app.get(
    '/intake/requesters',
    {
      schema: {
        tags: ['intake'],
        summary: `Known requesters matching a name, e-mail or phone number (at least ${MIN_REQUESTER_QUERY} characters; at most ${SHOWN}, latest first), among the requests whose personal data the user may read; each look-up is in the audit log. 429 past ${LOOKUPS_PER_MINUTE} a minute`,
        querystring: requestersQuery,
        response: { 200: requestersResponse, ...errorResponses(400, 401, 403, 429) },
      },
      // Per user: walking the residents one query after another is what this limit stops.
      config: {
        rateLimit: {
          max: LOOKUPS_PER_MINUTE,
          timeWindow: '1 minute',
          keyGenerator: (req: FastifyRequest) => req.auth?.user.id ?? req.ip,
        },
      },
    },
    async (req) => ({ items: await findRequesters(relais, req.actor(), req.query.q) }),
  );
};
