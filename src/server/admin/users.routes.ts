import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminUserSchema, passwordResetBody, userInput, userPatch } from '../../core/api/admin.js';
import { errorResponses, idParams } from '../../core/api/common.js';
import { entityRoutes } from './entity.routes.js';
import { users } from './users.entity.js';
import { createUser, resetPassword, setUserDisabled, updateUser } from './users.service.js';

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;
  await app.register(
    entityRoutes({
      path: '/users',
      plural: 'users',
      def: users,
      dto: adminUserSchema,
      body: userInput,
      patch: userPatch,
      create: createUser,
      update: updateUser,
    }),
  );

  for (const disabled of [true, false]) {
    app.post(
      `/users/:id/${disabled ? 'disable' : 'enable'}`,
      {
        schema: {
          tags: ['admin'],
          summary: disabled ? 'Disable a user: all their sessions end at once' : 'Enable a disabled user',
          params: idParams,
          response: { 200: adminUserSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => setUserDisabled(relais, req.actor(), req.params.id, disabled),
    );
  }

  app.post(
    '/users/:id/password',
    {
      schema: {
        tags: ['admin'],
        summary: "Set a user's new password: their sessions end",
        params: idParams,
        body: passwordResetBody,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await resetPassword(relais, req.actor(), req.params.id, req.body.password);
      return reply.code(204).send(null);
    },
  );
};
