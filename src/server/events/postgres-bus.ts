/**
 * The bus across instances on PostgreSQL: each event published here goes to this instance's
 * listeners at once and, through NOTIFY, to the other instances, which LISTEN on a dedicated
 * connection and hand it to their own listeners. Every local listener sees each event once: an
 * instance recognises its own notifications (they carry its origin id) and skips them.
 *
 * Publishing happens after the transaction commits (see events/event-log.ts), so a notification
 * never announces an event that was rolled back. While the listening connection is down (it is
 * reopened with a growing delay), other instances' events are missed; screens reload on reconnect.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { z } from 'zod';
import { EVENT_TYPES } from '../../core/events.js';
import { type EventBus, localBus, type PublishedEvent } from './bus.js';

export const DEFAULT_CHANNEL = 'relais_events';
const MAX_RECONNECT_DELAY_MS = 30_000;

const notification = z.object({
  origin: z.string(),
  eventId: z.string(),
  requestId: z.string(),
  type: z.enum(EVENT_TYPES),
  public: z.boolean(),
  at: z.string(),
});

export interface PostgresBusOptions {
  /** Instances that share a channel (and a database) see each other's events. */
  channel?: string;
  /** First wait before reopening a lost listening connection; it doubles up to 30 s. */
  reconnectDelayMs?: number;
  onError?: (error: unknown) => void;
}

export interface PostgresBus extends EventBus {
  /** Resolves once this instance listens: events published elsewhere before that are not seen. */
  ready: Promise<void>;
}

export function postgresBus(url: string, local: EventBus, options: PostgresBusOptions = {}): PostgresBus {
  const channel = options.channel ?? DEFAULT_CHANNEL;
  const firstDelay = options.reconnectDelayMs ?? 1000;
  const report = options.onError ?? (() => {});
  const origin = randomUUID();
  const applicationName = `relais-bus:${channel}`.slice(0, 63);
  // One connection for NOTIFY: notifications leave in the order events were published.
  const notifier = new pg.Pool({ connectionString: url, max: 1, application_name: applicationName });
  notifier.on('error', report);
  let sending: Promise<unknown> = Promise.resolve();
  let listener: pg.Client | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let delay = firstDelay;

  function receive(payload: string | undefined): void {
    let parsed: z.infer<typeof notification>;
    try {
      parsed = notification.parse(JSON.parse(payload ?? ''));
    } catch (error) {
      report(error);
      return;
    }
    const { origin: from, ...event } = parsed;
    if (from !== origin) local.publish(event);
  }

  function reconnectLater(): void {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      listen().catch(report);
    }, delay);
    delay = Math.min(delay * 2, MAX_RECONNECT_DELAY_MS);
  }

  function lost(client: pg.Client): void {
    if (client !== listener) return;
    listener = null;
    reconnectLater();
  }

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: url, application_name: applicationName });
    client.on('notification', (message) => {
      if (message.channel === channel) receive(message.payload);
    });
    client.on('error', (error) => {
      report(error);
      lost(client);
    });
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      client.end().catch(() => {});
      reconnectLater();
      throw error;
    }
    if (closed) {
      await client.end();
      return;
    }
    listener = client;
    delay = firstDelay;
  }

  const ready = listen();
  // Whoever starts the bus awaits `ready`; this keeps a failed first attempt from going unhandled.
  ready.catch(() => {});
  return {
    ready,
    publish(event: PublishedEvent) {
      local.publish(event);
      const payload = JSON.stringify({ ...event, origin });
      sending = sending.then(() => notifier.query('select pg_notify($1, $2)', [channel, payload])).catch(report);
    },
    subscribe: (subscriber) => local.subscribe(subscriber),
    subscriberCount: () => local.subscriberCount(),
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await sending;
      const client = listener;
      listener = null;
      await client?.end();
      await notifier.end();
      await local.close();
    },
  };
}

/** The bus an instance needs: across instances on PostgreSQL, in-process on SQLite. */
export async function busFor(
  database: { dialect: 'sqlite' | 'postgres'; url: string | null },
  options: PostgresBusOptions = {},
): Promise<EventBus> {
  if (database.dialect !== 'postgres' || !database.url) return localBus();
  const bus = postgresBus(database.url, localBus(), options);
  await bus.ready;
  return bus;
}
