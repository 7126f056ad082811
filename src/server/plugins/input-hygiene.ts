/**
 * One gate for every text a client sends, on every route: request bodies in another charset than
 * UTF-8 are refused (415), and control characters (NUL and the others, but tab and new lines, which
 * long texts keep) are refused with a 400 naming the field, whatever the route's own schema says.
 * PostgreSQL refuses NUL in text, and no field of Relais has a use for the others.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest, HttpError } from '../errors.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Throws 400 if `value` (a string, or strings and keys inside arrays and objects) holds a control character. */
export function refuseControlCharacters(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const found = CONTROL.exec(value);
    if (found) {
      const message = `control character ${codePoint(found[0])} not allowed`;
      throw badRequest(`${path}: ${message}`, [{ path, message }]);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      refuseControlCharacters(item, `${path}.${i}`);
    });
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value) && !('pipe' in value)) {
    for (const [key, item] of Object.entries(value)) {
      refuseControlCharacters(key, `${path} key`);
      refuseControlCharacters(item, `${path}.${key}`);
    }
  }
}

const UTF8 = new Set(['utf-8', 'utf8']);

function refuseOtherCharsets(req: FastifyRequest): void {
  const type = req.headers['content-type'];
  if (!type) return;
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(type)?.[1];
  if (charset !== undefined && !UTF8.has(charset.toLowerCase())) {
    throw new HttpError(415, `charset=${charset}: send the body in UTF-8`);
  }
}

export const inputHygienePlugin = fp(async (app: FastifyInstance) => {
  // After onRequest (who may call the route), before the body is read.
  app.addHook('preParsing', async (req) => refuseOtherCharsets(req));
  app.addHook('preValidation', async (req) => {
    refuseControlCharacters(req.params, 'params');
    refuseControlCharacters(req.query, 'query');
    refuseControlCharacters(req.body, 'body');
  });
});
