import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeDepartment } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { formWithFile, send } from './admin.test-helpers.js';
import { onGlossaryChanged } from './glossary-hooks.js';

let t: TestRelais;
let admin: Client;
let department: { id: string; code: string; body_id: string };

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
  department = await makeDepartment(t.relais.db);
  await makeCategory(t.relais.db, { departmentId: department.id });
  const family = await send(t, admin, 'POST', '/api/admin/families', {
    json: { bodyId: department.body_id, code: 'proprete', name: 'Propreté' },
  });
  // Cells a spreadsheet would misread: separators, quotes, line breaks, formulas.
  const category = await send(t, admin, 'POST', '/api/admin/categories', {
    json: {
      familyId: family.json().id,
      code: 'tags',
      name: 'Tags; graffitis',
      description: 'Le "tag" sur un mur,\nou une vitrine',
      synonyms: ['=HYPERLINK("http://x")', '-graff', 'bombe'],
      departmentId: department.id,
      deadlineDays: 10,
      needsContractor: true,
      procedure: ['@constater', 'Commander'],
    },
  });
  expect(category.statusCode, category.body).toBe(201);
});
afterAll(() => t.close());

const exportCsv = async () => {
  const res = await send(t, admin, 'GET', '/api/admin/glossary.csv');
  expect(res.statusCode).toBe(200);
  return res.body;
};
const importCsv = (csv: string) => send(t, admin, 'POST', '/api/admin/glossary.csv', { raw: csv, type: 'text/csv' });
const countAudit = async () => (await t.relais.db.selectFrom('audit_log').select('id').execute()).length;
const HEADER =
  'family_code;family_name;category_code;category_name;category_description;synonyms;department_code;deadline_days;needs_validation;needs_contractor;procedure;active';

describe('GET /api/admin/glossary.csv', () => {
  it('exports one row per category, lists joined by "|", formulas neutralised by a leading quote', async () => {
    const res = await send(t, admin, 'GET', '/api/admin/glossary.csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="glossaire.csv"');
    expect(res.body.startsWith(`\ufeff${HEADER}\n`)).toBe(true);
    const rows: Record<string, string>[] = parse(res.body, { bom: true, delimiter: ';', columns: true });
    const tags = rows.find((r) => r.category_code === 'tags');
    expect(tags).toMatchObject({
      family_code: 'proprete',
      family_name: 'Propreté',
      category_name: 'Tags; graffitis',
      category_description: 'Le "tag" sur un mur,\nou une vitrine',
      synonyms: `'=HYPERLINK("http://x")|-graff|bombe`,
      department_code: department.code,
      deadline_days: '10',
      needs_validation: 'non',
      needs_contractor: 'oui',
      procedure: "'@constater|Commander",
      active: 'oui',
    });
  });
});

describe('POST /api/admin/glossary.csv', () => {
  it('imports its own export unchanged: no change, no audit row', async () => {
    const before = await countAudit();
    const res = await importCsv(await exportCsv());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      families: { created: 0, updated: 0, unchanged: 2 },
      categories: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(await countAudit()).toBe(before);
  });

  it('creates and updates by code, in one go, one audit row each, and tells the glossary', async () => {
    let told = 0;
    const stop = onGlossaryChanged(() => {
      told += 1;
    });
    const csv = (await exportCsv()).replace(';10;non;oui;', ';12;non;oui;');
    const added = `voirie;Voirie;nid-de-poule;Nid-de-poule;Un trou;trou|ornière;${department.code};5;non;non;Constater|Reboucher;oui\n`;
    const res = await importCsv(csv + added);
    stop();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      families: { created: 1, updated: 0, unchanged: 2 },
      categories: { created: 1, updated: 1, unchanged: 1 },
    });
    expect(told).toBe(1);

    const categories = await t.relais.db
      .selectFrom('categories')
      .innerJoin('families', 'families.id', 'categories.family_id')
      .select(['categories.code', 'categories.deadline_days', 'categories.synonyms', 'families.body_id'])
      .where('categories.code', 'in', ['tags', 'nid-de-poule'])
      .orderBy('categories.code')
      .execute();
    expect(categories).toEqual([
      { code: 'nid-de-poule', deadline_days: 5, synonyms: '["trou","ornière"]', body_id: department.body_id },
      {
        code: 'tags',
        deadline_days: 12,
        synonyms: '["=HYPERLINK(\\"http://x\\")","-graff","bombe"]',
        body_id: department.body_id,
      },
    ]);
    const audit = await t.relais.db
      .selectFrom('audit_log')
      .select(['entity', 'action'])
      .where('action', '=', 'import')
      .execute();
    expect(audit).toHaveLength(3);
  });

  it('answers 400 with every problem, each naming its row and column, and imports nothing', async () => {
    const csv = [
      HEADER,
      `voirie;Voirie;nouvelle-cat;Nouvelle;;;${department.code};3;non;non;;oui`,
      `voirie;Voirie;autre;Autre;;;${department.code};trois;peut-être;non;;oui`,
      `voirie;Voirie;encore;;;;inconnu;3;non;non;;oui`,
      '',
      `voirie;Voiries;nouvelle-cat;Encore;;;${department.code};3;non;non;;oui`,
      'trop;court',
    ].join('\n');
    const before = await countAudit();
    const res = await importCsv(csv);
    expect(res.statusCode).toBe(400);
    const { message, issues } = res.json();
    expect(message).toMatch(/^Nothing was imported: the file has 7 problems\./);
    expect(issues.map((i: { path: string }) => i.path)).toEqual([
      'row 3, deadline_days',
      'row 3, needs_validation',
      'row 4, category_name',
      'row 4, department_code',
      'row 6, category_code',
      'row 6, family_name',
      'row 7',
    ]);
    expect(issues[0]).toEqual({
      path: 'row 3, deadline_days',
      row: 3,
      column: 'deadline_days',
      message: 'a whole number of working days',
    });
    expect(issues[4].message).toBe('"nouvelle-cat" is already on row 2');
    const created = await t.relais.db
      .selectFrom('categories')
      .select('id')
      .where('code', '=', 'nouvelle-cat')
      .execute();
    expect(created).toEqual([]);
    expect(await countAudit()).toBe(before);
  });

  it('answers 400 on row 1 for a header with a missing or unknown column', async () => {
    const res = await importCsv(`${HEADER.replace('deadline_days', 'delai')}\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: string }) => i.path)).toEqual(['row 1, deadline_days', 'row 1, delai']);
  });

  it('accepts the file as a multipart upload, comma-separated', async () => {
    const csv = `${HEADER.replaceAll(';', ',')}\nmobilier,Mobilier urbain,banc,"Banc cassé, arraché",,,${department.code},15,oui,non,,oui\n`;
    const res = await send(t, admin, 'POST', '/api/admin/glossary.csv', formWithFile('glossaire.csv', csv));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().categories.created).toBe(1);
    const banc = await t.relais.db.selectFrom('categories').selectAll().where('code', '=', 'banc').executeTakeFirst();
    expect(banc).toMatchObject({ name: 'Banc cassé, arraché', needs_validation: 1, deadline_days: 15 });
  });

  it('answers 400 for a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(`${HEADER}\nvoirie;Voirie;trou;Trou é;;;x;1;non;non;;oui\n`, 'latin1');
    const res = await send(t, admin, 'POST', '/api/admin/glossary.csv', { raw: latin1, type: 'text/csv' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('CSV UTF-8');
  });
});
