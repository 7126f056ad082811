import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.js';
import { digestRunResponse, listMessagesQuery, messageListResponse } from '../../core/api/notifications.js';
import { listMessages, runDigests } from './notifications.service.js';

export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/admin/messages',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Messages sent, kept or waiting in the outbox, newest first (pass nextCursor as cursor)',
        querystring: listMessagesQuery,
        response: { 200: messageListResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => listMessages(relais, req.actor(), req.query),
  );

  app.post(
    '/admin/digests/run',
    {
      schema: {
        tags: ['notifications'],
        summary: "Write today's overdue digest of each department now (at most one per department and day)",
        response: { 200: digestRunResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => runDigests(relais, req.actor()),
  );
};
