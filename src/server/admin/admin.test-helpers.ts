/** What the administration tests share: requests with any method, forms, and reading the audit log. */
import type { LightMyRequestResponse } from 'fastify';
import { uuidv7 } from 'uuidv7';
import type { Client } from '../../../test/helpers/http.js';
import type { TestRelais } from '../../../test/helpers/relais.js';

type Method = 'PATCH' | 'DELETE' | 'POST' | 'GET';

/** Sends as `client` (cookie and CSRF token), with a JSON payload or a raw body and its type. */
export function send(
  t: TestRelais,
  client: Client,
  method: Method,
  url: string,
  body?: { json: unknown } | { raw: string | Buffer; type: string },
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { cookie: client.cookie, 'x-csrf-token': client.csrfToken };
  if (body && 'raw' in body) headers['content-type'] = body.type;
  return t.app.inject({
    method,
    url,
    headers,
    ...(body ? { payload: 'json' in body ? (body.json as object) : body.raw } : {}),
  });
}

/** A multipart form holding one file (field "file"), as a browser sends it: a body for `send`. */
export function formWithFile(filename: string, content: string): { raw: string; type: string } {
  const boundary = `----relais${uuidv7()}`;
  const raw = [
    `--${boundary}`,
    `Content-Disposition: form-data; name="file"; filename="${filename}"`,
    'Content-Type: text/csv',
    '',
    content,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { raw, type: `multipart/form-data; boundary=${boundary}` };
}

/** The audit rows of one entity row, oldest first. */
export function auditOf(t: TestRelais, entityId: string) {
  return t.relais.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}
