import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema, idParams } from '../../core/api/common.js';
import { photosResponse } from '../../core/api/photos.js';
import { addPendingPhotos, addPhotos, listRequestPhotos, type PhotoFile, readPhoto } from './photos.service.js';
import { MAX_FILES, readPhotoUpload } from './upload.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const uploadErrors = { ...errors, 413: errorSchema, 415: errorSchema };

export function sendImage(reply: FastifyReply, file: PhotoFile, audience: 'private' | 'public' = 'private') {
  return (
    reply
      .header('content-type', file.mime)
      // The URL's bytes never change (a new photo gets a new id); staff photos stay in this browser.
      .header('cache-control', `${audience}, max-age=31536000, immutable`)
      .header('etag', `"${file.hash}"`)
      .send(file.bytes)
  );
}

export const photosRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;
  await app.register(fastifyMultipart, {
    limits: { fileSize: relais.config.photoMaxBytes, files: MAX_FILES, fields: 5 },
  });

  app.post(
    '/requests/:id/photos',
    {
      schema: {
        tags: ['photos'],
        summary: 'Add photos to a request (multipart/form-data: files, and kind = report, before or after)',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: photosResponse, ...uploadErrors },
      },
    },
    async (req, reply) => {
      const { kind, files } = await readPhotoUpload(req, relais.config.photoMaxBytes);
      const photos = await addPhotos(relais, req.actor(), req.params.id, kind, files);
      return reply.code(201).send({ photos });
    },
  );

  app.get(
    '/requests/:id/photos',
    {
      schema: {
        tags: ['photos'],
        summary: 'The photos of a request, oldest first',
        params: idParams,
        response: { 200: photosResponse, ...errors },
      },
    },
    async (req) => ({ photos: await listRequestPhotos(relais, req.actor(), req.params.id) }),
  );

  app.post(
    '/photos',
    {
      schema: {
        tags: ['photos'],
        summary: 'Upload photos before the request exists (intake form); POST /api/requests claims them by photoIds',
        consumes: ['multipart/form-data'],
        response: { 201: photosResponse, ...uploadErrors },
      },
    },
    async (req, reply) => {
      const { files } = await readPhotoUpload(req, relais.config.photoMaxBytes);
      return reply.code(201).send({ photos: await addPendingPhotos(relais, req.actor(), files) });
    },
  );

  app.get(
    '/photos/:id',
    { schema: { tags: ['photos'], summary: 'The photo (JPEG)', params: idParams, response: errors } },
    async (req, reply) => sendImage(reply, await readPhoto(relais, req.actor(), req.params.id, 'full')),
  );

  app.get(
    '/photos/:id/thumbnail',
    { schema: { tags: ['photos'], summary: 'The photo, 320 px at most', params: idParams, response: errors } },
    async (req, reply) => sendImage(reply, await readPhoto(relais, req.actor(), req.params.id, 'thumbnail')),
  );
};
