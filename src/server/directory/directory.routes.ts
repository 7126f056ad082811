import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { directoryResponse } from '../../core/api/directory.js';
import { getDirectory } from './directory.service.js';

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/directory',
    {
      schema: {
        tags: ['directory'],
        summary: 'Bodies, departments, territories, glossary families and categories, contractors',
        response: { 200: directoryResponse },
      },
    },
    async (req) => getDirectory(app.relais.db, req.actor()),
  );
};
