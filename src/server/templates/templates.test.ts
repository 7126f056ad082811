import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBody, makeCategory, makeDepartment, makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { ResponseTemplate } from '../../core/api/templates.js';
import { unknownPlaceholders } from '../../core/templates.js';
import { DEMO_TEMPLATES, loadDemoTemplates } from './demo-templates.js';

let t: TestRelais;
let admin: Client;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

/** PATCH and DELETE as `client` (the test client sends GET and POST only). */
const send = (client: Client, method: 'PATCH' | 'DELETE', url: string, payload?: InjectOptions['payload']) =>
  t.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload }),
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
  });

let codes = 0;
const create = async (overrides: Record<string, unknown> = {}) => {
  codes += 1;
  const res = await admin.post('/api/admin/templates', {
    code: `modele-${codes}`,
    kind: 'reject',
    title: 'Domaine privé',
    bodyFr: 'Votre demande {reference} concerne le domaine privé.',
    bodyEn: 'Your request {reference} concerns private property.',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ResponseTemplate;
};

describe('administering response templates', () => {
  it('creates, changes, lists and deletes a template', async () => {
    const created = await create({ code: 'rejet-prive' });
    expect(created).toMatchObject({ code: 'rejet-prive', kind: 'reject', active: true });

    const changed = await send(admin, 'PATCH', `/api/admin/templates/${created.id}`, {
      title: 'Terrain privé',
      active: false,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ title: 'Terrain privé', active: false, bodyFr: created.bodyFr });

    const all = (await admin.get('/api/admin/templates')).json().items as ResponseTemplate[];
    expect(all.find((x) => x.id === created.id)?.title).toBe('Terrain privé');

    expect((await send(admin, 'DELETE', `/api/admin/templates/${created.id}`)).statusCode).toBe(204);
    expect((await send(admin, 'DELETE', `/api/admin/templates/${created.id}`)).statusCode).toBe(404);
  });

  it('returns 409 for a code already taken, on creation and on change', async () => {
    const first = await create();
    const second = await create();
    const again = await admin.post('/api/admin/templates', {
      code: first.code,
      kind: 'hold',
      title: 'x',
      bodyFr: 'y',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/^code:/);
    expect((await send(admin, 'PATCH', `/api/admin/templates/${second.id}`, { code: first.code })).statusCode).toBe(
      409,
    );
  });

  it('returns 400 naming the field for an unknown placeholder, and for a kind that does not exist', async () => {
    const typo = await admin.post('/api/admin/templates', {
      code: 'typo',
      kind: 'reject',
      title: 'Typo',
      bodyFr: 'Votre demande {referance}',
    });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().message).toMatch(/^bodyFr: unknown placeholder \{referance\}/);
    const kind = await admin.post('/api/admin/templates', { code: 'k', kind: 'praise', title: 'x', bodyFr: 'y' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().message).toMatch(/kind/);
  });

  it('returns 403 to anyone but an administrator', async () => {
    const { id } = await create();
    expect((await dispatcher.get('/api/admin/templates')).statusCode).toBe(403);
    expect(
      (await dispatcher.post('/api/admin/templates', { code: 'd', kind: 'hold', title: 'x', bodyFr: 'y' })).statusCode,
    ).toBe(403);
    expect((await send(dispatcher, 'PATCH', `/api/admin/templates/${id}`, { title: 'x' })).statusCode).toBe(403);
    expect((await send(dispatcher, 'DELETE', `/api/admin/templates/${id}`)).statusCode).toBe(403);
  });
});

describe('answering with templates', () => {
  it('lists the active templates of a kind to staff, and none to a contractor', async () => {
    const hold = await create({ kind: 'hold', title: 'Attente saison' });
    const inactive = await create({ kind: 'hold', title: 'Ancien', active: false });
    await create({ kind: 'reject' });
    const agent = await actAs(t.app, t.relais.db, 'department_agent');
    const res = await agent.get('/api/templates?kind=hold');
    expect(res.statusCode, res.body).toBe(200);
    const ids = (res.json().items as ResponseTemplate[]).map((x) => x.id);
    expect(ids).toContain(hold.id);
    expect(ids).not.toContain(inactive.id);
    expect((res.json().items as ResponseTemplate[]).every((x) => x.kind === 'hold')).toBe(true);

    const contractor = await actAs(t.app, t.relais.db, 'contractor');
    expect((await contractor.get('/api/templates')).statusCode).toBe(403);
  });

  it("previews a template filled with the request's reference, address, department, category and deadline", async () => {
    const db = t.relais.db;
    const department = await makeDepartment(db, { name: 'Propreté urbaine' });
    const category = await makeCategory(db, { departmentId: department.id, name: 'Tags et graffitis' });
    const request = await makeRequest(db, {
      status: 'accepted',
      departmentId: department.id,
      bodyId: department.body_id,
      categoryId: category.id,
      address: '3 place Saint-Sauveur, Caen',
    });
    await db.updateTable('requests').set({ deadline: '2027-01-15' }).where('id', '=', request.id).execute();
    const template = await create({
      kind: 'comment',
      bodyFr: '{reference} ({address}) : {category}, par {department}, avant le {deadline}.',
      bodyEn: '{reference} by {deadline}',
    });

    const fr = await dispatcher.post('/api/templates/preview', { templateId: template.id, requestId: request.id });
    expect(fr.statusCode, fr.body).toBe(200);
    expect(fr.json()).toEqual({
      text: `${request.reference} (3 place Saint-Sauveur, Caen) : Tags et graffitis, par Propreté urbaine, avant le 15 janvier 2027.`,
      unfilled: [],
    });
    const en = await dispatcher.post('/api/templates/preview', {
      templateId: template.id,
      requestId: request.id,
      locale: 'en',
    });
    expect(en.json().text).toBe(`${request.reference} by 15 January 2027`);
  });

  it('previews a redirection with the body chosen in the form, before the decision is applied', async () => {
    const caenLaMer = await makeBody(t.relais.db, { name: 'Caen la mer' });
    const request = await makeRequest(t.relais.db);
    const res = await dispatcher.post('/api/templates/preview', {
      text: 'Votre demande {reference} a été transmise à {body}.',
      requestId: request.id,
      bodyId: caenLaMer.id,
    });
    expect(res.json()).toEqual({
      text: `Votre demande ${request.reference} a été transmise à Caen la mer.`,
      unfilled: [],
    });
  });

  it('shows the French text of a template not yet translated, and leaves placeholders without a value', async () => {
    const template = await create({ bodyFr: 'Demande {reference}', bodyEn: '' });
    const res = await dispatcher.post('/api/templates/preview', { templateId: template.id, locale: 'en' });
    expect(res.json()).toEqual({ text: 'Demande {reference}', unfilled: ['reference'] });
    const typo = await dispatcher.post('/api/templates/preview', { text: 'Demande {referance}' });
    expect(typo.json()).toEqual({ text: 'Demande {referance}', unfilled: ['referance'] });
  });

  it('returns 400 when given both a template and a text, or neither', async () => {
    const { id } = await create();
    expect((await dispatcher.post('/api/templates/preview', { templateId: id, text: 'x' })).statusCode).toBe(400);
    expect((await dispatcher.post('/api/templates/preview', {})).statusCode).toBe(400);
  });
});

describe('the demo templates', () => {
  it('use known placeholders only, and load into the database', async () => {
    for (const template of DEMO_TEMPLATES) {
      expect(unknownPlaceholders(template.bodyFr), template.code).toEqual([]);
      expect(unknownPlaceholders(template.bodyEn), template.code).toEqual([]);
    }
    const kinds = new Set(DEMO_TEMPLATES.map((x) => x.kind));
    expect([...kinds].sort()).toEqual(['comment', 'duplicate', 'hold', 'redirect', 'reject', 'resolve']);
    await loadDemoTemplates(t.relais.db);
    const listed = (await dispatcher.get('/api/templates')).json().items as ResponseTemplate[];
    const codes = new Set(listed.map((x) => x.code));
    expect(DEMO_TEMPLATES.filter((x) => !codes.has(x.code))).toEqual([]);
  });
});
