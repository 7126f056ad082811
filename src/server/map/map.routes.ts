import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.js';
import { mapClustersQuery, mapClustersResponse } from '../../core/api/map.js';
import { mapClusters } from './map.service.js';

export const mapRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/map/clusters',
    {
      schema: {
        tags: ['map'],
        summary:
          'Requests in a bounding box, clustered for the zoom, with the list filters; a cluster of one is the request',
        querystring: mapClustersQuery,
        response: { 200: mapClustersResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => mapClusters(relais, req.actor(), req.query),
  );
};
