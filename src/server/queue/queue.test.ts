import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBody, makeDepartment, makeRequest, makeUser } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { BulkResult, QueueItem } from '../../core/api/queue.js';
import { addWorkingDays } from '../../core/deadlines.js';
import type { Status } from '../../core/lifecycle.js';
import { parisDay } from '../../core/time.js';

let t: TestRelais;

beforeAll(async () => {
  t = await createTestRelais();
});
afterAll(() => t.close());

/** A department of its own and one of its agents: the agent's queue holds this test's requests only. */
async function ownDepartment(bodyId?: string) {
  const department = await makeDepartment(t.relais.db, bodyId ? { bodyId } : {});
  const agent = await actAs(t.app, t.relais.db, 'department_agent', {
    bodyId: department.body_id,
    departmentId: department.id,
  });
  return { department, agent };
}

interface Work {
  deadline?: string | null;
  createdAt?: string;
  status?: Status;
  assigneeId?: string | null;
}

async function inQueue(department: { id: string; body_id: string }, work: Work = {}) {
  const db = t.relais.db;
  const row = await makeRequest(db, {
    status: work.status ?? 'accepted',
    departmentId: department.id,
    bodyId: department.body_id,
    ...(work.createdAt ? { createdAt: work.createdAt } : {}),
  });
  await db
    .updateTable('requests')
    .set({ deadline: work.deadline ?? null, assignee_id: work.assigneeId ?? null })
    .where('id', '=', row.id)
    .execute();
  return row;
}

const queue = async (client: Client, query = '') => {
  const res = await client.get(`/api/queue${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: QueueItem[]; nextCursor: string | null; departmentId: string | null };
};
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('my queue', () => {
  it('sorts by deadline, nearest first, those without one last, then by arrival', async () => {
    const { department, agent } = await ownDepartment();
    const none = await inQueue(department, { deadline: null, createdAt: '2030-01-01T08:00:00.000Z' });
    const later = await inQueue(department, { deadline: '2030-03-01' });
    const soonNewer = await inQueue(department, { deadline: '2030-02-01', createdAt: '2030-01-05T08:00:00.000Z' });
    const soonOlder = await inQueue(department, { deadline: '2030-02-01', createdAt: '2030-01-02T08:00:00.000Z' });
    const noneNewer = await inQueue(department, { deadline: null, createdAt: '2030-01-09T08:00:00.000Z' });

    const expected = [soonOlder.id, soonNewer.id, later.id, none.id, noneNewer.id];
    const all = await queue(agent);
    expect(ids(all.items)).toEqual(expected);
    expect(all.departmentId).toBe(department.id);

    // One at a time, the cursor crosses from dated requests to undated ones without loss or repeat.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queue(agent, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...ids(page.items));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(expected);
  });

  it('flags overdue and due-soon requests against today in Paris, and filters on each flag', async () => {
    const { department, agent } = await ownDepartment();
    const today = parisDay(new Date());
    const yesterday = new Date(`${today}T12:00:00Z`);
    yesterday.setUTCDate(yesterday.getUTCDate() - 1);
    const overdue = await inQueue(department, { deadline: yesterday.toISOString().slice(0, 10) });
    const dueToday = await inQueue(department, { deadline: today });
    const dueIn2 = await inQueue(department, { deadline: addWorkingDays(today, 2) });
    const dueIn3 = await inQueue(department, { deadline: addWorkingDays(today, 3) });
    const undated = await inQueue(department);

    const flags = Object.fromEntries((await queue(agent)).items.map((i) => [i.id, i.flag]));
    expect(flags).toEqual({
      [overdue.id]: 'overdue',
      [dueToday.id]: 'due_soon',
      [dueIn2.id]: 'due_soon',
      [dueIn3.id]: null,
      [undated.id]: null,
    });
    expect(ids((await queue(agent, '?flag=overdue')).items)).toEqual([overdue.id]);
    expect(ids((await queue(agent, '?flag=due_soon')).items)).toEqual([dueToday.id, dueIn2.id]);
  });

  it('shows the work after acceptance by default, and the statuses asked for', async () => {
    const { department, agent } = await ownDepartment();
    const accepted = await inQueue(department, { deadline: '2030-01-01' });
    const held = await inQueue(department, { deadline: '2030-01-02', status: 'on_hold' });
    await inQueue(department, { status: 'resolved' });
    await inQueue(department, { status: 'closed' });
    expect(ids((await queue(agent)).items)).toEqual([accepted.id, held.id]);
    expect(ids((await queue(agent, '?status=on_hold')).items)).toEqual([held.id]);
  });

  it('filters by assignee: me, nobody, or a colleague', async () => {
    const { department, agent } = await ownDepartment();
    const colleague = await makeUser(t.relais.db, 'department_agent', { departmentId: department.id });
    const mine = await inQueue(department, { deadline: '2030-01-01', assigneeId: agent.userId });
    const theirs = await inQueue(department, { deadline: '2030-01-02', assigneeId: colleague.id });
    const nobodys = await inQueue(department, { deadline: '2030-01-03' });
    expect(ids((await queue(agent, '?assigneeId=me')).items)).toEqual([mine.id]);
    expect(ids((await queue(agent, '?assigneeId=none')).items)).toEqual([nobodys.id]);
    expect(ids((await queue(agent, `?assigneeId=${colleague.id}`)).items)).toEqual([theirs.id]);
    expect((await queue(agent)).items.find((i) => i.id === mine.id)?.assigneeId).toBe(agent.userId);
  });

  it("shows a manager the whole body's work, and another department's queue on request", async () => {
    const body = await makeBody(t.relais.db);
    const roads = await ownDepartment(body.id);
    const parks = await ownDepartment(body.id);
    const elsewhere = await ownDepartment();
    const pothole = await inQueue(roads.department, { deadline: '2030-01-01' });
    const tree = await inQueue(parks.department, { deadline: '2030-01-02' });
    await inQueue(elsewhere.department, { deadline: '2030-01-01' });

    const manager = await actAs(t.app, t.relais.db, 'manager', { bodyId: body.id });
    const all = await queue(manager);
    expect(ids(all.items)).toEqual([pothole.id, tree.id]);
    expect(ids((await queue(manager, `?departmentId=${parks.department.id}`)).items)).toEqual([tree.id]);
    expect((await manager.get(`/api/queue?departmentId=${elsewhere.department.id}`)).statusCode).toBe(403);
  });

  it("returns 403 for another department's queue, to an agent without a department, and to a reception agent", async () => {
    const { agent } = await ownDepartment();
    const other = await ownDepartment();
    expect((await agent.get(`/api/queue?departmentId=${other.department.id}`)).statusCode).toBe(403);
    const homeless = await actAs(t.app, t.relais.db, 'department_agent');
    expect((await homeless.get('/api/queue')).statusCode).toBe(403);
    const reception = await actAs(t.app, t.relais.db, 'reception_agent');
    expect((await reception.get('/api/queue')).statusCode).toBe(403);
  });

  it('lists the active colleagues of the department to assign to', async () => {
    const { department, agent } = await ownDepartment();
    const colleague = await makeUser(t.relais.db, 'field_technician', { departmentId: department.id });
    await makeUser(t.relais.db, 'department_agent', { departmentId: department.id, disabled: true });
    const res = await agent.get('/api/queue/colleagues');
    expect(res.statusCode, res.body).toBe(200);
    expect(ids(res.json().items).sort()).toEqual([agent.userId, colleague.id].sort());
  });
});

describe('bulk changes', () => {
  const bulk = async (client: Client, body: Record<string, unknown>) => {
    const res = await client.post('/api/queue/bulk', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().results as BulkResult[];
  };
  const statusOf = async (id: string) =>
    (await t.relais.db.selectFrom('requests').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  it('starts each request it may, and says why each other one was refused', async () => {
    const { department, agent } = await ownDepartment();
    const other = await ownDepartment();
    const a = await inQueue(department);
    const b = await inQueue(department);
    const done = await inQueue(department, { status: 'resolved' });
    const foreign = await inQueue(other.department);
    const missing = uuidv7();

    const results = await bulk(agent, { action: 'start', ids: [a.id, done.id, foreign.id, missing, b.id] });
    expect(results).toEqual([
      { id: a.id, ok: true, status: 'in_progress' },
      { id: done.id, ok: false, statusCode: 409, message: expect.stringContaining('"resolved"') },
      { id: foreign.id, ok: false, statusCode: 403, message: expect.any(String) },
      { id: missing, ok: false, statusCode: 404, message: expect.any(String) },
      { id: b.id, ok: true, status: 'in_progress' },
    ]);
    expect(await statusOf(done.id)).toBe('resolved');
    expect(await statusOf(foreign.id)).toBe('accepted');
  });

  it('assigns many requests to a colleague, with an internal event on each', async () => {
    const { department, agent } = await ownDepartment();
    const colleague = await makeUser(t.relais.db, 'field_technician', { departmentId: department.id });
    const a = await inQueue(department);
    const b = await inQueue(department, { status: 'in_progress' });
    const results = await bulk(agent, { action: 'assign', assigneeId: colleague.id, ids: [a.id, b.id, a.id] });
    expect(results).toEqual([
      { id: a.id, ok: true, status: 'accepted' },
      { id: b.id, ok: true, status: 'in_progress' },
    ]);
    const detail = (await agent.get(`/api/requests/${b.id}`)).json();
    expect(detail.request.assigneeId).toBe(colleague.id);
    expect(detail.events.at(-1)).toMatchObject({
      type: 'assigned',
      public: false,
      fromStatus: 'in_progress',
      toStatus: 'in_progress',
      data: { assigneeId: colleague.id, assigneeName: colleague.name },
    });
  });

  it('puts requests on hold with the reason given once for all', async () => {
    const { department, agent } = await ownDepartment();
    const a = await inQueue(department, { status: 'in_progress' });
    const results = await bulk(agent, { action: 'hold', reason: 'season', ids: [a.id] });
    expect(results).toEqual([{ id: a.id, ok: true, status: 'on_hold' }]);
  });

  it('returns 400 for an action the queue does not apply in bulk, or a missing field', async () => {
    const { department, agent } = await ownDepartment();
    const a = await inQueue(department);
    const reject = await agent.post('/api/queue/bulk', { action: 'reject', reason: 'Domaine privé', ids: [a.id] });
    expect(reject.statusCode).toBe(400);
    expect(reject.json().message).toMatch(/action/);
    expect((await agent.post('/api/queue/bulk', { action: 'hold', ids: [a.id] })).statusCode).toBe(400);
    expect((await agent.post('/api/queue/bulk', { action: 'start', ids: [] })).statusCode).toBe(400);
  });

  it('returns 403 at once to a role that may never make the change', async () => {
    const reception = await actAs(t.app, t.relais.db, 'reception_agent');
    const { department } = await ownDepartment();
    const a = await inQueue(department);
    expect((await reception.post('/api/queue/bulk', { action: 'start', ids: [a.id] })).statusCode).toBe(403);
  });
});
