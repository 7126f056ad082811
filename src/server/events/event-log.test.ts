import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest, makeUser } from '../../../test/helpers/factories.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { PublishedEvent } from './bus.js';
import { inTransaction } from './event-log.js';

let t: TestRelais;
beforeAll(async () => {
  t = await createTestRelais();
});
afterAll(() => t.close());

const eventsOf = (requestId: string) =>
  t.relais.db.selectFrom('request_events').selectAll().where('request_id', '=', requestId).orderBy('id').execute();
const requestRow = (id: string) =>
  t.relais.db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('the event log', () => {
  it('builds the row of a domain event, with the state change it records and the request touched', async () => {
    const actor = await makeUser(t.relais.db, 'dispatcher');
    const request = await makeRequest(t.relais.db, { createdAt: '2026-01-05T08:00:00.000Z' });
    const now = new Date('2026-03-02T10:00:00.000Z');
    const published: PublishedEvent[] = [];
    const stop = t.relais.bus.subscribe((e) => published.push(e));

    const [held, comment] = await inTransaction(t.relais, { actor, now }, async ({ record }) => [
      await record(
        request.id,
        { type: 'held', public: true, data: { reason: 'season', until: '2026-04-01' } },
        { from: 'new', to: 'on_hold', set: { hold_reason: 'season' } },
      ),
      await record(request.id, { type: 'comment', data: { body: 'Attendre le printemps.' } }),
    ]);
    stop();

    expect(await eventsOf(request.id)).toEqual([held, comment]);
    expect(held).toMatchObject({
      request_id: request.id,
      type: 'held',
      at: now.toISOString(),
      actor_id: actor.id,
      from_status: 'new',
      to_status: 'on_hold',
      public: 1,
    });
    expect(JSON.parse(held?.data ?? '')).toEqual({ reason: 'season', until: '2026-04-01' });
    // Internal unless said otherwise, and no status of its own.
    expect(comment).toMatchObject({ type: 'comment', public: 0, from_status: null, to_status: null });
    expect(await requestRow(request.id)).toMatchObject({
      status: 'on_hold',
      hold_reason: 'season',
      updated_at: now.toISOString(),
    });
    expect(published.map((e) => [e.eventId, e.type, e.public])).toEqual([
      [held?.id, 'held', true],
      [comment?.id, 'comment', false],
    ]);
  });

  it('writes nothing, state nor event, and publishes nothing when the transaction fails', async () => {
    const request = await makeRequest(t.relais.db);
    const published: PublishedEvent[] = [];
    const stop = t.relais.bus.subscribe((e) => published.push(e));
    await expect(
      inTransaction(t.relais, { actor: null, now: new Date() }, async ({ record }) => {
        await record(request.id, { type: 'started', public: true, data: {} }, { from: 'new', to: 'in_progress' });
        throw new Error('the work fails after the event');
      }),
    ).rejects.toThrow('fails after the event');
    stop();
    expect(await eventsOf(request.id)).toEqual([]);
    expect(await requestRow(request.id)).toMatchObject({ status: 'new', updated_at: request.updated_at });
    expect(published).toEqual([]);
  });
});
