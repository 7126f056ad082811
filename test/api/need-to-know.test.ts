/**
 * Need to know: requesters' contact details only for those in charge of the request (its department
 * and body, the receiving office and dispatcher of that body, administrators), the requester
 * look-up narrow, rate limited and audited, and what the requester reads (public comments, "after"
 * photos) only from those who act on the request.
 */

import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Status } from '../../src/core/lifecycle.js';
import type { Role } from '../../src/core/roles.js';
import { LOOKUPS_PER_MINUTE } from '../../src/server/intake/intake.routes.js';
import { makeBody, makeContractor, makeDepartment, makeRequest, type UserScopes } from '../helpers/factories.js';
import { actAs, type Client } from '../helpers/http.js';
import { createTestRelais, type TestRelais } from '../helpers/relais.js';

let t: TestRelais;
let body: { id: string };
let department: { id: string };
let otherBody: { id: string };
let otherDepartment: { id: string };
let contractor: { id: string };

beforeAll(async () => {
  t = await createTestRelais();
  const { db } = t.relais;
  body = await makeBody(db);
  department = await makeDepartment(db, { bodyId: body.id });
  otherBody = await makeBody(db, { name: 'Caen la mer' });
  otherDepartment = await makeDepartment(db, { bodyId: body.id, name: 'Espaces verts' });
  contractor = await makeContractor(db);
});
afterAll(() => t.close());

/** A request of the body and department, sent to the contractor, whose requester agreed to be kept. */
async function requestOf(name: string, overrides: { status?: Status } = {}) {
  const request = await makeRequest(t.relais.db, {
    status: overrides.status ?? 'sent_to_contractor',
    bodyId: body.id,
    departmentId: department.id,
    contractorId: contractor.id,
  });
  await t.relais.db
    .updateTable('requests')
    .set({
      requester_name: name,
      requester_email: 'resident@example.org',
      requester_consent: 1,
    })
    .where('id', '=', request.id)
    .execute();
  return request;
}

const READERS: [string, Role, () => UserScopes, boolean][] = [
  ['a reception agent of the body', 'reception_agent', () => ({ bodyId: body.id }), true],
  ['a reception agent of another body', 'reception_agent', () => ({ bodyId: otherBody.id }), false],
  ['a dispatcher of the body', 'dispatcher', () => ({ bodyId: body.id }), true],
  ['a dispatcher of another body', 'dispatcher', () => ({ bodyId: otherBody.id }), false],
  ['an agent of the department', 'department_agent', () => ({ bodyId: body.id, departmentId: department.id }), true],
  [
    'an agent of another department',
    'department_agent',
    () => ({ bodyId: body.id, departmentId: otherDepartment.id }),
    false,
  ],
  ['a technician of another department', 'field_technician', () => ({ departmentId: otherDepartment.id }), false],
  ['a manager of the body', 'manager', () => ({ bodyId: body.id }), true],
  ['a manager of another body', 'manager', () => ({ bodyId: otherBody.id }), false],
  ['the contractor of the order', 'contractor', () => ({ contractorId: contractor.id }), false],
  ['an analyst', 'analyst', () => ({}), false],
  ['an administrator', 'administrator', () => ({}), true],
];

describe("requesters' contact details", () => {
  it.each(READERS)(
    '%s: sees them on the detail, the list and the CSV only when in charge',
    async (_who, role, scopes, sees) => {
      const name = `Hélène Durand ${role}`;
      const request = await requestOf(name);
      const client = await actAs(t.app, t.relais.db, role, scopes());

      const detail = await client.get(`/api/requests/${request.id}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.json().request.requester?.name ?? null).toBe(sees ? name : null);

      const list = await client.get('/api/requests?limit=200');
      const item = (list.json().items as { id: string; requester: { name: string } | null }[]).find(
        (r) => r.id === request.id,
      );
      expect(item?.requester?.name ?? null).toBe(sees ? name : null);

      const csv = await client.get('/api/requests.csv');
      expect(csv.body.includes(name)).toBe(sees);
    },
  );

  it('does not find a request by its requester for a reader who may not see them', async () => {
    await requestOf('Zéphyrin Quatremère');
    const outsider = await actAs(t.app, t.relais.db, 'dispatcher', { bodyId: otherBody.id });
    const insider = await actAs(t.app, t.relais.db, 'dispatcher', { bodyId: body.id });
    expect((await outsider.get('/api/requests?q=Quatremere')).json().items).toEqual([]);
    expect((await insider.get(`/api/requests?q=Quatremere&bodyId=${body.id}`)).json().items).toHaveLength(1);
  });
});

describe('GET /api/intake/requesters', () => {
  it('answers 400 to fewer than 3 characters', async () => {
    const reception = await actAs(t.app, t.relais.db, 'reception_agent', { bodyId: body.id });
    const res = await reception.get('/api/intake/requesters?q=du');
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('querystring.q');
  });

  it("answers at most 5, only from the agent's body, and writes who looked up what in the audit log", async () => {
    for (let i = 0; i < 7; i++) await requestOf(`Anatole Vasseur ${i}`);
    const reception = await actAs(t.app, t.relais.db, 'reception_agent', { bodyId: body.id });
    const found = await reception.get('/api/intake/requesters?q=vasseur');
    expect(found.statusCode).toBe(200);
    expect(found.json().items).toHaveLength(5);

    const elsewhere = await actAs(t.app, t.relais.db, 'reception_agent', { bodyId: otherBody.id });
    expect((await elsewhere.get('/api/intake/requesters?q=vasseur')).json().items).toEqual([]);

    const admin = await actAs(t.app, t.relais.db, 'administrator');
    const audit = (await admin.get('/api/admin/audit?entity=requester_lookups')).json().items as {
      actor: { id: string };
      action: string;
      after: { q: string; shown: string[] };
    }[];
    const mine = audit.find((e) => e.actor.id === reception.userId);
    expect(mine).toMatchObject({ action: 'lookup', after: { q: 'vasseur' } });
    expect(mine?.after.shown).toHaveLength(5);
    expect(audit.find((e) => e.actor.id === elsewhere.userId)?.after).toEqual({ q: 'vasseur', shown: [] });
  });

  it('refuses contractors and analysts', async () => {
    for (const role of ['contractor', 'analyst'] as const) {
      const client = await actAs(t.app, t.relais.db, role);
      expect((await client.get('/api/intake/requesters?q=vasseur')).statusCode).toBe(403);
    }
  });

  it(`answers 429 past ${LOOKUPS_PER_MINUTE} look-ups a minute by one user`, async () => {
    const reception = await actAs(t.app, t.relais.db, 'reception_agent', { bodyId: body.id });
    const codes = new Set<number>();
    for (let i = 0; i <= LOOKUPS_PER_MINUTE; i++)
      codes.add((await reception.get(`/api/intake/requesters?q=abc${i}`)).statusCode);
    expect(codes).toEqual(new Set([200, 429]));
    const colleague = await actAs(t.app, t.relais.db, 'reception_agent', { bodyId: body.id });
    expect((await colleague.get('/api/intake/requesters?q=abc')).statusCode).toBe(200);
  });
});

describe('what the requester reads comes from those who act on the request', () => {
  const photo = async (client: Client, requestId: string, kind: string) => {
    const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
    return (await client.post(`/api/requests/${requestId}/photos`, form)).statusCode;
  };
  const publicComment = async (client: Client, requestId: string) =>
    (await client.post(`/api/requests/${requestId}/comments`, { body: 'Intervention lundi', public: true })).statusCode;

  it.each([
    ['a reception agent', 'reception_agent', () => ({ bodyId: body.id }), 403, 403],
    ['an agent of another department', 'department_agent', () => ({ departmentId: otherDepartment.id }), 403, 403],
    ['an agent of the department', 'department_agent', () => ({ departmentId: department.id }), 201, 201],
    ['a manager of another body', 'manager', () => ({ bodyId: otherBody.id }), 403, 403],
    ['the contractor of the order', 'contractor', () => ({ contractorId: contractor.id }), 403, 201],
  ] as const)('%s: public comment, then "after" photo', async (_who, role, scopes, comment, after) => {
    const request = await requestOf('Paul Lemoine');
    const client = await actAs(t.app, t.relais.db, role, scopes());
    expect(await publicComment(client, request.id)).toBe(comment);
    expect(await photo(client, request.id, 'after')).toBe(after);
  });

  it('still lets a reception agent add the report photos a resident brings', async () => {
    const request = await requestOf('Paul Lemoine');
    const reception = await actAs(t.app, t.relais.db, 'reception_agent', { bodyId: body.id });
    expect(await photo(reception, request.id, 'report')).toBe(201);
  });
});
