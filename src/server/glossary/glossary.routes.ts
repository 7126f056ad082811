import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.js';
import {
  glossaryResponse,
  glossarySearchQuery,
  glossarySearchResponse,
  routeQuery,
  routeResponse,
  routingMapResponse,
  suggestBody,
  suggestResponse,
} from '../../core/api/glossary.js';
import { onGlossaryChanged } from '../admin/glossary-hooks.js';
import { invalidateGlossary } from './glossary.cache.js';
import {
  getGlossary,
  getRoutingMap,
  routeCategory,
  searchGlossary,
  suggestForDescription,
} from './glossary.service.js';

export const glossaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;
  // Administrators' changes on this instance reach the search index and suggestions at once.
  const stopListening = onGlossaryChanged(invalidateGlossary);
  app.addHook('onClose', async () => {
    stopListening();
  });

  app.get(
    '/glossary',
    {
      schema: {
        tags: ['glossary'],
        summary: 'Families and their categories: procedure, deadline, questions, who acts, territory overrides',
        response: { 200: glossaryResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => getGlossary(relais, req.actor()),
  );

  app.get(
    '/glossary/search',
    {
      schema: {
        tags: ['glossary'],
        summary: "Categories matching the citizen's words, best first (accents, case and typos tolerated)",
        querystring: glossarySearchQuery,
        response: { 200: glossarySearchResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => searchGlossary(relais, req.actor(), req.query),
  );

  app.get(
    '/glossary/routing-map',
    {
      schema: {
        tags: ['glossary'],
        summary: 'The inverted org chart: per family, from each problem to the department and body that act',
        response: { 200: routingMapResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => getRoutingMap(relais, req.actor()),
  );

  app.get(
    '/glossary/route',
    {
      schema: {
        tags: ['glossary'],
        summary: 'Who handles a category at a point (territory override first), its procedure and deadline',
        querystring: routeQuery,
        response: { 200: routeResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => routeCategory(relais, req.actor(), req.query),
  );

  app.post(
    '/glossary/suggest',
    {
      schema: {
        tags: ['glossary'],
        summary: 'The three categories closest to a description, with the words that made them match',
        body: suggestBody,
        response: { 200: suggestResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => suggestForDescription(relais, req.actor(), req.body.description),
  );
};
