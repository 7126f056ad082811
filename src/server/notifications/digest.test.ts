import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeDepartment, makeRequest } from '../../../test/helpers/factories.js';
import { actAs } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { Status } from '../../core/lifecycle.js';
import { parisDay } from '../../core/time.js';
import { queueOverdueDigests } from './digest.js';

const PUBLIC_URL = 'https://relais.caen.test';
let t: TestRelais;

beforeAll(async () => {
  t = await createTestRelais({ PUBLIC_URL });
});
afterAll(() => t.close());

async function departmentWithEmail(name: string, email: string | null) {
  const department = await makeDepartment(t.relais.db, { name });
  await t.relais.db.updateTable('departments').set({ email }).where('id', '=', department.id).execute();
  return department;
}

async function requestDue(department: { id: string; body_id: string }, status: Status, deadline: string) {
  const category = await makeCategory(t.relais.db, { departmentId: department.id, name: 'Nid-de-poule' });
  const request = await makeRequest(t.relais.db, {
    status,
    departmentId: department.id,
    bodyId: department.body_id,
    categoryId: category.id,
  });
  await t.relais.db.updateTable('requests').set({ deadline }).where('id', '=', request.id).execute();
  return request;
}

const digestsTo = (email: string) =>
  t.relais.db.selectFrom('outbox').selectAll().where('recipient', '=', email).execute();

describe('the overdue digest', () => {
  it('lists to each department its open requests overdue or due by the next working day, once a day', async () => {
    const voirie = await departmentWithEmail('Voirie', 'voirie@caen.test');
    const overdue = await requestDue(voirie, 'accepted', '2026-12-01');
    const dueToday = await requestDue(voirie, 'in_progress', '2026-12-04');
    const dueMonday = await requestDue(voirie, 'on_hold', '2026-12-07');
    const dueTuesday = await requestDue(voirie, 'accepted', '2026-12-08');
    const closed = await requestDue(voirie, 'closed', '2026-11-20');
    const noAddress = await departmentWithEmail('Propreté', null);
    await requestDue(noAddress, 'accepted', '2026-11-02');
    await departmentWithEmail('Espaces verts', 'espaces.verts@caen.test');

    // Friday 4 December 2026, 8:00 in Paris: the next working day is Monday 7.
    const friday = new Date('2026-12-04T07:00:00Z');
    const { day, queued } = await queueOverdueDigests(t.relais, friday);
    expect(day).toBe('2026-12-04');
    expect(queued).toBe(1);
    const [digest] = await digestsTo('voirie@caen.test');
    expect(digest).toMatchObject({ kind: 'email', status: 'pending', request_id: null, event_id: null });
    expect(digest?.subject).toBe('Relais — Voirie : 1 en retard, 2 à échéance d’ici demain');
    const text = digest?.body_text ?? '';
    const [overdueSection, dueSection] = text.split('À échéance d’ici demain');
    expect(overdueSection).toContain(`${overdue.reference} · 1 décembre 2026 · Prise en charge · Nid-de-poule`);
    expect(overdueSection).toContain(`${PUBLIC_URL}/demandes/${overdue.id}`);
    expect(dueSection).toContain(`${dueToday.reference} · 4 décembre 2026 · En cours`);
    expect(dueSection).toContain(`${dueMonday.reference} · 7 décembre 2026 · En attente`);
    expect(text).not.toContain(dueTuesday.reference);
    expect(text).not.toContain(closed.reference);
    expect(digest?.body_html).toContain(`<a href="${PUBLIC_URL}/demandes/${overdue.id}">${overdue.reference}</a>`);
    expect(await digestsTo('espaces.verts@caen.test')).toEqual([]);

    expect((await queueOverdueDigests(t.relais, new Date('2026-12-04T16:00:00Z'))).queued).toBe(0);
    expect(await digestsTo('voirie@caen.test')).toHaveLength(1);
  });

  it('runs now for administrators through POST /api/admin/digests/run, and for no one else', async () => {
    const eclairage = await departmentWithEmail('Éclairage public', 'eclairage@caen.test');
    await requestDue(eclairage, 'accepted', '2020-01-06');
    const admin = await actAs(t.app, t.relais.db, 'administrator');
    const first = await admin.post('/api/admin/digests/run');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ day: parisDay(new Date()), queued: expect.any(Number) });
    expect(await digestsTo('eclairage@caen.test')).toHaveLength(1);
    expect((await admin.post('/api/admin/digests/run')).json().queued).toBe(0);

    const manager = await actAs(t.app, t.relais.db, 'manager');
    expect((await manager.post('/api/admin/digests/run')).statusCode).toBe(403);
  });
});
