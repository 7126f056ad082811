import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../core/api/common.js';
import { trackingParams, trackingResponse } from '../../core/api/tracking.js';
import { getTracking } from './tracking.service.js';

/** Readings of tracking pages allowed per client address and minute. */
export const TRACKING_RATE_LIMIT = 60;

export const trackingRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/tracking/:token',
    {
      config: { public: true, rateLimit: { max: TRACKING_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: {
        tags: ['tracking'],
        summary: 'Public tracking of one request by its token: status, public updates, no personal data',
        params: trackingParams,
        response: { 200: trackingResponse, 400: errorSchema, 404: errorSchema, 429: errorSchema },
      },
    },
    async (req) => getTracking(relais, req.params.token),
  );
};
