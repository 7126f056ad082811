/**
 * Roles are checked before any body is read: on every operation that takes a body, a role that may
 * never do it gets 403 even for a body that is not JSON, and the other roles get the parser's 400.
 * Written by hand from DOMAIN.md; a new operation must be added here.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/roles.js';
import { actAs, type Client } from '../helpers/http.js';
import { createTestRelais, type TestRelais } from '../helpers/relais.js';

const NOT_ADMINISTRATORS = ROLES.filter((r) => r !== 'administrator');

/** The roles refused, per operation taking a body (by its OpenAPI path). */
const REFUSED: Record<string, readonly Role[]> = {
  'POST /api/auth/login': [],
  'POST /api/auth/logout': [],
  'POST /api/requests': ['contractor', 'analyst'],
  'POST /api/photos': ['contractor', 'analyst'],
  'POST /api/requests/{id}/reports': ['contractor', 'analyst'],
  'POST /api/requests/{id}/comments': ['analyst'],
  'POST /api/requests/{id}/transitions': ['analyst'],
  'POST /api/requests/{id}/interventions': ['reception_agent', 'analyst'],
  'POST /api/requests/{id}/photos': ['analyst'],
  'POST /api/queue/bulk': ['reception_agent', 'contractor', 'analyst'],
  'POST /api/views': [],
  'POST /api/templates/preview': ['contractor', 'analyst'],
  'POST /api/glossary/suggest': ['contractor'],
};
const refusedAt = (operation: string): readonly Role[] =>
  operation.includes(' /api/admin/') ? NOT_ADMINISTRATORS : (REFUSED[operation] ?? []);

let t: TestRelais;
const clients = new Map<Role, Client>();
let operations: string[];

beforeAll(async () => {
  t = await createTestRelais();
  for (const role of ROLES) clients.set(role, await actAs(t.app, t.relais.db, role));
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .map((method) => `${method.toUpperCase()} ${path}`)
      .filter((operation) => /^(POST|PATCH|PUT) /.test(operation)),
  );
});
afterAll(() => t.close());

describe('roles before bodies', () => {
  it('lists every operation that takes a body (outside /api/admin) in this test', () => {
    const unlisted = operations.filter((o) => !o.includes(' /api/admin/') && !(o in REFUSED));
    expect(unlisted).toEqual([]);
  });

  it('answers 403 to a refused role before reading a body that is not even JSON, 400 to the others', async () => {
    const seen: string[] = [];
    for (const operation of operations.filter((o) => o !== 'POST /api/auth/login')) {
      const [method = '', path = ''] = operation.split(' ');
      const url = path.replace(/\{[^}]+\}/g, () => uuidv7());
      for (const role of ROLES) {
        const client = clients.get(role);
        if (!client) throw new Error(role);
        const res = await t.app.inject({
          method: method as 'POST',
          url,
          payload: '{"not json',
          headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/json' },
        });
        seen.push(`${operation} ${role} ${res.statusCode}`);
      }
    }
    const expected = operations
      .filter((o) => o !== 'POST /api/auth/login')
      .flatMap((operation) =>
        ROLES.map((role) => `${operation} ${role} ${refusedAt(operation).includes(role) ? 403 : 400}`),
      );
    expect(seen).toEqual(expected);
  });
});
