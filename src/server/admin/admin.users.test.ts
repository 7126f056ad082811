import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContractor, makeDepartment, makeUser, TEST_PASSWORD } from '../../../test/helpers/factories.js';
import { actAs, type Client, signIn } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { auditOf, send } from './admin.test-helpers.js';

let t: TestRelais;
let admin: Client;

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
});
afterAll(() => t.close());

const NEW_PASSWORD = 'une phrase de passe assez longue';
let emails = 0;
const newEmail = () => `agent.${Date.now()}.${++emails}@caen.example`;

describe('users', () => {
  it('creates a user who can sign in; the password is hashed and never in the audit log', async () => {
    const department = await makeDepartment(t.relais.db);
    const email = newEmail();
    const res = await send(t, admin, 'POST', '/api/admin/users', {
      json: {
        email: email.toUpperCase(),
        name: 'Léa Martin',
        role: 'department_agent',
        departmentId: department.id,
        password: NEW_PASSWORD,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      email,
      role: 'department_agent',
      departmentId: department.id,
      disabled: false,
      locale: 'fr',
    });
    expect(user).not.toHaveProperty('password');

    const row = await t.relais.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirst();
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    await expect(signIn(t.app, email, NEW_PASSWORD)).resolves.toBeDefined();

    const audit = await auditOf(t, user.id);
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(audit[0]?.after).not.toContain('argon2');
    expect(audit[0]?.after).not.toContain(NEW_PASSWORD);
  });

  it('returns 409 for an e-mail already used', async () => {
    const existing = await makeUser(t.relais.db, 'dispatcher');
    const res = await send(t, admin, 'POST', '/api/admin/users', {
      json: { email: existing.email, name: 'Doublon', role: 'dispatcher', password: NEW_PASSWORD },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('email: another user already has this email');
  });

  it('changes role, scopes and name; the change applies to the user at once', async () => {
    const contractor = await makeContractor(t.relais.db);
    const user = await actAs(t.app, t.relais.db, 'dispatcher');
    const res = await send(t, admin, 'PATCH', `/api/admin/users/${user.userId}`, {
      json: { role: 'contractor', contractorId: contractor.id, name: 'Net Graff — équipe 2' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ role: 'contractor', contractorId: contractor.id, name: 'Net Graff — équipe 2' });
    expect((await user.get('/api/auth/me')).json().user.role).toBe('contractor');
    expect((await auditOf(t, user.userId)).map((a) => a.action)).toEqual(['update']);
  });

  it('returns 400 naming the field when scopes do not fit the role', async () => {
    const user = await makeUser(t.relais.db, 'dispatcher');
    const res = await send(t, admin, 'PATCH', `/api/admin/users/${user.id}`, { json: { role: 'contractor' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('contractorId: a contractor user needs their company');
  });

  it('disabling a user ends all their sessions at once: their next request is 401; enabling lets them sign in again', async () => {
    const user = await makeUser(t.relais.db, 'reception_agent');
    const sessions = [await signIn(t.app, user.email), await signIn(t.app, user.email)];
    const res = await send(t, admin, 'POST', `/api/admin/users/${user.id}/disable`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().disabled).toBe(true);
    for (const session of sessions) {
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
      expect(me.statusCode).toBe(401);
    }
    const left = await t.relais.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(left).toEqual([]);
    await expect(signIn(t.app, user.email)).rejects.toThrow(/401/);

    const enabled = await send(t, admin, 'POST', `/api/admin/users/${user.id}/enable`);
    expect(enabled.json().disabled).toBe(false);
    await expect(signIn(t.app, user.email)).resolves.toBeDefined();
    expect((await auditOf(t, user.id)).map((a) => a.action)).toEqual(['disable', 'enable']);
  });

  it('resets a password: the old one stops working, sessions end, the audit row holds no secret', async () => {
    const user = await makeUser(t.relais.db, 'manager');
    const session = await signIn(t.app, user.email);
    const res = await send(t, admin, 'POST', `/api/admin/users/${user.id}/password`, {
      json: { password: NEW_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
    await expect(signIn(t.app, user.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    await expect(signIn(t.app, user.email, NEW_PASSWORD)).resolves.toBeDefined();
    const audit = await auditOf(t, user.id);
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([['reset_password', null, null]]);
  });

  it('returns 400 for a password shorter than 12 characters', async () => {
    const user = await makeUser(t.relais.db, 'manager');
    const res = await send(t, admin, 'POST', `/api/admin/users/${user.id}/password`, { json: { password: 'court' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('body.password');
  });

  it('refuses with 409 that administrators disable themselves or change their own role', async () => {
    const disable = await send(t, admin, 'POST', `/api/admin/users/${admin.userId}/disable`);
    expect(disable.statusCode).toBe(409);
    const demote = await send(t, admin, 'PATCH', `/api/admin/users/${admin.userId}`, { json: { role: 'analyst' } });
    expect(demote.statusCode).toBe(409);
  });

  it('lists users without password hashes', async () => {
    const res = await send(t, admin, 'GET', '/api/admin/users');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('argon2');
    expect(res.json().map((u: { id: string }) => u.id)).toContain(admin.userId);
  });
});
