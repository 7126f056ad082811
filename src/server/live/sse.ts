/**
 * A server-sent events response on the raw Node response: the stream is the connection, so
 * Fastify's reply is hijacked. A comment line every heartbeat keeps proxies from closing an idle
 * stream and makes a vanished client show up as a failed write; the stream then ends.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply } from 'fastify';

export const HEARTBEAT_MS = 25_000;
/** Milliseconds a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 3000;
/** A client that lets this much pile up unread is dropped: it reconnects and reloads. */
const MAX_UNREAD_BYTES = 1024 * 1024;

export interface EventStream {
  send(event: string, id: string, data: unknown): void;
  end(): void;
  /** Runs once, when the connection closes for whatever reason. */
  onClose(listener: () => void): void;
}

export interface EventStreamOptions {
  heartbeatMs: number;
  /** Checked at each heartbeat: the stream ends when it answers false (e.g. signed out). */
  stillAllowed(): Promise<boolean>;
}

export function openEventStream(reply: FastifyReply, options: EventStreamOptions): EventStream {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    ...(reply.getHeaders() as OutgoingHttpHeaders),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Reverse proxies (nginx) must pass events on at once.
    'x-accel-buffering': 'no',
  });
  const closeListeners: (() => void)[] = [];
  let open = true;

  const end = () => {
    if (open) res.end();
  };
  const write = (chunk: string) => {
    if (!open) return;
    if (res.writableLength > MAX_UNREAD_BYTES) {
      res.destroy();
      return;
    }
    res.write(chunk);
  };

  const heartbeat = setInterval(() => {
    write(': heartbeat\n\n');
    options.stillAllowed().then(
      (allowed) => {
        if (!allowed) end();
      },
      () => {},
    );
  }, options.heartbeatMs);

  res.on('close', () => {
    open = false;
    clearInterval(heartbeat);
    for (const listener of closeListeners) listener();
  });
  res.on('error', () => res.destroy());
  write(`retry: ${RETRY_MS}\n: connected\n\n`);

  return {
    send(event, id, data) {
      write(`event: ${event}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end,
    onClose(listener) {
      closeListeners.push(listener);
    },
  };
}
