import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import {
  createTemplateBody,
  listTemplatesQuery,
  previewResponse,
  previewTemplateBody,
  templateListResponse,
  templateSchema,
  updateTemplateBody,
} from '../../core/api/templates.js';
import {
  changeTemplate,
  createTemplate,
  listActiveTemplates,
  listAllTemplates,
  previewTemplate,
  removeTemplate,
} from './templates.service.js';

export const templatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/templates',
    {
      schema: {
        tags: ['templates'],
        summary: 'The active response templates (of one kind), to answer with',
        querystring: listTemplatesQuery,
        response: { 200: templateListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => ({ items: await listActiveTemplates(relais, req.actor(), req.query.kind) }),
  );

  app.post(
    '/templates/preview',
    {
      schema: {
        tags: ['templates'],
        summary: 'A template or a text with its placeholders filled for a request',
        body: previewTemplateBody,
        response: { 200: previewResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => previewTemplate(relais, req.actor(), req.body),
  );

  app.get(
    '/admin/templates',
    {
      schema: {
        tags: ['templates'],
        summary: 'All response templates, inactive ones included',
        response: { 200: templateListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => ({ items: await listAllTemplates(relais, req.actor()) }),
  );

  app.post(
    '/admin/templates',
    {
      schema: {
        tags: ['templates'],
        summary: 'Create a response template',
        body: createTemplateBody,
        response: { 201: templateSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await createTemplate(relais, req.actor(), req.body)),
  );

  app.patch(
    '/admin/templates/:id',
    {
      schema: {
        tags: ['templates'],
        summary: 'Change a response template (only the fields given)',
        params: idParams,
        body: updateTemplateBody,
        response: { 200: templateSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => changeTemplate(relais, req.actor(), req.params.id, req.body),
  );

  app.delete(
    '/admin/templates/:id',
    {
      schema: {
        tags: ['templates'],
        summary: 'Delete a response template (or PATCH active: false to keep it aside)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await removeTemplate(relais, req.actor(), req.params.id);
      return reply.code(204).send(null);
    },
  );
};
