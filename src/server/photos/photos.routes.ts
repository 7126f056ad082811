import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema, idParams } from '../../core/api/common.js';
import { photosResponse } from '../../core/api/photos.js';
import { imagePool } from './image-pool.js';
import { addPendingPhotos, addPhotos, listRequestPhotos, type PhotoFile, readPhoto } from './photos.service.js';
import { MAX_FILES, readPhotoUpload } from './upload.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const uploadErrors = { ...errors, 413: errorSchema, 415: errorSchema, 429: errorSchema, 503: errorSchema };

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
  const images = imagePool({ threads: relais.config.images.workers, queue: relais.config.images.queue });
  app.addHook('onClose', () => images.close());
  // Per user rather than per address (a whole office may share one), and one count for both routes.
  const uploadLimit = app.rateLimit({
    max: relais.config.images.uploadsPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (req: FastifyRequest) => req.auth?.user.id ?? req.ip,
  });

  app.post(
    '/requests/:id/photos',
    {
      onRequest: uploadLimit,
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
      const photos = await addPhotos(relais, images, req.actor(), req.params.id, kind, files);
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
      onRequest: uploadLimit,
      schema: {
        tags: ['photos'],
        summary: 'Upload photos before the request exists (intake form); POST /api/requests claims them by photoIds',
        consumes: ['multipart/form-data'],
        response: { 201: photosResponse, ...uploadErrors },
      },
    },
    async (req, reply) => {
      const { files } = await readPhotoUpload(req, relais.config.photoMaxBytes);
      return reply.code(201).send({ photos: await addPendingPhotos(relais, images, req.actor(), files) });
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
