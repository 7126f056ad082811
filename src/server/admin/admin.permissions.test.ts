import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContractor, makeUser } from '../../../test/helpers/factories.js';
import { actAs } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { ROLES } from '../../core/roles.js';
import { send } from './admin.test-helpers.js';

let t: TestRelais;
beforeAll(async () => {
  t = await createTestRelais();
});
afterAll(() => t.close());

/** A sample of the administration's routes: reads, writes, imports and exports. */
const endpoints = (ids: { userId: string; contractorId: string }) =>
  [
    ['GET', '/api/admin/bodies', undefined],
    ['POST', '/api/admin/categories', { json: { code: 'x' } }],
    ['PATCH', `/api/admin/families/${uuidv7()}`, { json: { name: 'X' } }],
    ['DELETE', `/api/admin/contractors/${ids.contractorId}`, undefined],
    ['POST', `/api/admin/users/${ids.userId}/disable`, undefined],
    ['GET', '/api/admin/audit', undefined],
    ['GET', '/api/admin/glossary.csv', undefined],
    ['POST', '/api/admin/glossary.csv', { raw: 'family_code\n', type: 'text/csv' }],
    ['POST', '/api/admin/territories.geojson', { json: { type: 'FeatureCollection', features: [] } }],
    ['GET', '/api/admin/addresses', undefined],
    ['GET', '/api/admin/addresses.csv', undefined],
    ['POST', '/api/admin/addresses.csv', { raw: 'id;numero\n', type: 'text/csv' }],
    ['POST', `/api/admin/messages/${uuidv7()}/resend`, undefined],
    ['GET', '/api/admin/notices', undefined],
    ['PATCH', '/api/admin/notices', { json: [{ eventType: 'started', tellsRequester: true }] }],
  ] as const;

describe('the administration is for administrators only', () => {
  const others = ROLES.filter((role) => role !== 'administrator');

  it.each(others)('returns 403 to a %s on every sampled endpoint, and changes nothing', async (role) => {
    const contractor = await makeContractor(t.relais.db);
    const target = await makeUser(t.relais.db, 'dispatcher');
    const client = await actAs(t.app, t.relais.db, role, role === 'contractor' ? { contractorId: contractor.id } : {});
    for (const [method, url, body] of endpoints({ userId: target.id, contractorId: contractor.id })) {
      const res = await send(t, client, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    const audit = await t.relais.db
      .selectFrom('audit_log')
      .select('id')
      .where('actor_id', '=', client.userId)
      .execute();
    expect(audit).toEqual([]);
  });

  it('lets an administrator reach the same endpoints', async () => {
    const contractor = await makeContractor(t.relais.db);
    const target = await makeUser(t.relais.db, 'dispatcher');
    const admin = await actAs(t.app, t.relais.db, 'administrator');
    for (const [method, url, body] of endpoints({ userId: target.id, contractorId: contractor.id })) {
      const res = await send(t, admin, method, url, body);
      expect([200, 201, 204, 400, 404], `${method} ${url}: ${res.body}`).toContain(res.statusCode);
    }
  });

  it('returns 401 to someone not signed in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/bodies' });
    expect(res.statusCode).toBe(401);
  });
});
