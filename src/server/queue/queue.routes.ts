import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import {
  bulkBody,
  bulkResponse,
  colleaguesQuery,
  colleaguesResponse,
  createViewBody,
  listViewsQuery,
  queueQuery,
  queueResponse,
  savedViewSchema,
  viewListResponse,
} from '../../core/api/queue.js';
import { bulkTransition, getQueue, listColleagues } from './queue.service.js';
import { listSavedViews, removeView, saveView } from './views.service.js';

export const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/queue',
    {
      schema: {
        tags: ['queue'],
        summary: "A department's open requests by deadline, with overdue and due-soon flags",
        querystring: queueQuery,
        response: { 200: queueResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => getQueue(relais, req.actor(), req.query),
  );

  app.get(
    '/queue/colleagues',
    {
      schema: {
        tags: ['queue'],
        summary: 'The active members of a department, to assign requests to',
        querystring: colleaguesQuery,
        response: { 200: colleaguesResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => listColleagues(relais, req.actor(), req.query.departmentId),
  );

  app.post(
    '/queue/bulk',
    {
      schema: {
        tags: ['queue'],
        summary: 'Assign, start, hold, resolve or close many requests; one result per request',
        body: bulkBody,
        response: { 200: bulkResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => ({ results: await bulkTransition(relais, req.actor(), req.body) }),
  );

  app.get(
    '/views',
    {
      schema: {
        tags: ['queue'],
        summary: "The signed-in user's saved views (of one screen)",
        querystring: listViewsQuery,
        response: { 200: viewListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => ({ items: await listSavedViews(relais, req.actor(), req.query.screen) }),
  );

  app.post(
    '/views',
    {
      schema: {
        tags: ['queue'],
        summary: "Save a list's filters under a name, for the signed-in user",
        body: createViewBody,
        response: { 201: savedViewSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await saveView(relais, req.actor(), req.body)),
  );

  app.delete(
    '/views/:id',
    {
      schema: {
        tags: ['queue'],
        summary: 'Delete one of your saved views',
        params: idParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await removeView(relais, req.actor(), req.params.id);
      return reply.code(204).send(null);
    },
  );
};
