import { uuidv7 } from 'uuidv7';
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
import { addWorkingDays } from '../../core/deadlines.js';
import { parisDay } from '../../core/time.js';

let t: TestRelais;
let dispatcher: Client;
let agent: Client;
let manager: Client;
let contractorUser: Client;
let department: { id: string; body_id: string };
let category: { id: string };
let contractor: { id: string };

beforeAll(async () => {
  t = await createTestRelais();
  const db = t.relais.db;
  department = await makeDepartment(db);
  category = await makeCategory(db, { departmentId: department.id, deadlineDays: 5 });
  contractor = await makeContractor(db);
  dispatcher = await actAs(t.app, db, 'dispatcher');
  agent = await actAs(t.app, db, 'department_agent', { departmentId: department.id });
  manager = await actAs(t.app, db, 'manager', { bodyId: department.body_id });
  contractorUser = await actAs(t.app, db, 'contractor', { contractorId: contractor.id });
});
afterAll(() => t.close());

const move = (client: Client, id: string, body: Record<string, unknown>) =>
  client.post(`/api/requests/${id}/transitions`, body);

async function expectStatus(client: Client, id: string, body: Record<string, unknown>, status: string) {
  const res = await move(client, id, body);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().status).toBe(status);
  return res.json();
}

const accept = { action: 'accept', priority: 'high' } as const;

describe('the lifecycle over HTTP', () => {
  it('goes new → accepted → in progress → on hold → in progress → resolved → closed → reopened, one event each', async () => {
    const r = await makeRequest(t.relais.db);
    const accepted = await expectStatus(
      dispatcher,
      r.id,
      { ...accept, categoryId: category.id, departmentId: department.id },
      'accepted',
    );
    expect(accepted).toMatchObject({ departmentId: department.id, bodyId: department.body_id, priority: 'high' });
    expect(accepted.deadline).toBe(addWorkingDays(parisDay(new Date()), 5));
    await expectStatus(agent, r.id, { action: 'start' }, 'in_progress');
    const held = await expectStatus(agent, r.id, { action: 'hold', reason: 'season', note: 'Au printemps' }, 'on_hold');
    expect(held.holdReason).toBe('season');
    const restarted = await expectStatus(agent, r.id, { action: 'start' }, 'in_progress');
    expect(restarted.holdReason).toBeNull();
    await expectStatus(agent, r.id, { action: 'resolve', note: 'Rebouché' }, 'resolved');
    await expectStatus(agent, r.id, { action: 'close' }, 'closed');
    await expectStatus(agent, r.id, { action: 'reopen', reason: 'Le trou est revenu' }, 'accepted');

    const detail = (await dispatcher.get(`/api/requests/${r.id}`)).json();
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual([
      'accepted',
      'started',
      'held',
      'started',
      'resolved',
      'closed',
      'reopened',
    ]);
    const held1 = detail.events[2];
    expect(held1).toMatchObject({
      fromStatus: 'in_progress',
      toStatus: 'on_hold',
      public: true,
      actor: { id: agent.userId },
      data: { reason: 'season', note: 'Au printemps' },
    });
  });

  it('keeps a deadline given at acceptance instead of computing one', async () => {
    const r = await makeRequest(t.relais.db);
    const res = await expectStatus(
      dispatcher,
      r.id,
      { ...accept, categoryId: category.id, departmentId: department.id, deadline: '2027-01-15' },
      'accepted',
    );
    expect(res.deadline).toBe('2027-01-15');
  });

  it('sends a work order through validation to the contractor, who resolves it', async () => {
    const r = await makeRequest(t.relais.db, {
      status: 'accepted',
      departmentId: department.id,
      bodyId: department.body_id,
    });
    const submitted = await expectStatus(
      agent,
      r.id,
      { action: 'submit_for_validation', contractorId: contractor.id },
      'awaiting_validation',
    );
    expect(submitted.contractorId).toBe(contractor.id);
    await expectStatus(manager, r.id, { action: 'validate' }, 'sent_to_contractor');
    await expectStatus(contractorUser, r.id, { action: 'resolve', note: 'Tag effacé' }, 'resolved');
  });

  it('returns a refused work order to the department, without contractor', async () => {
    const r = await makeRequest(t.relais.db, {
      status: 'awaiting_validation',
      departmentId: department.id,
      bodyId: department.body_id,
      contractorId: contractor.id,
    });
    const refused = await expectStatus(
      manager,
      r.id,
      { action: 'refuse_validation', reason: 'Budget épuisé' },
      'accepted',
    );
    expect(refused.contractorId).toBeNull();
  });

  it('rejects, redirects to another body, and marks a duplicate', async () => {
    const rejected = await makeRequest(t.relais.db);
    await expectStatus(dispatcher, rejected.id, { action: 'reject', reason: 'Domaine privé' }, 'rejected');

    const otherBody = await makeBody(t.relais.db, { name: 'Caen la mer' });
    const redirected = await makeRequest(t.relais.db);
    const res = await expectStatus(
      dispatcher,
      redirected.id,
      { action: 'redirect', bodyId: otherBody.id, reason: 'Collecte des déchets' },
      'redirected',
    );
    expect(res.bodyId).toBe(otherBody.id);

    const original = await makeRequest(t.relais.db);
    const copy = await makeRequest(t.relais.db);
    const dup = await expectStatus(
      dispatcher,
      copy.id,
      { action: 'mark_duplicate', duplicateOfId: original.id },
      'duplicate',
    );
    expect(dup.duplicateOfId).toBe(original.id);
    const events = (await dispatcher.get(`/api/requests/${copy.id}`)).json().events;
    expect(events.at(-1).data).toMatchObject({ duplicateOfReference: original.reference });
  });

  it('returns 409 with the reason when the status does not allow the action', async () => {
    const r = await makeRequest(t.relais.db, { status: 'closed', departmentId: department.id });
    const res = await move(agent, r.id, { action: 'start' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('"closed"');
    const events = (await dispatcher.get(`/api/requests/${r.id}`)).json().events;
    expect(events).toHaveLength(0);
  });

  it('returns 409 when a request without a department is started', async () => {
    const r = await makeRequest(t.relais.db, { status: 'on_hold' });
    const res = await move(dispatcher, r.id, { action: 'start' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('department');
  });

  it('returns 403 when a department agent works on another department’s request', async () => {
    const other = await makeDepartment(t.relais.db);
    const r = await makeRequest(t.relais.db, { status: 'accepted', departmentId: other.id });
    expect((await move(agent, r.id, { action: 'start' })).statusCode).toBe(403);
  });

  it('returns 403 when a reception agent accepts a request', async () => {
    const reception = await actAs(t.app, t.relais.db, 'reception_agent');
    const r = await makeRequest(t.relais.db);
    const res = await move(reception, r.id, { ...accept, categoryId: category.id, departmentId: department.id });
    expect(res.statusCode).toBe(403);
  });

  it('returns 400 for a reason too short, an unknown action, a duplicate of itself or of nothing', async () => {
    const r = await makeRequest(t.relais.db);
    expect((await move(dispatcher, r.id, { action: 'reject', reason: '' })).statusCode).toBe(400);
    expect((await move(dispatcher, r.id, { action: 'explode' })).statusCode).toBe(400);
    const self = await move(dispatcher, r.id, { action: 'mark_duplicate', duplicateOfId: r.id });
    expect(self.statusCode).toBe(400);
    expect(self.json().message).toContain('itself');
    expect((await move(dispatcher, r.id, { action: 'mark_duplicate', duplicateOfId: uuidv7() })).statusCode).toBe(400);
    expect(
      (await move(dispatcher, r.id, { ...accept, categoryId: uuidv7(), departmentId: department.id })).statusCode,
    ).toBe(400);
  });

  it('returns 404 for an unknown request and 400 for an id that is not a UUID', async () => {
    expect((await move(dispatcher, uuidv7(), { action: 'start' })).statusCode).toBe(404);
    expect((await dispatcher.get(`/api/requests/${uuidv7()}`)).statusCode).toBe(404);
    expect((await dispatcher.get('/api/requests/not-an-id')).statusCode).toBe(400);
  });

  it('lets only one of two concurrent identical transitions through', async () => {
    const r = await makeRequest(t.relais.db, { status: 'accepted', departmentId: department.id });
    const results = await Promise.all([move(agent, r.id, { action: 'start' }), move(agent, r.id, { action: 'start' })]);
    expect(results.map((x) => x.statusCode).sort()).toEqual([200, 409]);
  });
});

describe('comments', () => {
  it('records internal and public comments in the timeline; a contractor sees only public events', async () => {
    const r = await makeRequest(t.relais.db, {
      status: 'sent_to_contractor',
      departmentId: department.id,
      contractorId: contractor.id,
    });
    const internal = await agent.post(`/api/requests/${r.id}/comments`, { body: 'Voir avec la police municipale' });
    expect(internal.statusCode).toBe(201);
    expect(internal.json()).toMatchObject({ type: 'comment', public: false, actor: { id: agent.userId } });
    const pub = await agent.post(`/api/requests/${r.id}/comments`, { body: 'Intervention prévue mardi', public: true });
    expect(pub.statusCode).toBe(201);

    const seenByAgent = (await agent.get(`/api/requests/${r.id}`)).json().events;
    expect(seenByAgent.map((e: { data: { body: string } }) => e.data.body)).toEqual([
      'Voir avec la police municipale',
      'Intervention prévue mardi',
    ]);
    const seenByContractor = (await contractorUser.get(`/api/requests/${r.id}`)).json();
    expect(seenByContractor.events.map((e: { data: { body: string } }) => e.data.body)).toEqual([
      'Intervention prévue mardi',
    ]);
    expect(seenByContractor.request.requester).toBeNull();
  });

  it('returns 403 when a contractor writes a public comment, 400 for an empty one', async () => {
    const r = await makeRequest(t.relais.db, { status: 'sent_to_contractor', contractorId: contractor.id });
    expect(
      (await contractorUser.post(`/api/requests/${r.id}/comments`, { body: 'Fait', public: true })).statusCode,
    ).toBe(403);
    expect((await contractorUser.post(`/api/requests/${r.id}/comments`, { body: 'Fait' })).statusCode).toBe(201);
    expect((await agent.post(`/api/requests/${r.id}/comments`, { body: '' })).statusCode).toBe(400);
  });

  it('lists the actions the reader may take now', async () => {
    const r = await makeRequest(t.relais.db, { status: 'accepted', departmentId: department.id });
    const forAgent = (await agent.get(`/api/requests/${r.id}`)).json();
    expect(forAgent.allowedActions.sort()).toEqual([
      'assign',
      'hold',
      'reassign',
      'resolve',
      'start',
      'submit_for_validation',
    ]);
    const forDispatcher = (await dispatcher.get(`/api/requests/${r.id}`)).json();
    expect(forDispatcher.allowedActions).toEqual(
      expect.arrayContaining(['reject', 'redirect', 'mark_duplicate', 'start']),
    );
  });
});
