import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import { inboxItemSchema, inboxQuery, inboxResponse } from '../../core/api/dispatch.js';
import { getInbox, getInboxItem } from './dispatch.service.js';

export const dispatchRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/dispatch/inbox',
    {
      schema: {
        tags: ['dispatch'],
        summary: 'New requests, oldest first, each with a proposed decision and the next request to open',
        querystring: inboxQuery,
        response: { 200: inboxResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => getInbox(relais, req.actor(), req.query),
  );

  app.get(
    '/dispatch/inbox/:id',
    {
      schema: {
        tags: ['dispatch'],
        summary: 'One request to evaluate, with its proposed decision and the next request to open',
        params: idParams,
        response: { 200: inboxItemSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => getInboxItem(relais, req.actor(), req.params.id),
  );
};
