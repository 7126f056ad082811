import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import {
  interventionListResponse,
  recordInterventionBody,
  recordInterventionResponse,
} from '../../core/api/interventions.js';
import { getInterventions, recordIntervention } from './interventions.service.js';

export const interventionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.post(
    '/requests/:id/interventions',
    {
      schema: {
        tags: ['interventions'],
        summary: 'Record the work done on a request (and resolve it with resolve: true)',
        params: idParams,
        body: recordInterventionBody,
        response: { 201: recordInterventionResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await recordIntervention(relais, req.actor(), req.params.id, req.body)),
  );

  app.get(
    '/requests/:id/interventions',
    {
      schema: {
        tags: ['interventions'],
        summary: 'The work recorded on a request, oldest first',
        params: idParams,
        response: { 200: interventionListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => ({ items: await getInterventions(relais, req.actor(), req.params.id) }),
  );
};
