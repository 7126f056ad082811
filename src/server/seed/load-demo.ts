/**
 * Loads a demo data set into an empty database. Requests are replayed through the real services,
 * so their events, references and deadlines are exactly what the app itself would have written.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { DemoDataSet, DemoRequest, DemoStep } from '../../../demo/types.js';
import type { TransitionBody } from '../../core/api/requests.js';
import { isOpen, type Status } from '../../core/lifecycle.js';
import type { Actor, Role } from '../../core/roles.js';
import { hashPassword } from '../auth/passwords.js';
import type { Relais } from '../context.js';
import type { Database } from '../db/schema.js';
import { boundingBox } from '../directory/territories.js';
import { addComment, createRequest } from '../requests/requests.service.js';
import { transitionRequest } from '../requests/requests.transitions.js';
import { loadDemoTemplates } from '../templates/demo-templates.js';

const HOUR = 3600_000;

type Ids = Map<string, string>;

function idOf(ids: Ids, kind: string, code: string | undefined): string | null {
  if (code === undefined) return null;
  const id = ids.get(`${kind}:${code}`);
  if (!id) throw new Error(`demo data: unknown ${kind} "${code}"`);
  return id;
}

async function loadOrganisation(db: Kysely<Database>, data: DemoDataSet, passwordHash: string, ids: Ids) {
  const newId = (kind: string, code: string) => {
    const id = uuidv7();
    ids.set(`${kind}:${code}`, id);
    return id;
  };
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const b of data.bodies) {
      await trx
        .insertInto('bodies')
        .values({ id: newId('body', b.code), code: b.code, name: b.name })
        .execute();
    }
    for (const t of data.territories) {
      const geometry = { type: 'Polygon' as const, coordinates: t.polygon };
      await trx
        .insertInto('territories')
        .values({
          id: newId('territory', t.code),
          code: t.code,
          name: t.name,
          geojson: JSON.stringify(geometry),
          ...boundingBox(geometry),
        })
        .execute();
    }
    for (const d of data.departments) {
      await trx
        .insertInto('departments')
        .values({
          id: newId('department', d.code),
          body_id: idOf(ids, 'body', d.bodyCode) ?? '',
          code: d.code,
          name: d.name,
          territory_id: idOf(ids, 'territory', d.territoryCode),
          is_hub: d.territoryCode ? 1 : 0,
          emits: d.emits ? 1 : 0,
          receives: d.receives ? 1 : 0,
          email: d.email ?? null,
        })
        .execute();
    }
    for (const c of data.contractors) {
      await trx
        .insertInto('contractors')
        .values({ id: newId('contractor', c.code), code: c.code, name: c.name, email: null })
        .execute();
    }
    for (const f of data.families) {
      await trx
        .insertInto('families')
        .values({
          id: newId('family', f.code),
          body_id: idOf(ids, 'body', f.bodyCode) ?? '',
          code: f.code,
          name: f.name,
          description: f.description,
        })
        .execute();
    }
    for (const c of data.categories) {
      await trx
        .insertInto('categories')
        .values({
          id: newId('category', c.code),
          family_id: idOf(ids, 'family', c.familyCode) ?? '',
          code: c.code,
          name: c.name,
          description: c.description,
          synonyms: JSON.stringify(c.synonyms),
          department_id: idOf(ids, 'department', c.departmentCode) ?? '',
          deadline_days: c.deadlineDays,
          needs_validation: c.needsValidation ? 1 : 0,
          needs_contractor: c.needsContractor ? 1 : 0,
          procedure: JSON.stringify(c.procedure),
        })
        .execute();
    }
    for (const u of data.users) {
      await trx
        .insertInto('users')
        .values({
          id: newId('user', u.email),
          email: u.email,
          name: u.name,
          password_hash: passwordHash,
          role: u.role,
          body_id: idOf(ids, 'body', u.bodyCode),
          department_id: idOf(ids, 'department', u.departmentCode),
          contractor_id: idOf(ids, 'contractor', u.contractorCode),
          locale: 'fr',
          created_at: now,
        })
        .execute();
    }
  });
}

/** Demo users as actors with their real scopes. */
function demoActors(data: DemoDataSet, ids: Ids): Actor[] {
  return data.users.map((u) => ({
    id: idOf(ids, 'user', u.email) ?? '',
    name: u.name,
    role: u.role,
    bodyId: idOf(ids, 'body', u.bodyCode),
    departmentId: idOf(ids, 'department', u.departmentCode),
    contractorId: idOf(ids, 'contractor', u.contractorCode),
  }));
}

/**
 * Who makes a step: a demo user of the role whose scope covers the request if there is one;
 * otherwise the role's first user acting within the request's scope (history is replayed as if
 * the department or company in charge had its own account).
 */
function actorFor(actors: Actor[], role: Role, scope: { departmentId: string | null; contractorId: string | null }) {
  const ofRole = actors.filter((a) => a.role === role);
  const fitting = ofRole.find(
    (a) =>
      (role === 'department_agent' && a.departmentId === scope.departmentId) ||
      (role === 'contractor' && a.contractorId === scope.contractorId),
  );
  const first = ofRole[0];
  if (fitting) return fitting;
  if (!first) throw new Error(`demo data: no user with role ${role}`);
  return { ...first, departmentId: scope.departmentId, contractorId: scope.contractorId, bodyId: null };
}

interface Replay {
  relais: Relais;
  ids: Ids;
  actors: Actor[];
  data: DemoDataSet;
  /** Requests per category, to find what a duplicate duplicates: the closest open one. */
  byCategory: Map<string, { id: string; status: Status; lat: number; lon: number }[]>;
}

function transitionOf(
  step: Exclude<DemoStep, { action: 'comment' }>,
  request: DemoRequest,
  replay: Replay,
  selfId: string,
): TransitionBody {
  const { ids, data } = replay;
  switch (step.action) {
    case 'accept': {
      const category = data.categories.find((c) => c.code === request.categoryCode);
      return {
        action: 'accept',
        categoryId: idOf(ids, 'category', request.categoryCode) ?? '',
        departmentId: idOf(ids, 'department', category?.departmentCode) ?? '',
        priority: step.priority,
      };
    }
    case 'submit_for_validation':
      return { action: 'submit_for_validation', contractorId: idOf(ids, 'contractor', step.contractorCode) ?? '' };
    case 'redirect':
      return { action: 'redirect', bodyId: idOf(ids, 'body', step.bodyCode) ?? '', reason: step.reason };
    case 'mark_duplicate': {
      const distance = (c: { lat: number; lon: number }) => Math.hypot(c.lat - request.lat, c.lon - request.lon);
      const original = (replay.byCategory.get(request.categoryCode) ?? [])
        .filter((c) => c.id !== selfId && isOpen(c.status))
        .sort((a, b) => distance(a) - distance(b))[0];
      if (!original) throw new Error(`demo data: nothing open to duplicate for ${request.categoryCode}`);
      return { action: 'mark_duplicate', duplicateOfId: original.id };
    }
    default:
      return step;
  }
}

const ROLE_OF_STEP: Record<DemoStep['action'], Role> = {
  accept: 'dispatcher',
  start: 'department_agent',
  hold: 'department_agent',
  submit_for_validation: 'department_agent',
  validate: 'manager',
  resolve: 'department_agent',
  close: 'dispatcher',
  reopen: 'reception_agent',
  reject: 'dispatcher',
  redirect: 'dispatcher',
  mark_duplicate: 'dispatcher',
  comment: 'department_agent',
};

function roleOf(step: DemoStep, request: DemoRequest): Role {
  if (step.action === 'resolve' && request.steps.some((s) => s.action === 'validate')) return 'contractor';
  return ROLE_OF_STEP[step.action];
}

const CREATOR_OF_ORIGIN: Record<DemoRequest['origin'], Role> = {
  counter: 'reception_agent',
  phone: 'reception_agent',
  email: 'reception_agent',
  field_technician: 'field_technician',
  elected_official: 'dispatcher',
  department: 'department_agent',
  web: 'dispatcher',
  open311: 'dispatcher',
};

async function replayRequest(replay: Replay, request: DemoRequest, now: number) {
  const category = replay.data.categories.find((c) => c.code === request.categoryCode);
  const scope = { departmentId: null as string | null, contractorId: null as string | null };
  let at = now - request.daysAgo * 24 * HOUR - 6 * HOUR;
  const { request: created } = await createRequest(
    replay.relais,
    actorFor(replay.actors, CREATOR_OF_ORIGIN[request.origin], scope),
    {
      origin: request.origin,
      description: request.description,
      address: request.address,
      lat: request.lat,
      lon: request.lon,
      categoryId: idOf(replay.ids, 'category', request.categoryCode),
      requester: request.requester && {
        ...request.requester,
        channel: request.requester.email ? 'email' : request.requester.phone ? 'sms' : 'none',
        consent: true,
      },
      answers: {},
    },
    new Date(at),
  );
  const entry = { id: created.id, status: created.status, lat: request.lat, lon: request.lon };
  const list = replay.byCategory.get(request.categoryCode) ?? [];
  list.push(entry);
  replay.byCategory.set(request.categoryCode, list);
  // Steps spread over the time since the request came in, never in the future.
  const gap = Math.max(HOUR, (now - at) / (request.steps.length + 1));
  for (const step of request.steps) {
    at = Math.min(at + gap, now - 60_000);
    if (step.action === 'accept') scope.departmentId = idOf(replay.ids, 'department', category?.departmentCode);
    if (step.action === 'submit_for_validation')
      scope.contractorId = idOf(replay.ids, 'contractor', step.contractorCode);
    const by = actorFor(replay.actors, roleOf(step, request), scope);
    if (step.action === 'comment') {
      await addComment(replay.relais, by, created.id, { body: step.body, public: step.public }, new Date(at));
      continue;
    }
    const dto = await transitionRequest(
      replay.relais,
      by,
      created.id,
      transitionOf(step, request, replay, created.id),
      new Date(at),
    );
    entry.status = dto.status;
  }
}

/** Loads the organisation, users and requests of `data`; returns the users' e-mails by role. */
export async function loadDemo(relais: Relais, data: DemoDataSet, password: string): Promise<void> {
  const ids: Ids = new Map();
  await loadOrganisation(relais.db, data, await hashPassword(password), ids);
  await loadDemoTemplates(relais.db);
  const replay: Replay = { relais, ids, actors: demoActors(data, ids), data, byCategory: new Map() };
  const now = Date.now();
  // Oldest first, so references follow the order requests came in.
  const ordered = [...data.requests].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const request of ordered) await replayRequest(replay, request, now);
}
