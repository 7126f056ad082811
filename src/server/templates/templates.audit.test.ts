/** Changes to response templates appear in the administration's audit log, like every other change. */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { AuditEntry } from '../../core/api/admin.js';
import type { ResponseTemplate } from '../../core/api/templates.js';

let t: TestRelais;
let admin: Client;

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
});
afterAll(() => t.close());

const send = (method: 'PATCH' | 'DELETE', url: string, payload?: InjectOptions['payload']) =>
  t.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload }),
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
  });

let codes = 0;
async function create(overrides: Record<string, unknown> = {}): Promise<ResponseTemplate> {
  codes += 1;
  const res = await admin.post('/api/admin/templates', {
    code: `audit-${codes}`,
    kind: 'reject',
    title: 'Domaine privé',
    bodyFr: 'Votre demande {reference} concerne le domaine privé.',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** The audit page's entries for one template, newest first, as the administration reads them. */
async function auditOf(id: string): Promise<AuditEntry[]> {
  const res = await admin.get(`/api/admin/audit?entity=response_templates&entityId=${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

describe('the audit log of response templates', () => {
  it('records who created, changed and deleted a template, with the template before and after', async () => {
    const created = await create();
    const changed = await send('PATCH', `/api/admin/templates/${created.id}`, {
      title: 'Terrain privé',
      active: false,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await send('DELETE', `/api/admin/templates/${created.id}`)).statusCode).toBe(204);

    const entries = await auditOf(created.id);
    expect(entries.map((e) => [e.entity, e.action, e.actor?.id])).toEqual([
      ['response_templates', 'delete', admin.userId],
      ['response_templates', 'update', admin.userId],
      ['response_templates', 'create', admin.userId],
    ]);
    const [deleted, updated, inserted] = entries;
    expect(inserted).toMatchObject({ before: null, after: created });
    expect(updated).toMatchObject({ before: created, after: changed.json() });
    expect(updated?.after).toMatchObject({ title: 'Terrain privé', active: false });
    expect(deleted).toMatchObject({ before: changed.json(), after: null });
  });

  it('shows template changes among all changes of the audit page', async () => {
    const created = await create({ title: 'Hors compétence' });
    const all = (await admin.get('/api/admin/audit')).json().items as AuditEntry[];
    expect(all.find((e) => e.entityId === created.id)).toMatchObject({
      entity: 'response_templates',
      action: 'create',
    });
  });

  it('records nothing for a change that changes nothing, nor for a refused one', async () => {
    const first = await create();
    const second = await create();
    const same = await send('PATCH', `/api/admin/templates/${second.id}`, { title: second.title, kind: second.kind });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toEqual(second);
    expect((await send('PATCH', `/api/admin/templates/${second.id}`, { code: first.code })).statusCode).toBe(409);
    expect((await send('PATCH', `/api/admin/templates/${second.id}`, { bodyFr: '{referance}' })).statusCode).toBe(400);
    const refused = await admin.post('/api/admin/templates', {
      code: first.code,
      kind: 'hold',
      title: 'Doublon de code',
      bodyFr: 'x',
    });
    expect(refused.statusCode).toBe(409);
    expect((await auditOf(second.id)).map((e) => e.action)).toEqual(['create']);
    const titles = (await admin.get('/api/admin/audit?entity=response_templates')).json().items as AuditEntry[];
    expect(titles.some((e) => e.after?.title === 'Doublon de code')).toBe(false);
  });

  it('records nothing when the template to delete does not exist', async () => {
    const created = await create();
    expect((await send('DELETE', `/api/admin/templates/${created.id}`)).statusCode).toBe(204);
    expect((await send('DELETE', `/api/admin/templates/${created.id}`)).statusCode).toBe(404);
    expect((await auditOf(created.id)).map((e) => e.action)).toEqual(['delete', 'create']);
  });
});
