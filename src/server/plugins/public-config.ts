/** GET /api/config: the settings the web app reads before sign-in (map tiles and starting view). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicConfigResponse } from '../../core/api/config.js';

export const publicConfigRoutes: FastifyPluginAsyncZod = async (app) => {
  const { map } = app.relais.config;

  app.get(
    '/config',
    {
      config: { public: true },
      schema: {
        tags: ['config'],
        summary: 'Map tiles and starting view of the web app (public: holds no data)',
        response: { 200: publicConfigResponse },
      },
    },
    async () => map,
  );
};
