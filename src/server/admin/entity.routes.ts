/** The same four routes for every entity: list, create, update (patch), delete. */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponses, idParams } from '../../core/api/common.js';
import type { Actor } from '../../core/roles.js';
import type { Relais } from '../context.js';
import type { EntityDef } from './entity.js';
import { createEntity, listEntities, removeEntity, updateEntity } from './entity.service.js';

/**
 * The body as its route schema validated and parsed it. Neither the zod type provider nor Fastify
 * can compute request types through this file's type parameters, hence the one assertion.
 */
const validBody = <T>(req: FastifyRequest): T => req.body as T;

export interface EntityRoutes<Dto extends { id: string }, Input, New extends Input, Body> {
  /** URL path under /api/admin, plural: `/departments`. */
  path: string;
  /** Plural noun for the documentation: `departments`. */
  plural: string;
  def: EntityDef<Dto, Input, New>;
  dto: z.ZodType<Dto>;
  body: z.ZodType<Body>;
  patch: z.ZodType<Partial<Input>>;
  create(relais: Relais, actor: Actor, body: Body): Promise<Dto>;
  update?(relais: Relais, actor: Actor, id: string, patch: Partial<Input>): Promise<Dto>;
}

/** Routes of an entity whose create body is its input (everything but users). */
export function plainEntityRoutes<Dto extends { id: string }, Input>(
  spec: Omit<EntityRoutes<Dto, Input, Input, Input>, 'create' | 'body'> & { body: z.ZodType<Input> },
): FastifyPluginAsync {
  return entityRoutes({ ...spec, create: (relais, actor, body) => createEntity(relais, actor, spec.def, body) });
}

export function entityRoutes<Dto extends { id: string }, Input, New extends Input, Body>(
  spec: EntityRoutes<Dto, Input, New, Body>,
): FastifyPluginAsync {
  const { path, plural, def } = spec;
  const update = spec.update ?? ((relais, actor, id, patch) => updateEntity(relais, actor, def, id, patch));
  return async (app) => {
    const relais = app.relais;
    const tags = ['admin'];

    app.get(
      path,
      {
        schema: {
          tags,
          summary: `All ${plural}`,
          response: { 200: z.array(spec.dto), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => listEntities(relais, req.actor(), def),
    );

    app.post(
      path,
      {
        schema: {
          tags,
          summary: `Create one of the ${plural}`,
          body: spec.body,
          response: { 201: spec.dto, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req, reply) => reply.code(201).send(await spec.create(relais, req.actor(), validBody<Body>(req))),
    );

    app.patch<{ Params: { id: string } }>(
      `${path}/:id`,
      {
        schema: {
          tags,
          summary: `Change one of the ${plural}: only the fields sent`,
          params: idParams,
          body: spec.patch,
          response: { 200: spec.dto, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => update(relais, req.actor(), req.params.id, validBody<Partial<Input>>(req)),
    );

    const { removal } = def;
    if (removal) {
      app.delete<{ Params: { id: string } }>(
        `${path}/:id`,
        {
          schema: {
            tags,
            summary:
              removal.kind === 'delete'
                ? `Delete one of the ${plural} (409 while anything still uses it)`
                : `Deactivate one of the ${plural}`,
            params: idParams,
            response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
          },
        },
        async (req, reply) => {
          await removeEntity(relais, req.actor(), { ...def, removal }, req.params.id);
          return reply.code(204).send(null);
        },
      );
    }
  };
}
