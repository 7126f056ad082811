import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.js';
import { trackingParams, trackingPhotoParams, trackingResponse } from '../../core/api/tracking.js';
import { sendImage } from '../photos/photos.routes.js';
import { getTracking, readTrackedPhoto } from './tracking.service.js';

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
        response: { 200: trackingResponse, ...errorResponses(400, 404, 429) },
      },
    },
    async (req) => getTracking(relais, req.params.token),
  );

  for (const variant of ['full', 'thumbnail'] as const) {
    app.get(
      `/tracking/:token/photos/:photoId${variant === 'full' ? '' : '/thumbnail'}`,
      {
        config: { public: true, rateLimit: { max: TRACKING_RATE_LIMIT * 10, timeWindow: '1 minute' } },
        schema: {
          tags: ['tracking'],
          summary: `An "after" photo of a tracked request${variant === 'full' ? '' : ', 320 px at most'}`,
          params: trackingPhotoParams,
          response: errorResponses(400, 404, 429),
        },
      },
      async (req, reply) =>
        sendImage(reply, await readTrackedPhoto(relais, req.params.token, req.params.photoId, variant), 'public'),
    );
  }
};
