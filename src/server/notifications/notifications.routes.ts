import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import {
  digestRunResponse,
  listMessagesQuery,
  messageListResponse,
  messageSchema,
  noticeListResponse,
  noticesPatch,
} from '../../core/api/notifications.js';
import { changeNotices, listNotices } from './notices.service.js';
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

  app.get(
    '/admin/notices',
    {
      schema: {
        tags: ['notifications'],
        summary:
          'Which public request events tell the requester, per event type: as chosen by administrators, and the default. Internal event types (assigned, validation, interventions recorded…) never tell and are not listed',
        response: { 200: noticeListResponse, ...errorResponses(401, 403) },
      },
    },
    async (req) => listNotices(relais, req.actor()),
  );

  app.patch(
    '/admin/notices',
    {
      schema: {
        tags: ['notifications'],
        summary:
          'Change whether public events of one or several types tell the requester; each change is in the audit log. Answers every type as it now is. 400 for an internal or unknown event type, or a type named twice',
        body: noticesPatch,
        response: { 200: noticeListResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => changeNotices(relais, req.actor(), req.body),
  );
};
