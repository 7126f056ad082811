/**
 * The role matrix over HTTP, through the real app and database: each role on each endpoint, with a
 * user whose scopes match the request (so the role is what is tested), then a few mismatched scopes.
 * Expectations are written by hand from DOMAIN.md and core/permissions, not computed from GRANTS.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, type Action, type Status } from '../../src/core/lifecycle.js';
import { ROLES, type Role } from '../../src/core/roles.js';
import {
  makeBody,
  makeCategory,
  makeContractor,
  makeDepartment,
  makeRequest,
  makeUser,
  type UserScopes,
} from '../helpers/factories.js';
import { actAs, type Client } from '../helpers/http.js';
import { createTestRelais, type TestRelais } from '../helpers/relais.js';

type Endpoint =
  | 'list requests'
  | 'export requests'
  | 'register a request'
  | 'read a request'
  | 'comment internally'
  | 'comment publicly'
  | Action
  | 'read the directory';

const Y = true;
const N = false;

/** Allowed (2xx) or refused (403), per role. */
// biome-ignore format: the matrix is easier to read aligned
const MATRIX: Record<Endpoint, readonly boolean[]> = {
  //                       reception field dispatch dept mgr contractor admin analyst
  'list requests':         [Y,        Y,    Y,       Y,   Y,  Y,         Y,    Y],
  'export requests':       [Y,        Y,    Y,       Y,   Y,  Y,         Y,    Y],
  'register a request':    [Y,        Y,    Y,       Y,   Y,  N,         Y,    N],
  'read a request':        [Y,        Y,    Y,       Y,   Y,  Y,         Y,    Y],
  'comment internally':    [Y,        Y,    Y,       Y,   Y,  Y,         Y,    N],
  'comment publicly':      [N,        Y,    Y,       Y,   Y,  N,         Y,    N],
  accept:                  [N,        N,    Y,       N,   Y,  N,         Y,    N],
  start:                   [N,        Y,    Y,       Y,   Y,  N,         Y,    N],
  hold:                    [N,        Y,    Y,       Y,   Y,  N,         Y,    N],
  submit_for_validation:   [N,        Y,    Y,       Y,   Y,  N,         Y,    N],
  validate:                [N,        N,    N,       N,   Y,  N,         Y,    N],
  refuse_validation:       [N,        N,    N,       N,   Y,  N,         Y,    N],
  resolve:                 [N,        Y,    Y,       Y,   Y,  Y,         Y,    N],
  close:                   [N,        Y,    Y,       Y,   Y,  N,         Y,    N],
  reopen:                  [Y,        Y,    Y,       Y,   Y,  N,         Y,    N],
  reject:                  [N,        N,    Y,       N,   Y,  N,         Y,    N],
  redirect:                [N,        N,    Y,       N,   Y,  N,         Y,    N],
  mark_duplicate:          [N,        N,    Y,       N,   Y,  N,         Y,    N],
  assign:                  [N,        Y,    Y,       Y,   Y,  N,         Y,    N],
  reassign:                [N,        N,    Y,       Y,   Y,  N,         Y,    N],
  'read the directory':    [Y,        Y,    Y,       Y,   Y,  Y,         Y,    Y],
};

const COLUMNS: readonly Role[] = [
  'reception_agent',
  'field_technician',
  'dispatcher',
  'department_agent',
  'manager',
  'contractor',
  'administrator',
  'analyst',
];

const ROLE_LABEL: Record<Role, string> = {
  reception_agent: 'a reception agent',
  field_technician: 'a field technician',
  dispatcher: 'a dispatcher',
  department_agent: 'a department agent',
  manager: 'a manager',
  contractor: 'a contractor',
  administrator: 'an administrator',
  analyst: 'an analyst',
};

/** Built once for the file: a body, its department and category, a contractor, another body, a request to duplicate. */
interface Fixture {
  bodyId: string;
  otherBodyId: string;
  departmentId: string;
  categoryId: string;
  contractorId: string;
  originalId: string;
  /** A member of the fixture's department, to assign requests to. */
  colleagueId: string;
  otherDepartmentId: string;
}

interface Call {
  /** The behaviour, as it reads in a test name after the role. */
  does: string;
  /** The status code when allowed. */
  ok: 200 | 201;
  /** The status the request is in before the call (for transitions: one the lifecycle allows it from). */
  from: Status;
  /** For transitions: the status the request must be in after an allowed call. */
  to?: Status;
  send(client: Client, requestId: string, f: Fixture): Promise<LightMyRequestResponse>;
}

const transition = (does: string, from: Status, to: Status, body: (f: Fixture) => Record<string, unknown>): Call => ({
  does,
  ok: 200,
  from,
  to,
  send: (client, id, f) => client.post(`/api/requests/${id}/transitions`, body(f)),
});

const CALLS: Record<Endpoint, Call> = {
  'list requests': { does: 'lists requests', ok: 200, from: 'new', send: (c) => c.get('/api/requests') },
  'export requests': { does: 'exports requests', ok: 200, from: 'new', send: (c) => c.get('/api/requests.csv') },
  'register a request': {
    does: 'registers a request',
    ok: 201,
    from: 'new',
    send: (c, _id, f) =>
      c.post('/api/requests', {
        origin: 'counter',
        description: 'Plaque d’égout descellée',
        address: '1 rue Écuyère, Caen',
        lat: 49.1833,
        lon: -0.3701,
        categoryId: f.categoryId,
      }),
  },
  'read a request': {
    does: 'reads a request',
    ok: 200,
    from: 'accepted',
    send: (c, id) => c.get(`/api/requests/${id}`),
  },
  'comment internally': {
    does: 'adds an internal comment',
    ok: 201,
    from: 'accepted',
    send: (c, id) => c.post(`/api/requests/${id}/comments`, { body: 'Vu sur place', public: false }),
  },
  'comment publicly': {
    does: 'adds a public comment',
    ok: 201,
    from: 'accepted',
    send: (c, id) => c.post(`/api/requests/${id}/comments`, { body: 'Intervention prévue lundi', public: true }),
  },
  accept: transition('accepts a request', 'new', 'accepted', (f) => ({
    action: 'accept',
    categoryId: f.categoryId,
    departmentId: f.departmentId,
    priority: 'normal',
  })),
  start: transition('starts a request', 'accepted', 'in_progress', () => ({ action: 'start' })),
  hold: transition('puts a request on hold', 'in_progress', 'on_hold', () => ({ action: 'hold', reason: 'budget' })),
  submit_for_validation: transition('submits a work order for validation', 'accepted', 'awaiting_validation', (f) => ({
    action: 'submit_for_validation',
    contractorId: f.contractorId,
  })),
  validate: transition('validates a work order', 'awaiting_validation', 'sent_to_contractor', () => ({
    action: 'validate',
  })),
  refuse_validation: transition('refuses a work order', 'awaiting_validation', 'accepted', () => ({
    action: 'refuse_validation',
    reason: 'Devis trop élevé',
  })),
  resolve: transition('resolves a request', 'sent_to_contractor', 'resolved', () => ({ action: 'resolve' })),
  close: transition('closes a request', 'resolved', 'closed', () => ({ action: 'close' })),
  reopen: transition('reopens a request', 'closed', 'accepted', () => ({
    action: 'reopen',
    reason: 'Le trou est revenu',
  })),
  reject: transition('rejects a request', 'new', 'rejected', () => ({ action: 'reject', reason: 'Domaine privé' })),
  redirect: transition('redirects a request', 'new', 'redirected', (f) => ({
    action: 'redirect',
    bodyId: f.otherBodyId,
    reason: 'Compétence de la communauté urbaine',
  })),
  mark_duplicate: transition('marks a request as duplicate', 'new', 'duplicate', (f) => ({
    action: 'mark_duplicate',
    duplicateOfId: f.originalId,
  })),
  assign: transition('assigns a request to a colleague', 'accepted', 'accepted', (f) => ({
    action: 'assign',
    assigneeId: f.colleagueId,
  })),
  reassign: transition('reassigns a request to another department', 'accepted', 'accepted', (f) => ({
    action: 'reassign',
    departmentId: f.otherDepartmentId,
    reason: 'Relève des espaces verts',
  })),
  'read the directory': { does: 'reads the directory', ok: 200, from: 'new', send: (c) => c.get('/api/directory') },
};

const METRICS_TOKEN = 'scraper-token-of-the-matrix';
let t: TestRelais;
let f: Fixture;
const clients = new Map<Role, Client>();

/** The scopes a user of `role` needs to be in charge of the fixture's requests. */
function matchingScopes(role: Role): UserScopes {
  switch (role) {
    case 'department_agent':
    case 'field_technician':
      return { bodyId: f.bodyId, departmentId: f.departmentId };
    case 'manager':
      return { bodyId: f.bodyId };
    case 'contractor':
      return { contractorId: f.contractorId };
    case 'reception_agent':
    case 'dispatcher':
    case 'administrator':
    case 'analyst':
      return {};
    default: {
      const unknownRole: never = role;
      throw new Error(`unknown role ${String(unknownRole)}`);
    }
  }
}

/** A request of the fixture's body, department and contractor, in `status`. */
const requestIn = (status: Status) =>
  makeRequest(t.relais.db, {
    status,
    bodyId: f.bodyId,
    departmentId: f.departmentId,
    categoryId: f.categoryId,
    contractorId: f.contractorId,
  });

const statusOf = async (id: string) =>
  (await t.relais.db.selectFrom('requests').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

beforeAll(async () => {
  t = await createTestRelais({ METRICS_TOKEN });
  const { db } = t.relais;
  const body = await makeBody(db);
  const department = await makeDepartment(db, { bodyId: body.id });
  const category = await makeCategory(db, { departmentId: department.id });
  f = {
    bodyId: body.id,
    otherBodyId: (await makeBody(db, { name: 'Caen la mer' })).id,
    departmentId: department.id,
    categoryId: category.id,
    contractorId: (await makeContractor(db)).id,
    originalId: '',
    colleagueId: (await makeUser(db, 'department_agent', { departmentId: department.id })).id,
    otherDepartmentId: (await makeDepartment(db, { bodyId: body.id, name: 'Espaces verts' })).id,
  };
  f.originalId = (await requestIn('new')).id;
  for (const role of COLUMNS) clients.set(role, await actAs(t.app, db, role, matchingScopes(role)));
});
afterAll(() => t.close());

describe('the role matrix over HTTP, with scopes matching the request', () => {
  it('covers every role and every lifecycle action, with one column per role', () => {
    expect([...COLUMNS].sort()).toEqual([...ROLES].sort());
    for (const action of ACTIONS) expect(MATRIX).toHaveProperty([action]);
    for (const row of Object.values(MATRIX)) expect(row).toHaveLength(COLUMNS.length);
  });

  for (const [endpoint, row] of Object.entries(MATRIX) as [Endpoint, readonly boolean[]][]) {
    const call = CALLS[endpoint];
    COLUMNS.forEach((role, i) => {
      const allowed = row[i] === true;
      it(`returns ${allowed ? call.ok : 403} when ${ROLE_LABEL[role]} ${call.does}`, async () => {
        const request = await requestIn(call.from);
        const client = clients.get(role);
        if (!client) throw new Error(`no client for ${role}`);
        const res = await call.send(client, request.id, f);
        expect(res.statusCode, res.body).toBe(allowed ? call.ok : 403);
        if (call.to) expect(await statusOf(request.id)).toBe(allowed ? call.to : call.from);
      });
    });
  }
});

describe('scope checks over HTTP', () => {
  const ROWS: { who: string; role: Role; scopes: () => Promise<UserScopes>; endpoint: Endpoint; status: number }[] = [
    {
      who: 'a department agent of another department',
      role: 'department_agent',
      scopes: async () => ({
        bodyId: f.bodyId,
        departmentId: (await makeDepartment(t.relais.db, { bodyId: f.bodyId })).id,
      }),
      endpoint: 'start',
      status: 403,
    },
    {
      who: 'a field technician of another department',
      role: 'field_technician',
      scopes: async () => ({ departmentId: (await makeDepartment(t.relais.db)).id }),
      endpoint: 'hold',
      status: 403,
    },
    {
      who: 'a department agent without a department',
      role: 'department_agent',
      scopes: async () => ({ bodyId: f.bodyId }),
      endpoint: 'resolve',
      status: 403,
    },
    {
      who: 'a department agent of another department',
      role: 'department_agent',
      scopes: async () => ({ departmentId: (await makeDepartment(t.relais.db)).id }),
      endpoint: 'read a request',
      status: 200,
    },
    {
      who: 'a manager of another body',
      role: 'manager',
      scopes: async () => ({ bodyId: f.otherBodyId }),
      endpoint: 'validate',
      status: 403,
    },
    {
      who: 'a manager of another body',
      role: 'manager',
      scopes: async () => ({ bodyId: f.otherBodyId }),
      endpoint: 'accept',
      status: 403,
    },
    {
      who: 'a manager without a body',
      role: 'manager',
      scopes: async () => ({}),
      endpoint: 'validate',
      status: 200,
    },
    {
      who: 'a contractor of another company',
      role: 'contractor',
      scopes: async () => ({ contractorId: (await makeContractor(t.relais.db)).id }),
      endpoint: 'read a request',
      status: 403,
    },
    {
      who: 'a contractor of another company',
      role: 'contractor',
      scopes: async () => ({ contractorId: (await makeContractor(t.relais.db)).id }),
      endpoint: 'resolve',
      status: 403,
    },
    {
      who: 'a contractor of another company',
      role: 'contractor',
      scopes: async () => ({ contractorId: (await makeContractor(t.relais.db)).id }),
      endpoint: 'comment internally',
      status: 403,
    },
    {
      who: 'a contractor without a company',
      role: 'contractor',
      scopes: async () => ({}),
      endpoint: 'read a request',
      status: 403,
    },
  ];
  for (const row of ROWS) {
    const call = CALLS[row.endpoint];
    it(`returns ${row.status} when ${row.who} ${call.does}`, async () => {
      const client = await actAs(t.app, t.relais.db, row.role, await row.scopes());
      const request = await requestIn(call.from);
      const res = await call.send(client, request.id, f);
      expect(res.statusCode, res.body).toBe(row.status);
    });
  }
});

describe("a contractor's view", () => {
  it("lists only its own company's orders", async () => {
    const { db } = t.relais;
    const mine = await makeContractor(db);
    const theirs = await makeContractor(db);
    const a = await makeRequest(db, { status: 'sent_to_contractor', contractorId: mine.id, bodyId: f.bodyId });
    const b = await makeRequest(db, { status: 'resolved', contractorId: mine.id, bodyId: f.bodyId });
    await makeRequest(db, { status: 'sent_to_contractor', contractorId: theirs.id, bodyId: f.bodyId });
    await makeRequest(db, { status: 'new', bodyId: f.bodyId });
    const contractor = await actAs(t.app, db, 'contractor', { contractorId: mine.id });

    const res = await contractor.get('/api/requests?limit=200');
    expect(res.statusCode).toBe(200);
    const items: { id: string; contractorId: string | null }[] = res.json().items;
    expect(items.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('lists nothing to a contractor without a company', async () => {
    const { db } = t.relais;
    await makeRequest(db, { status: 'sent_to_contractor', contractorId: f.contractorId, bodyId: f.bodyId });
    const contractor = await actAs(t.app, db, 'contractor', {});

    const res = await contractor.get('/api/requests?limit=200');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });
});

describe('requester personal data', () => {
  const ROWS: { role: Role; sees: boolean }[] = [
    { role: 'contractor', sees: false },
    { role: 'analyst', sees: false },
    { role: 'dispatcher', sees: true },
  ];
  for (const { role, sees } of ROWS) {
    it(`is ${sees ? 'shown' : 'null'} for ${ROLE_LABEL[role]}, in the list and in the detail`, async () => {
      const { db } = t.relais;
      const company = await makeContractor(db);
      const request = await makeRequest(db, {
        status: 'sent_to_contractor',
        contractorId: company.id,
        bodyId: f.bodyId,
      });
      const client = await actAs(t.app, db, role, role === 'contractor' ? { contractorId: company.id } : {});

      const list = await client.get('/api/requests?limit=200');
      expect(list.statusCode).toBe(200);
      const listed = (list.json().items as { id: string; requester: unknown }[]).find((r) => r.id === request.id);
      const detail = await client.get(`/api/requests/${request.id}`);
      expect(detail.statusCode).toBe(200);

      expect(listed).toBeDefined();
      for (const requester of [listed?.requester, detail.json().request.requester]) {
        if (sees) expect(requester).toMatchObject({ name: 'Jeanne Martin', email: 'jeanne.martin@example.org' });
        else expect(requester).toBeNull();
      }
    });
  }
});

describe('operations endpoints, outside the roles', () => {
  // Probes are public, for load balancers; metrics answer the bearer of METRICS_TOKEN only, whoever is signed in.
  const ROWS = [
    { url: '/healthz', anonymous: 200, session: 200, token: 200 },
    { url: '/readyz', anonymous: 200, session: 200, token: 200 },
    { url: '/metrics', anonymous: 401, session: 401, token: 200 },
  ] as const;
  for (const row of ROWS) {
    it(`answers ${row.anonymous} to GET ${row.url} without a session`, async () => {
      expect((await t.app.inject({ method: 'GET', url: row.url })).statusCode).toBe(row.anonymous);
    });
    it(`answers ${row.token} to GET ${row.url} with the metrics token`, async () => {
      const headers = { authorization: `Bearer ${METRICS_TOKEN}` };
      expect((await t.app.inject({ method: 'GET', url: row.url, headers })).statusCode).toBe(row.token);
    });
    for (const role of COLUMNS) {
      it(`answers ${row.session} to GET ${row.url} when ${ROLE_LABEL[role]} is signed in`, async () => {
        const client = clients.get(role);
        if (!client) throw new Error(`no client for ${role}`);
        expect((await client.get(row.url)).statusCode).toBe(row.session);
      });
    }
  }
});
