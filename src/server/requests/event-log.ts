/**
 * Writing to the request event log. Every change of a request goes through `inTransaction`:
 * the state, its events and the messages they make (outbox rows) commit together, then the events
 * are published on the bus.
 */
import type { Transaction } from 'kysely';
import type { Relais } from '../context.js';
import type { Database, NewRequestEventRow } from '../db/schema.js';
import { queueRequesterMessages } from '../notifications/requester-messages.js';
import { insertEvent } from './requests.repository.js';

export interface EventWriter {
  trx: Transaction<Database>;
  /**
   * Appends an event to a request's log, and the messages it makes to the outbox, in the current
   * transaction. Record it after writing the state it describes: the messages read that state.
   */
  record(event: NewRequestEventRow): Promise<void>;
}

export async function inTransaction<T>(relais: Relais, work: (writer: EventWriter) => Promise<T>): Promise<T> {
  const recorded: NewRequestEventRow[] = [];
  const result = await relais.db.transaction().execute((trx) =>
    work({
      trx,
      async record(event) {
        await insertEvent(trx, event);
        await queueRequesterMessages(trx, relais.config, event);
        recorded.push(event);
      },
    }),
  );
  for (const e of recorded) {
    relais.bus.publish({ eventId: e.id, requestId: e.request_id, type: e.type, public: e.public === 1, at: e.at });
  }
  return result;
}
