/**
 * Writing to the request event log. Every change of a request goes through `inTransaction`: the
 * request's new state, its events and the messages they make (outbox rows) commit together, then
 * the events are published on the bus. Features hand the log domain events (`core/events.ts`); the
 * log alone builds the rows (id, time, actor, statuses, JSON, visibility) and keeps the request's
 * `updated_at`.
 */
import type { Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { DomainEvent } from '../../core/events.js';
import type { Status } from '../../core/lifecycle.js';
import type { Actor } from '../../core/roles.js';
import type { Relais } from '../context.js';
import type { Database, RequestEventRow, RequestUpdate } from '../db/schema.js';
import { queueRequesterMessages } from '../notifications/requester-messages.js';
import { insertEvent, updateRequest } from './event-log.repository.js';

/** A change of the request's state that an event records: its status, and other columns with it. */
export interface StateChange {
  /** Null when the event creates the request. */
  from: Status | null;
  to: Status;
  set?: Omit<RequestUpdate, 'status' | 'updated_at'>;
}

export interface EventWriter {
  trx: Transaction<Database>;
  /**
   * Appends an event to a request's log in the current transaction, with the state change it
   * records if any, the request's `updated_at`, and the messages the event makes (outbox). Record it
   * after the feature's own writes: the messages read the state they describe.
   */
  record(requestId: string, event: DomainEvent, change?: StateChange): Promise<RequestEventRow>;
}

/** Who acts and when: every event of the transaction has this actor and this time. */
export interface EventContext {
  /** Null for the system's own work. */
  actor: Pick<Actor, 'id'> | null;
  now: Date;
}

export async function inTransaction<T>(
  relais: Relais,
  { actor, now }: EventContext,
  work: (writer: EventWriter) => Promise<T>,
): Promise<T> {
  const at = now.toISOString();
  const recorded: RequestEventRow[] = [];
  const result = await relais.db.transaction().execute((trx) =>
    work({
      trx,
      async record(requestId, event, change) {
        await updateRequest(
          trx,
          requestId,
          change ? { ...change.set, status: change.to, updated_at: at } : { updated_at: at },
        );
        const row: RequestEventRow = {
          id: uuidv7(),
          request_id: requestId,
          type: event.type,
          at,
          actor_id: actor?.id ?? null,
          from_status: change?.from ?? null,
          to_status: change?.to ?? null,
          public: event.public ? 1 : 0,
          data: JSON.stringify(event.data),
        };
        await insertEvent(trx, row);
        await queueRequesterMessages(trx, relais.config, row);
        recorded.push(row);
        return row;
      },
    }),
  );
  for (const e of recorded) {
    relais.bus.publish({ eventId: e.id, requestId: e.request_id, type: e.type, public: e.public === 1, at: e.at });
  }
  return result;
}
