import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBody, makeDepartment, makeRequest, makeUser } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { Status } from '../../core/lifecycle.js';

let t: TestRelais;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais();
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

async function setup(status: Status = 'in_progress') {
  const db = t.relais.db;
  const roads = await makeDepartment(db, { name: 'Voirie' });
  const parks = await makeDepartment(db, { name: 'Espaces verts' });
  const agent = await actAs(t.app, db, 'department_agent', { bodyId: roads.body_id, departmentId: roads.id });
  const colleague = await makeUser(db, 'field_technician', { departmentId: roads.id });
  const request = await makeRequest(db, { status, departmentId: roads.id, bodyId: roads.body_id });
  await db.updateTable('requests').set({ assignee_id: colleague.id }).where('id', '=', request.id).execute();
  return { roads, parks, agent, colleague, request };
}

const reassign = (client: Client, id: string, body: Record<string, unknown>) =>
  client.post(`/api/requests/${id}/transitions`, { action: 'reassign', ...body });

describe('reassigning a request to another department', () => {
  it("moves it to the department and its body, keeps the status, frees the assignee, and tells the dispatcher's timeline", async () => {
    const { agent, request, roads } = await setup('on_hold');
    const otherBody = await makeBody(t.relais.db, { name: 'Caen la mer' });
    const waste = await makeDepartment(t.relais.db, { bodyId: otherBody.id, name: 'Collecte' });
    const res = await reassign(agent, request.id, { departmentId: waste.id, reason: 'Dépôt sur un point de collecte' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'on_hold',
      departmentId: waste.id,
      bodyId: otherBody.id,
      assigneeId: null,
    });

    const events = (await dispatcher.get(`/api/requests/${request.id}`)).json().events;
    expect(events.at(-1)).toMatchObject({
      type: 'reassigned',
      public: false,
      fromStatus: 'on_hold',
      toStatus: 'on_hold',
      data: { fromDepartmentId: roads.id, toDepartmentId: waste.id, reason: 'Dépôt sur un point de collecte' },
    });
  });

  it('is published on the event bus, where the live streams pick it up', async () => {
    const { parks, agent, request } = await setup();
    const seen: string[] = [];
    const stop = t.relais.bus.subscribe((e) => {
      if (e.requestId === request.id) seen.push(e.type);
    });
    await reassign(agent, request.id, { departmentId: parks.id, reason: 'Arbre tombé' });
    stop();
    expect(seen).toEqual(['reassigned']);
  });

  it("returns 403 to an agent of another department, to a field technician, and to the new department's agent", async () => {
    const { parks, request, roads } = await setup();
    const parksAgent = await actAs(t.app, t.relais.db, 'department_agent', { departmentId: parks.id });
    const technician = await actAs(t.app, t.relais.db, 'field_technician', { departmentId: roads.id });
    const body = { departmentId: parks.id, reason: 'Arbre tombé' };
    expect((await reassign(parksAgent, request.id, body)).statusCode).toBe(403);
    expect((await reassign(technician, request.id, body)).statusCode).toBe(403);
  });

  it('returns 409 on a request not yet accepted or already resolved', async () => {
    for (const status of ['new', 'resolved', 'awaiting_validation'] as const) {
      const { parks, request } = await setup(status);
      const res = await reassign(dispatcher, request.id, { departmentId: parks.id, reason: 'Arbre tombé' });
      expect(res.statusCode, status).toBe(409);
      expect(res.json().message).toContain(`"${status}"`);
    }
  });

  it('returns 400 without a reason, for an unknown department, or for the department it is already with', async () => {
    const { parks, roads, agent, request } = await setup();
    expect((await reassign(agent, request.id, { departmentId: parks.id })).statusCode).toBe(400);
    const unknown = await reassign(agent, request.id, {
      departmentId: '0190a000-0000-7000-8000-000000000000',
      reason: 'Arbre tombé',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/^departmentId:/);
    const same = await reassign(agent, request.id, { departmentId: roads.id, reason: 'Arbre tombé' });
    expect(same.statusCode).toBe(400);
  });
});

describe('assigning a request to a colleague', () => {
  it('returns 400 for someone outside the department in charge, and takes it back with null', async () => {
    const { parks, agent, request } = await setup();
    const outsider = await makeUser(t.relais.db, 'department_agent', { departmentId: parks.id });
    const res = await agent.post(`/api/requests/${request.id}/transitions`, {
      action: 'assign',
      assigneeId: outsider.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^assigneeId:/);
    const freed = await agent.post(`/api/requests/${request.id}/transitions`, { action: 'assign', assigneeId: null });
    expect(freed.statusCode, freed.body).toBe(200);
    expect(freed.json().assigneeId).toBeNull();
  });
});
