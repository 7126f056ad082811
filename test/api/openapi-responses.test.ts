/**
 * The error answers the OpenAPI document lists, route by route: each route states its own statuses
 * (`errorResponses(...)`), and the document must keep listing exactly those, in the one error shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRelais, type TestRelais } from '../helpers/relais.js';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

let t: TestRelais;
let paths: Record<string, Record<string, Operation>>;

beforeAll(async () => {
  t = await createTestRelais();
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  paths = res.json().paths;
});
afterAll(() => t.close());

const operation = (method: string, path: string): Operation => {
  const op = paths[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI document`);
  return op;
};
const statuses = (method: string, path: string) => Object.keys(operation(method, path).responses);
/** The schema of an answer, whatever content type the route produces. */
const schemaOf = (method: string, path: string, status: string) =>
  Object.values(operation(method, path).responses[status]?.content ?? {})[0]?.schema;

const errorShape = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: expect.objectContaining({ statusCode: { type: 'number' }, issues: expect.any(Object) }),
};

describe('the documented responses', () => {
  it.each([
    ['post', '/api/requests', ['200', '201', '400', '401', '403', '404', '422']],
    ['get', '/api/requests/{id}', ['200', '400', '401', '403', '404']],
    ['post', '/api/requests/{id}/transitions', ['200', '400', '401', '403', '404', '409']],
    ['post', '/api/requests/{id}/reports', ['201', '400', '401', '403', '404', '409']],
    ['post', '/api/views', ['201', '400', '401', '403', '404', '409']],
    ['delete', '/api/admin/templates/{id}', ['204', '400', '401', '403', '404']],
    ['get', '/api/glossary', ['200', '400', '401', '403']],
    ['get', '/api/map/clusters', ['200', '400', '401', '403']],
    ['delete', '/api/admin/bodies/{id}', ['204', '400', '401', '403', '404', '409']],
    ['post', '/api/admin/users/{id}/password', ['204', '400', '401', '403', '404', '409']],
    ['get', '/api/admin/glossary.csv', ['200', '401', '403', '413', '415']],
    ['post', '/api/auth/login', ['200', '401']],
    ['get', '/api/tracking/{token}', ['200', '400', '404', '429']],
    ['get', '/api/tracking/{token}/photos/{photoId}', ['400', '404', '429']],
    ['get', '/metrics', ['200', '401', '404']],
  ])('%s %s answers %j', (method, path, expected) => {
    expect(statuses(method, path)).toEqual(expected);
    for (const status of expected.filter((s) => Number(s) >= 400)) {
      expect(schemaOf(method, path, status), status).toMatchObject(errorShape);
    }
  });

  it('documents the probes: /healthz always 200, /readyz 200 or 503 with the same readiness shape', () => {
    expect(statuses('get', '/healthz')).toEqual(['200']);
    expect(statuses('get', '/readyz')).toEqual(['200', '503']);
    expect(schemaOf('get', '/readyz', '503')).toEqual(schemaOf('get', '/readyz', '200'));
    expect(schemaOf('get', '/readyz', '503')).toMatchObject({ required: ['ready', 'database', 'migrations'] });
  });

  it('documents the import refusal with the row, column or feature of each problem', () => {
    const refusal = schemaOf('post', '/api/admin/glossary.csv', '400') as { properties: { issues: unknown } };
    expect(refusal.properties.issues).toMatchObject({
      items: { properties: expect.objectContaining({ row: expect.any(Object), feature: expect.any(Object) }) },
    });
  });
});
