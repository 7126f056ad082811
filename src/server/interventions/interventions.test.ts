import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContractor, makeDepartment, makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { Intervention } from '../../core/api/interventions.js';
import type { Status } from '../../core/lifecycle.js';

let t: TestRelais;
let department: { id: string; body_id: string };
let contractor: { id: string };
let agent: Client;
let graffitiRemover: Client;
let otherCompany: Client;

beforeAll(async () => {
  t = await createTestRelais();
  const db = t.relais.db;
  department = await makeDepartment(db, { name: 'Propreté' });
  contractor = await makeContractor(db);
  agent = await actAs(t.app, db, 'department_agent', { bodyId: department.body_id, departmentId: department.id });
  graffitiRemover = await actAs(t.app, db, 'contractor', { contractorId: contractor.id });
  otherCompany = await actAs(t.app, db, 'contractor', { contractorId: (await makeContractor(db)).id });
});
afterAll(() => t.close());

const requestIn = (status: Status) =>
  makeRequest(t.relais.db, {
    status,
    departmentId: department.id,
    bodyId: department.body_id,
    contractorId: status === 'sent_to_contractor' ? contractor.id : null,
  });

const work = {
  doneAt: '2026-03-10T09:30:00.000Z',
  notes: 'Tag effacé par hydrogommage, mur repeint',
  quantity: 4.5,
  unit: 'm²',
  minutesSpent: 45,
  outcome: 'done',
};

const record = (client: Client, id: string, body: Record<string, unknown>) =>
  client.post(`/api/requests/${id}/interventions`, body);

describe('recording an intervention', () => {
  it('records the work of a city team with an internal event, and lists it', async () => {
    const request = await requestIn('in_progress');
    const photoIds = [uuidv7(), uuidv7()];
    const res = await record(agent, request.id, { ...work, photoIds });
    expect(res.statusCode, res.body).toBe(201);
    const { intervention, request: after } = res.json() as { intervention: Intervention; request: { status: string } };
    expect(intervention).toMatchObject({
      requestId: request.id,
      doneBy: { id: agent.userId },
      contractorId: null,
      notes: work.notes,
      quantity: 4.5,
      unit: 'm²',
      minutesSpent: 45,
      outcome: 'done',
      notDoneReason: null,
      photoIds,
    });
    expect(after.status).toBe('in_progress');

    const listed = (await agent.get(`/api/requests/${request.id}/interventions`)).json().items as Intervention[];
    expect(listed).toEqual([intervention]);
    const events = (await agent.get(`/api/requests/${request.id}`)).json().events;
    expect(events.at(-1)).toMatchObject({
      type: 'intervention_recorded',
      public: false,
      fromStatus: null,
      toStatus: null,
      data: { interventionId: intervention.id, outcome: 'done', notes: work.notes },
    });
  });

  it('resolves the request in the same transaction when asked, after the intervention event', async () => {
    const request = await requestIn('in_progress');
    const res = await record(agent, request.id, { ...work, resolve: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().request.status).toBe('resolved');
    const events = (await agent.get(`/api/requests/${request.id}`)).json().events;
    expect(events.slice(-2).map((e: { type: string }) => e.type)).toEqual(['intervention_recorded', 'resolved']);
  });

  it('records nothing when the resolution is refused', async () => {
    const request = await requestIn('resolved');
    const res = await record(agent, request.id, { ...work, resolve: true });
    expect(res.statusCode).toBe(409);
    expect((await agent.get(`/api/requests/${request.id}/interventions`)).json().items).toEqual([]);
  });

  it("lets the contractor record work on its company's order, in its company's name, and resolve it", async () => {
    const request = await requestIn('sent_to_contractor');
    const res = await record(graffitiRemover, request.id, { ...work, resolve: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().intervention.contractorId).toBe(contractor.id);
    expect(res.json().request.status).toBe('resolved');
  });

  it("returns 403 to a contractor on another company's order, and to a department agent of another department", async () => {
    const request = await requestIn('sent_to_contractor');
    expect((await record(otherCompany, request.id, work)).statusCode).toBe(403);
    const stranger = await actAs(t.app, t.relais.db, 'department_agent', {
      departmentId: (await makeDepartment(t.relais.db)).id,
    });
    expect((await record(stranger, request.id, work)).statusCode).toBe(403);
    expect((await agent.get(`/api/requests/${request.id}/interventions`)).json().items).toEqual([]);
  });

  it('returns 409 to a contractor before the order is sent, and to anyone on a closed request', async () => {
    const awaiting = await makeRequest(t.relais.db, {
      status: 'awaiting_validation',
      departmentId: department.id,
      bodyId: department.body_id,
      contractorId: contractor.id,
    });
    expect((await record(graffitiRemover, awaiting.id, work)).statusCode).toBe(409);
    expect((await record(agent, (await requestIn('closed')).id, work)).statusCode).toBe(409);
  });

  it('records work not done with its reason, and refuses to resolve with it', async () => {
    const request = await requestIn('in_progress');
    const notDone = { doneAt: work.doneAt, outcome: 'not_done', notDoneReason: 'Véhicule garé sur le trottoir' };
    const res = await record(agent, request.id, notDone);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().intervention).toMatchObject({ outcome: 'not_done', notDoneReason: notDone.notDoneReason });

    const withoutReason = await record(agent, request.id, { doneAt: work.doneAt, outcome: 'not_done' });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().message).toMatch(/notDoneReason/);
    expect((await record(agent, request.id, { ...notDone, resolve: true })).statusCode).toBe(400);
  });

  it('returns 400 naming the field for a quantity without unit, and for work done in the future', async () => {
    const request = await requestIn('in_progress');
    const noUnit = await record(agent, request.id, { doneAt: work.doneAt, outcome: 'done', quantity: 3 });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().message).toMatch(/unit/);
    const future = await record(agent, request.id, { ...work, doneAt: '2099-01-01T00:00:00.000Z' });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toMatch(/^doneAt:/);
  });

  it('returns 404 for an unknown request', async () => {
    expect((await record(agent, uuidv7(), work)).statusCode).toBe(404);
    expect((await agent.get(`/api/requests/${uuidv7()}/interventions`)).statusCode).toBe(404);
  });
});
