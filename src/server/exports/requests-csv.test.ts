import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeBody,
  makeCategory,
  makeContractor,
  makeDepartment,
  makeRequest,
} from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';

let t: TestRelais;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais();
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

/** A body of its own, so that a filter on it selects this test's requests only. */
async function ownBody() {
  const db = t.relais.db;
  const body = await makeBody(db, { name: 'Ville de Caen' });
  const department = await makeDepartment(db, { bodyId: body.id, name: 'Direction de la voirie' });
  const category = await makeCategory(db, { departmentId: department.id, name: 'Nid-de-poule' });
  return { body, department, category };
}

async function download(client: Client, query: string) {
  const res = await client.get(`/api/requests.csv?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="demandes-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(res.body.startsWith('\uFEFF')).toBe(true);
  return parse(res.body, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];
}

describe('exporting the requests list as CSV', () => {
  it('writes the filtered requests newest first, in French words, with the contact for those allowed', async () => {
    const { body, department, category } = await ownBody();
    const db = t.relais.db;
    const base = { bodyId: body.id, departmentId: department.id, categoryId: category.id };
    const older = await makeRequest(db, { ...base, status: 'accepted', createdAt: '2026-03-01T09:30:00.000Z' });
    const newer = await makeRequest(db, {
      ...base,
      status: 'in_progress',
      origin: 'phone',
      createdAt: '2026-03-02T16:05:00.000Z',
      description: '=HYPERLINK("http://evil.example")',
    });
    await makeRequest(db, { ...base, status: 'closed', createdAt: '2026-03-03T09:00:00.000Z' });

    const rows = await download(dispatcher, `bodyId=${body.id}&status=accepted&status=in_progress`);
    expect(rows[0]).toEqual([
      'Référence',
      'Créée le',
      'Statut',
      'Origine',
      'Priorité',
      'Échéance',
      'Organisme',
      'Direction',
      'Territoire',
      'Catégorie',
      'Adresse',
      'Latitude',
      'Longitude',
      'Description',
      'Demandeur',
      'E-mail',
      'Téléphone',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([newer.reference, older.reference]);
    expect(rows[1]).toEqual([
      newer.reference,
      '2026-03-02 17:05',
      'En cours',
      'Téléphone',
      'Normale',
      '',
      'Ville de Caen',
      'Direction de la voirie',
      '',
      'Nid-de-poule',
      '12 rue Saint-Pierre, Caen',
      '49.1838',
      '-0.3633',
      // A spreadsheet would run it as a formula: it is kept as text.
      `'=HYPERLINK("http://evil.example")`,
      'Jeanne Martin',
      'jeanne.martin@example.org',
      '',
    ]);
  });

  it('leaves the contact out for readers who may not see it, and speaks English when asked', async () => {
    const { body } = await ownBody();
    const request = await makeRequest(t.relais.db, { bodyId: body.id, status: 'new' });
    const analyst = await actAs(t.app, t.relais.db, 'analyst');
    const rows = await download(analyst, `bodyId=${body.id}&lang=en`);
    expect(rows[0]).toHaveLength(14);
    expect(rows[0]?.slice(0, 3)).toEqual(['Reference', 'Created at', 'Status']);
    expect(rows[1]?.[0]).toBe(request.reference);
    expect(rows[1]?.[2]).toBe('New');
    expect(rows.flat()).not.toContain('Jeanne Martin');
  });

  it("gives a contractor its company's requests only", async () => {
    const { body } = await ownBody();
    const db = t.relais.db;
    const company = await makeContractor(db);
    const theirs = await makeRequest(db, { bodyId: body.id, status: 'sent_to_contractor', contractorId: company.id });
    await makeRequest(db, { bodyId: body.id, status: 'sent_to_contractor' });
    const contractor = await actAs(t.app, db, 'contractor', { contractorId: company.id });
    const rows = await download(contractor, `bodyId=${body.id}`);
    expect(rows.slice(1).map((r) => r[0])).toEqual([theirs.reference]);
  });

  it('writes every page of a long list', async () => {
    const { body } = await ownBody();
    const db = t.relais.db;
    const count = 1203;
    for (let i = 0; i < count; i += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, count - i) }, (_, j) =>
          makeRequest(db, {
            bodyId: body.id,
            createdAt: new Date(Date.UTC(2026, 0, 1) + (i + j) * 60_000).toISOString(),
          }),
        ),
      );
    }
    const rows = await download(dispatcher, `bodyId=${body.id}`);
    expect(rows).toHaveLength(count + 1);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(count);
  });

  it('refuses a bad filter in words, and anyone not signed in', async () => {
    const bad = await dispatcher.get('/api/requests.csv?status=lost');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('status');
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/requests.csv' });
    expect(anonymous.statusCode).toBe(401);
  });
});
