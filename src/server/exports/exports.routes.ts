import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.js';
import { exportRequestsQuery } from '../../core/api/exports.js';
import { parisDay } from '../../core/time.js';
import { requestsCsv } from './requests-csv.js';

/**
 * Sends the lines as a CSV download. The first line is awaited before the answer starts, so that a
 * refusal is an error answer, not a broken download.
 */
async function sendCsv(reply: FastifyReply, filename: string, lines: AsyncGenerator<string>) {
  const first = await lines.next();
  async function* all() {
    if (!first.done) yield first.value;
    yield* lines;
  }
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(Readable.from(all()));
}

export const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const relais = app.relais;

  app.get(
    '/requests.csv',
    {
      schema: {
        tags: ['requests'],
        summary: 'The requests matching the list filters, every page, as CSV (";"-separated, UTF-8 with BOM)',
        querystring: exportRequestsQuery,
        produces: ['text/csv'],
        response: errorResponses(400, 401, 403),
      },
    },
    async (req, reply) => {
      const { lang, ...filters } = req.query;
      return sendCsv(reply, `demandes-${parisDay(new Date())}.csv`, requestsCsv(relais, req.actor(), filters, lang));
    },
  );
};
