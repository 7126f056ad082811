import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.js';
import { geocodeResponse, geocodeSearchQuery, locateResponse, positionQuery } from '../../core/api/intake.js';
import { locate, reverseGeocode, searchAddresses } from './geocoding.service.js';

export const geocodingRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/geocoding/search',
    {
      schema: {
        tags: ['geocoding'],
        summary: 'Addresses matching what was typed (BAN API, or the local index when it is off or fails)',
        querystring: geocodeSearchQuery,
        response: { 200: geocodeResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => searchAddresses(relais, req.actor(), req.query),
  );

  app.get(
    '/geocoding/reverse',
    {
      schema: {
        tags: ['geocoding'],
        summary: 'The address at a position (e.g. where the map pin was dropped)',
        querystring: positionQuery,
        response: { 200: geocodeResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => reverseGeocode(relais, req.actor(), req.query),
  );

  app.get(
    '/geocoding/locate',
    {
      schema: {
        tags: ['geocoding'],
        summary: 'The territory and hub of a position; a warning when it is outside every territory',
        querystring: positionQuery,
        response: { 200: locateResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => locate(relais, req.actor(), req.query),
  );
};
