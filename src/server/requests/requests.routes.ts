import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import {
  commentBody,
  createRequestBody,
  eventSchema,
  listRequestsQuery,
  requestDetailResponse,
  requestListResponse,
  requestSchema,
  transitionBody,
} from '../../core/api/requests.js';
import { addComment, createRequest, getRequestDetail, listRequests } from './requests.service.js';
import { transitionRequest } from './requests.transitions.js';

export const requestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/requests',
    {
      schema: {
        tags: ['requests'],
        summary: 'Requests, newest first, filtered, one page at a time (pass nextCursor as cursor)',
        querystring: listRequestsQuery,
        response: { 200: requestListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => listRequests(relais, req.actor(), req.query),
  );

  app.post(
    '/requests',
    {
      schema: {
        tags: ['requests'],
        summary: 'Register a request; a retried submission with the same id answers the first result',
        body: createRequestBody,
        response: { 200: requestSchema, 201: requestSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (req, reply) => {
      const { request, replayed } = await createRequest(relais, req.actor(), req.body);
      return reply.code(replayed ? 200 : 201).send(request);
    },
  );

  app.get(
    '/requests/:id',
    {
      schema: {
        tags: ['requests'],
        summary: 'A request, its timeline, and the actions the user may take now',
        params: idParams,
        response: { 200: requestDetailResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => getRequestDetail(relais, req.actor(), req.params.id),
  );

  app.post(
    '/requests/:id/transitions',
    {
      schema: {
        tags: ['requests'],
        summary: 'Move a request through its lifecycle (accept, start, hold, resolve, close, ...)',
        params: idParams,
        body: transitionBody,
        response: { 200: requestSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => transitionRequest(relais, req.actor(), req.params.id, req.body),
  );

  app.post(
    '/requests/:id/comments',
    {
      schema: {
        tags: ['requests'],
        summary: 'Add an internal or public comment',
        params: idParams,
        body: commentBody,
        response: { 201: eventSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await addComment(relais, req.actor(), req.params.id, req.body)),
  );
};
