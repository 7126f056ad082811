/**
 * The live hub of one instance: the open streams of signed-in users, fed from the event bus.
 * Bus events carry ids: for each one the hub reloads the request once and sends the event to every
 * stream whose user may see it (the request's scope, and for an internal event the right to read
 * internal events). It listens to the bus only while a stream is open.
 */
import type { FastifyBaseLogger } from 'fastify';
import { type LiveEvent, liveEventSchema } from '../../core/api/live.js';
import { can, type RequestScope } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { scopeOf } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import type { PublishedEvent } from '../events/bus.js';
import { findRequest } from '../requests/requests.repository.js';

export interface LiveStream {
  actor: Actor;
  /** The session that opened it: streams are capped per session. */
  sessionId: string;
  send(event: LiveEvent): void;
  end(): void;
}

export interface LiveHub {
  /** Adds a stream; returns the function that removes it. */
  add(stream: LiveStream): () => void;
  size(): number;
  /** How many streams `sessionId` holds open. */
  sizeOf(sessionId: string): number;
  /** Ends every stream (the instance is shutting down). */
  endAll(): void;
}

function maySee(actor: Actor, scope: RequestScope, isPublic: boolean): boolean {
  return can(actor, 'request.read', scope) && (isPublic || can(actor, 'request.read_internal', scope));
}

export function liveHub(relais: Relais, log: FastifyBaseLogger): LiveHub {
  const streams = new Set<LiveStream>();
  let unsubscribe: (() => void) | null = null;
  // Events are handled one after the other, so each stream gets them in the order they happened.
  let queue: Promise<void> = Promise.resolve();

  async function deliver(event: PublishedEvent): Promise<void> {
    if (streams.size === 0) return;
    const row = await findRequest(relais.db, event.requestId);
    if (!row) return;
    const parsed = liveEventSchema.safeParse({
      ...event,
      reference: row.reference,
      status: row.status,
      departmentId: row.department_id,
    });
    if (!parsed.success) {
      log.error({ event, issues: parsed.error.issues }, 'live: event not sent, it does not fit the live schema');
      return;
    }
    const scope = scopeOf(row);
    for (const stream of streams) {
      if (maySee(stream.actor, scope, event.public)) stream.send(parsed.data);
    }
  }

  const onEvent = (event: PublishedEvent) => {
    queue = queue.then(() => deliver(event)).catch((err: unknown) => log.error({ err }, 'live: event not delivered'));
  };

  return {
    add(stream) {
      streams.add(stream);
      unsubscribe ??= relais.bus.subscribe(onEvent);
      return () => {
        streams.delete(stream);
        if (streams.size === 0 && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
        }
      };
    },
    size: () => streams.size,
    sizeOf(sessionId) {
      let count = 0;
      for (const stream of streams) if (stream.sessionId === sessionId) count += 1;
      return count;
    },
    endAll() {
      for (const stream of streams) stream.end();
    },
  };
}
