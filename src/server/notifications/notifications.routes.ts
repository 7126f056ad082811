import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import {
  digestRunResponse,
  listMessagesQuery,
  messageListResponse,
  messageSchema,
} from '../../core/api/notifications.js';
import { listMessages, resendMessage, runDigests } from './notifications.service.js';

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
    '/admin/messages/:id/resend',
    {
      schema: {
        tags: ['notifications'],
        summary:
          'Put a dead message (given up on, or interrupted while sending so perhaps sent) back in the queue, once an administrator has checked it did not leave: answers the message, now pending, attempts 0, due now, lastError kept; the worker sends it as any other. 409 when it is not dead (sent, kept, pending, failed or sending), 404 for an unknown id',
        params: idParams,
        response: { 200: messageSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => resendMessage(relais, req.actor(), req.params.id),
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
