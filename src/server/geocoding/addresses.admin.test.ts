import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { formWithFile, send } from '../admin/admin.test-helpers.js';
import { DEMO_ADDRESSES_FILE } from './demo-addresses.js';

let t: TestRelais;
let admin: Client;

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
});
afterAll(() => t.close());

const demo = fs.readFileSync(DEMO_ADDRESSES_FILE, 'utf8');
const demoLines = demo.trim().split('\n').length - 1;

const HEADER = 'id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat';
/** Three addresses of another commune: a number with its suffix, a plain number, a place (99999). */
const HEROUVILLE = [
  HEADER,
  '14327_0100_00012_bis;12;bis;Rue de la Paix;14200;14327;Hérouville-Saint-Clair;-0.3301;49.2041',
  '14327_0100_00014;14;;Rue de la Paix;14200;14327;Hérouville-Saint-Clair;-0.3302;49.2042',
  '14327_0200_99999;99999;;Le Grand Parc;14200;14327;Hérouville-Saint-Clair;-0.331;49.205',
].join('\n');

const importCsv = (csv: string) => send(t, admin, 'POST', '/api/admin/addresses.csv', { raw: csv, type: 'text/csv' });
const summary = async () => {
  const res = await send(t, admin, 'GET', '/api/admin/addresses');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { count: number; cities: { citycode: string; city: string; count: number }[] };
};
const importAudit = () =>
  t.relais.db.selectFrom('audit_log').selectAll().where('entity', '=', 'addresses').orderBy('id').execute();
const allAddresses = () => t.relais.db.selectFrom('addresses').selectAll().orderBy('id').execute();

describe('POST /api/admin/addresses.csv', () => {
  it('imports a BAN file sent as text/csv, answers the lines imported and the index size, and audits it', async () => {
    const before = (await summary()).count;
    const res = await importCsv(demo);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: demoLines, count: before + demoLines });
    const audit = (await importAudit()).at(-1);
    expect(audit).toMatchObject({ actor_id: admin.userId, action: 'import', before: null });
    expect(JSON.parse(audit?.after ?? '')).toEqual({ imported: demoLines, count: before + demoLines, fileName: null });
  });

  it('accepts the file as the one file of a multipart form, and keeps its name in the audit log', async () => {
    const res = await send(
      t,
      admin,
      'POST',
      '/api/admin/addresses.csv',
      formWithFile('adresses-14327.csv', HEROUVILLE),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().imported).toBe(3);
    const row = await t.relais.db
      .selectFrom('addresses')
      .selectAll()
      .where('id', '=', '14327_0100_00012_bis')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ housenumber: '12 bis', label: '12 bis Rue de la Paix 14200 Hérouville-Saint-Clair' });
    const audit = (await importAudit()).at(-1);
    expect(JSON.parse(audit?.after ?? '')).toMatchObject({ imported: 3, fileName: 'adresses-14327.csv' });
  });

  it('answers 400 naming the bad line, and imports nothing of the file nor records anything', async () => {
    const before = await summary();
    const audits = (await importAudit()).length;
    const bad = '14327_0300_00001;1;;Rue Neuve;14200;14327;Hérouville-Saint-Clair;-0.33;ninety';
    const res = await importCsv(`${HEROUVILLE.replaceAll('14327_0', '14327_9')}\n${bad}\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('line 5: lat: a number between -90 and 90 was expected, not "ninety"');
    expect(await summary()).toEqual(before);
    expect(await importAudit()).toHaveLength(audits);
  });

  it('answers 413 in words for a file above 200 MB, before reading it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/addresses.csv',
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrfToken,
        'content-type': 'text/csv',
        'content-length': String(201 * 1024 * 1024),
      },
      payload: HEROUVILLE,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toMatch(/larger than 200 MB/);
  });

  it('answers 415 for a body that is neither text/csv nor a form', async () => {
    const res = await send(t, admin, 'POST', '/api/admin/addresses.csv', { json: { csv: HEROUVILLE } });
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toMatch(/text\/csv/);
  });

  it('leaves no copy of the uploads behind', () => {
    expect(fs.readdirSync(path.join(t.relais.config.dataDir, 'uploads'))).toEqual([]);
  });

  it('returns 403 to a dispatcher, and imports nothing', async () => {
    const before = await summary();
    const dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
    const res = await send(t, dispatcher, 'POST', '/api/admin/addresses.csv', {
      raw: HEROUVILLE.replaceAll('14327_0', '14327_8'),
      type: 'text/csv',
    });
    expect(res.statusCode).toBe(403);
    expect(await summary()).toEqual(before);
  });
});

describe('GET /api/admin/addresses', () => {
  it('counts the addresses of the index, in all and per commune, communes by name', async () => {
    await importCsv(demo);
    await importCsv(HEROUVILLE);
    const index = await summary();
    expect(index.cities).toEqual([
      { citycode: '14118', city: 'Caen', count: demoLines },
      { citycode: '14327', city: 'Hérouville-Saint-Clair', count: 3 },
    ]);
    expect(index.count).toBe(demoLines + 3);
  });
});

describe('GET /api/admin/addresses.csv', () => {
  it('gives the index back as a BAN CSV, numbers split from their suffix, places numbered 99999', async () => {
    await importCsv(HEROUVILLE);
    const res = await send(t, admin, 'GET', '/api/admin/addresses.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="adresses.csv"');
    expect(res.body.split('\n')[0]).toBe(HEADER);
    const lines = res.body.trim().split('\n');
    for (const line of HEROUVILLE.split('\n').slice(1)) expect(lines).toContain(line);
    expect(lines).toContain('14118_1000_00013_bis;13;bis;Rue Saint-Pierre;14000;14118;Caen;-0.363328;49.183755');
  });

  it('round-trips: the export imported into an empty index gives the same index', async () => {
    await importCsv(demo);
    await importCsv(HEROUVILLE);
    const before = await allAddresses();
    const exported = (await send(t, admin, 'GET', '/api/admin/addresses.csv')).body;
    expect(parse(exported, { delimiter: ';', columns: true })).toHaveLength(before.length);

    await t.relais.db.deleteFrom('addresses').execute();
    const res = await importCsv(exported);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: before.length, count: before.length });
    expect(await allAddresses()).toEqual(before);
  });

  it('exports only the header line for an empty index', async () => {
    await t.relais.db.deleteFrom('addresses').execute();
    const res = await send(t, admin, 'GET', '/api/admin/addresses.csv');
    expect(res.body).toBe(`${HEADER}\n`);
  });
});
