/**
 * Writing to the request event log. Every change of a request goes through `inTransaction`:
 * the state and its events commit together, then the events are published on the bus.
 */
import type { Transaction } from 'kysely';
import type { Relais } from '../context.js';
import type { Database, NewRequestEventRow } from '../db/schema.js';
import { insertEvent } from './requests.repository.js';

export interface EventWriter {
  trx: Transaction<Database>;
  /** Appends an event to a request's log, in the current transaction. */
  record(event: NewRequestEventRow): Promise<void>;
}

export async function inTransaction<T>(relais: Relais, work: (writer: EventWriter) => Promise<T>): Promise<T> {
  const recorded: NewRequestEventRow[] = [];
  const result = await relais.db.transaction().execute((trx) =>
    work({
      trx,
      async record(event) {
        await insertEvent(trx, event);
        recorded.push(event);
      },
    }),
  );
  for (const e of recorded) {
    relais.bus.publish({ eventId: e.id, requestId: e.request_id, type: e.type, public: e.public === 1, at: e.at });
  }
  return result;
}
