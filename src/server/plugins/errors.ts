import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from '../errors.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** One shape for every error: {statusCode, error, message, issues?}; 5xx details stay in the log. */
export function errorHandler(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'input';
    const issues = error.validation.map((v) => ({
      path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    return reply.code(400).send({
      statusCode: 400,
      error: REASONS[400],
      message: issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      issues,
    });
  }
  const statusCode = error instanceof HttpError ? error.statusCode : (error.statusCode ?? 500);
  if (error instanceof HttpError && error.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(Math.ceil(error.retryAfterSeconds)));
  }
  if (statusCode >= 500 && !(error instanceof HttpError)) {
    req.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send({ statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on the server' });
  }
  const issues = error instanceof HttpError ? error.issues : undefined;
  return reply
    .code(statusCode)
    .send({ statusCode, error: REASONS[statusCode] ?? 'Error', message: error.message, ...(issues ? { issues } : {}) });
}
