import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import {
  attachReportBody,
  attachReportResponse,
  duplicatesQuery,
  duplicatesResponse,
  requestersQuery,
  requestersResponse,
} from '../../core/api/intake.js';
import { findDuplicates } from './duplicates.js';
import { attachReport } from './reports.js';
import { findRequesters } from './requesters.js';

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
        summary: 'Known requesters matching a name, e-mail or phone number (at most 10, latest first)',
        querystring: requestersQuery,
        response: { 200: requestersResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({ items: await findRequesters(relais, req.actor(), req.query.q) }),
  );
};
