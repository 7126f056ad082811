/**
 * Glossary CSV and territories GeoJSON, exported and imported. A refused import answers 400
 * with every problem in `issues`, each naming its row (and column) or feature.
 */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  glossaryImportResponse,
  importErrorSchema,
  territoriesImportResponse,
  territoryCollectionBody,
  territoryCollectionSchema,
} from '../../core/api/admin.js';
import { errorResponses } from '../../core/api/common.js';
import { badRequest } from '../errors.js';
import { errorHandler } from '../plugins/errors.js';
import { readingForm } from '../plugins/forms.js';
import { exportGlossary, importGlossary } from './glossary-import.service.js';
import { ImportRejected } from './import-problems.js';
import { exportTerritories, importTerritories } from './territories-geojson.service.js';

const CSV_LIMIT = 5 * 1024 * 1024;
// Real neighbourhood boundaries run to thousands of points each.
const GEOJSON_LIMIT = 20 * 1024 * 1024;

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest('The file is not UTF-8 text: in your spreadsheet, save it as "CSV UTF-8"');
  }
}

/** The CSV sent as the body (text/csv) or as the one file of a multipart form. */
async function csvOf(req: FastifyRequest): Promise<string> {
  if (req.isMultipart()) {
    const bytes = await readingForm(async () => {
      const file = await req.file();
      if (!file) throw badRequest('file: the form holds no file');
      return file.toBuffer();
    });
    return decodeUtf8(bytes);
  }
  if (!Buffer.isBuffer(req.body)) throw badRequest('Send the CSV as text/csv, or as a file in a multipart form');
  return decodeUtf8(req.body);
}

/** Sets the type, and a file name for the browser to save the answer under. */
export const attachment = (reply: FastifyReply, type: string, filename: string) =>
  reply.type(type).header('content-disposition', `attachment; filename="${filename}"`);

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;
  // Another feature may have registered multipart for the whole app already.
  if (!app.hasContentTypeParser('multipart/form-data')) {
    await app.register(fastifyMultipart, { limits: { fileSize: CSV_LIMIT, files: 1 } });
  }
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: CSV_LIMIT }, (_req, body, done) =>
    done(null, body),
  );
  app.addContentTypeParser(
    'application/geo+json',
    { parseAs: 'string', bodyLimit: GEOJSON_LIMIT },
    app.getDefaultJsonParser('error', 'error'),
  );
  app.setErrorHandler<FastifyError>((error, req, reply) => {
    if (error instanceof ImportRejected) {
      return reply
        .code(400)
        .send({ statusCode: 400, error: 'Bad Request', message: error.message, issues: error.problems });
    }
    return errorHandler(error, req, reply);
  });

  app.get(
    '/glossary.csv',
    {
      schema: {
        tags: ['admin'],
        summary: 'The glossary as CSV: one row per category (";"-separated, UTF-8 with BOM, lists joined by "|")',
        produces: ['text/csv'],
        response: { 200: z.string(), ...errorResponses(401, 403, 413, 415) },
      },
    },
    async (req, reply) =>
      attachment(reply, 'text/csv; charset=utf-8', 'glossaire.csv').send(await exportGlossary(relais, req.actor())),
  );

  app.post(
    '/glossary.csv',
    {
      schema: {
        tags: ['admin'],
        summary:
          'Import the glossary CSV (text/csv body or multipart file): families and categories upserted by code, all or nothing',
        consumes: ['text/csv', 'multipart/form-data'],
        response: { 200: glossaryImportResponse, 400: importErrorSchema, ...errorResponses(401, 403, 413, 415) },
      },
    },
    async (req) => importGlossary(relais, req.actor(), await csvOf(req)),
  );

  app.get(
    '/territories.geojson',
    {
      schema: {
        tags: ['admin'],
        summary: 'Territories as a GeoJSON FeatureCollection (properties: code, name)',
        response: { 200: territoryCollectionSchema, ...errorResponses(401, 403, 413, 415) },
      },
    },
    async (req, reply) =>
      attachment(reply, 'application/geo+json', 'territoires.geojson').send(
        await exportTerritories(relais, req.actor()),
      ),
  );

  app.post(
    '/territories.geojson',
    {
      bodyLimit: GEOJSON_LIMIT,
      schema: {
        tags: ['admin'],
        summary:
          'Import territories from a GeoJSON FeatureCollection (properties.code, properties.name; Polygon or MultiPolygon): upserted by code, all or nothing',
        consumes: ['application/json', 'application/geo+json'],
        body: territoryCollectionBody,
        response: { 200: territoriesImportResponse, 400: importErrorSchema, ...errorResponses(401, 403, 413, 415) },
      },
    },
    async (req) => importTerritories(relais, req.actor(), req.body),
  );
};
