/** Reports attached to an existing request, and the look-up of known requesters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { KnownRequester } from '../../core/api/intake.js';

let t: TestRelais;
let agent: Client;

beforeAll(async () => {
  t = await createTestRelais();
  agent = await actAs(t.app, t.relais.db, 'reception_agent');
});
afterAll(() => t.close());

const lea = {
  name: 'Léa Dupont',
  email: 'lea.dupont@example.org',
  phone: '06 11 22 33 44',
  channel: 'email',
  consent: true,
};
const attach = (requestId: string, body: Record<string, unknown> = {}) =>
  agent.post(`/api/requests/${requestId}/reports`, {
    origin: 'phone',
    description: 'Toujours en panne ce matin',
    requester: lea,
    ...body,
  });

describe('POST /api/requests/:id/reports', () => {
  it('adds the reporter as a follower and records a public event without their details', async () => {
    const request = await makeRequest(t.relais.db, { status: 'accepted' });
    const res = await attach(request.id);
    expect(res.statusCode).toBe(201);
    const answer = res.json();
    expect(answer).toMatchObject({ requestId: request.id, reference: request.reference });

    const follower = await t.relais.db
      .selectFrom('request_followers')
      .selectAll()
      .where('id', '=', answer.followerId)
      .executeTakeFirstOrThrow();
    expect(follower).toMatchObject({
      request_id: request.id,
      name: 'Léa Dupont',
      email: 'lea.dupont@example.org',
      phone: '06 11 22 33 44',
      channel: 'email',
      consent: 1,
    });

    const detail = (await agent.get(`/api/requests/${request.id}`)).json();
    const event = detail.events.find((e: { type: string }) => e.type === 'report_attached');
    expect(event).toMatchObject({
      public: true,
      actor: { id: agent.userId },
      data: { origin: 'phone', description: 'Toujours en panne ce matin', followerId: answer.followerId },
    });
    expect(JSON.stringify(event.data)).not.toMatch(/Léa|Dupont|lea\.dupont|06 11/);
    expect(answer.event.id).toBe(event.id);
  });

  it('returns 409 on a request that is no longer open', async () => {
    const request = await makeRequest(t.relais.db, { status: 'closed' });
    const res = await attach(request.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('register a new request instead');
  });

  it('returns 404 for an unknown request', async () => {
    const res = await attach('0190a000-0000-7000-8000-000000000000');
    expect(res.statusCode).toBe(404);
  });

  it('returns 400 naming the field when the requester has no name', async () => {
    const request = await makeRequest(t.relais.db);
    const res = await attach(request.id, { requester: { ...lea, name: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('body.requester.name');
  });

  it.each(['contractor', 'analyst'] as const)('returns 403 to a %s', async (role) => {
    const request = await makeRequest(t.relais.db);
    const client = await actAs(t.app, t.relais.db, role);
    const res = await client.post(`/api/requests/${request.id}/reports`, { origin: 'phone', requester: lea });
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /api/intake/requesters', () => {
  const register = async (requester: Record<string, unknown>) => {
    const res = await agent.post('/api/requests', {
      origin: 'counter',
      description: 'Nid-de-poule dangereux',
      address: '1 rue Écuyère, Caen',
      lat: 49.1833,
      lon: -0.3701,
      requester,
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { reference: string; createdAt: string };
  };
  const lookUp = async (q: string) => {
    const res = await agent.get(`/api/intake/requesters?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    return res.json().items as KnownRequester[];
  };

  let latest: { reference: string; createdAt: string };

  beforeAll(async () => {
    const helene = {
      name: 'Hélène Lefèvre',
      email: 'helene.lefevre@example.org',
      phone: '06 12 34 56 78',
      channel: 'sms',
      consent: true,
    };
    await register(helene);
    latest = await register(helene);
    await register({ name: 'Paul Martin', email: 'paul.martin@example.org', channel: 'email', consent: false });
  });

  it('finds a requester by name without accents, once, with their latest request', async () => {
    expect(await lookUp('helene lef')).toEqual([
      {
        name: 'Hélène Lefèvre',
        email: 'helene.lefevre@example.org',
        phone: '06 12 34 56 78',
        channel: 'sms',
        lastReference: latest.reference,
        lastAt: latest.createdAt,
      },
    ]);
  });

  it('finds a requester by part of the e-mail, or by phone digits however they are written', async () => {
    expect((await lookUp('lefevre@exa')).map((r) => r.name)).toEqual(['Hélène Lefèvre']);
    expect((await lookUp('0612345')).map((r) => r.name)).toEqual(['Hélène Lefèvre']);
    expect((await lookUp('06.12.34.56')).map((r) => r.name)).toEqual(['Hélène Lefèvre']);
  });

  it('finds people who follow a request, with that request', async () => {
    const request = await makeRequest(t.relais.db);
    await attach(request.id, { requester: { ...lea, name: 'Zoé Followeuse' } });
    expect(await lookUp('zoe follow')).toMatchObject([{ name: 'Zoé Followeuse', lastReference: request.reference }]);
  });

  it('never proposes someone who did not agree to have their details kept', async () => {
    expect(await lookUp('paul martin')).toEqual([]);
  });

  it('answers at most 5 people, latest first', async () => {
    for (let i = 1; i <= 6; i++) await register({ name: `Usager Nombreux ${i}`, channel: 'none', consent: true });
    const found = await lookUp('usager nombreux');
    expect(found).toHaveLength(5);
    expect(found[0]?.name).toBe('Usager Nombreux 6');
  });

  it('returns 400 for a query of less than 3 characters', async () => {
    expect((await agent.get('/api/intake/requesters?q=ab')).statusCode).toBe(400);
  });

  it.each(['contractor', 'analyst'] as const)('returns 403 to a %s, who may not read personal data', async (role) => {
    const client = await actAs(t.app, t.relais.db, role);
    expect((await client.get('/api/intake/requesters?q=helene')).statusCode).toBe(403);
  });
});
