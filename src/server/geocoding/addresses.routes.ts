/**
 * The local address index under /api/admin/addresses (registered by the administration's routes,
 * whose hook refuses non-administrators before any upload is read).
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ADDRESS_FILE_MAX_BYTES, addressesImportResponse, addressIndexSchema } from '../../core/api/addresses.js';
import { errorResponses } from '../../core/api/common.js';
import { attachment } from '../admin/imports.routes.js';
import { addressIndex, exportAddresses, importAddressFile } from './addresses.service.js';
import { withUpload } from './addresses.upload.js';

const MAX_MB = ADDRESS_FILE_MAX_BYTES / 1024 / 1024;

export const addressesRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;
  const uploads = path.join(relais.config.dataDir, 'uploads');
  // Its limits are given by withUpload, which reads the form.
  await app.register(fastifyMultipart);
  // The body is handed over unread: withUpload copies it to disk as it arrives.
  app.addContentTypeParser('text/csv', (_req, payload, done) => done(null, payload));

  app.get(
    '/addresses',
    {
      schema: {
        tags: ['admin'],
        summary: 'What the local address index holds: { count, cities: [{ citycode, city, count }] }, communes by name',
        response: { 200: addressIndexSchema, ...errorResponses(401, 403) },
      },
    },
    async (req) => addressIndex(relais, req.actor()),
  );

  app.post(
    '/addresses.csv',
    {
      schema: {
        tags: ['admin'],
        summary: `Import a BAN addresses CSV (adresse.data.gouv.fr, ";"-separated, UTF-8) sent as a text/csv body or as the one file of a multipart form (its name is kept in the audit log), at most ${MAX_MB} MB: addresses upserted by BAN id, all or nothing. Answers { imported, count }; 400 names the bad line ("line 12: lat: …") and imports nothing; 413 above ${MAX_MB} MB; 415 for another content type`,
        consumes: ['text/csv', 'multipart/form-data'],
        response: { 200: addressesImportResponse, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (req) =>
      withUpload(req, uploads, (upload) =>
        importAddressFile(relais, req.actor(), {
          input: fs.createReadStream(upload.file),
          fileName: upload.fileName,
        }),
      ),
  );

  app.get(
    '/addresses.csv',
    {
      schema: {
        tags: ['admin'],
        summary:
          'The local address index as a BAN CSV (";"-separated, UTF-8, no BOM; columns id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat; 99999 for places without a number), in BAN id order: importing it again changes nothing',
        produces: ['text/csv'],
        response: { 200: z.string(), ...errorResponses(401, 403) },
      },
    },
    async (req, reply) =>
      attachment(reply, 'text/csv; charset=utf-8', 'adresses.csv').send(exportAddresses(relais, req.actor())),
  );
};
