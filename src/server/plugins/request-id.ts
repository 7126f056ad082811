/**
 * One id per HTTP request, in every log line of that request (Fastify's child logger carries it as `reqId`)
 * and in the `x-request-id` answer header, so a user's report, a proxy's log and ours meet.
 * An id sent by a proxy or a client is kept when it is short and plain; anything else is replaced,
 * since it lands in logs and headers.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && ACCEPTED_ID.test(sent) ? sent : randomUUID();
}

/** Fastify constructor options: the id is ours to check, so Fastify must not take the header as is. */
export const requestIdOptions = {
  requestIdHeader: false,
  genReqId: requestIdOf,
} as const;

export const requestIdPlugin = fp(async (app: FastifyInstance) => {
  // Set before anything answers, so errors and hijacked streams (server-sent events) carry it too.
  app.addHook('onRequest', async (req, reply) => {
    reply.header(REQUEST_ID_HEADER, req.id);
  });
});
