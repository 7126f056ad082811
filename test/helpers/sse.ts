/** A server-sent events client for tests: opens a stream with a session cookie and reads its events. */
import http from 'node:http';

export interface SseMessage {
  event: string;
  id: string;
  data: unknown;
}

export interface SseStream {
  status: number;
  contentType: string | null;
  /** The next event (comments and retry lines aside); rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseMessage>;
  /** Drops the connection, as a browser tab being closed does. */
  close(): void;
  /** Resolves when the stream ends, whichever side ended it. */
  ended: Promise<void>;
}

function parseFrame(frame: string): SseMessage | null {
  const fields = new Map<string, string>();
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
  }
  const data = fields.get('data');
  if (data === undefined) return null;
  return { event: fields.get('event') ?? 'message', id: fields.get('id') ?? '', data: JSON.parse(data) };
}

export function openSse(url: string, cookie: string): Promise<SseStream> {
  const received: SseMessage[] = [];
  const waiting: ((message: SseMessage) => void)[] = [];
  const deliver = (message: SseMessage) => {
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else received.push(message);
  };
  return new Promise((resolve, reject) => {
    // A connection of its own (no keep-alive pool), closed for good by close().
    const request = http.get(url, { agent: false, headers: { cookie, accept: 'text/event-stream' } }, (response) => {
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const message = parseFrame(buffer.slice(0, end));
          if (message) deliver(message);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      });
      const ended = new Promise<void>((done) => response.on('close', done));
      resolve({
        status: response.statusCode ?? 0,
        contentType: response.headers['content-type'] ?? null,
        next(timeoutMs = 5000) {
          const ready = received.shift();
          if (ready) return Promise.resolve(ready);
          return new Promise((resolveNext, rejectNext) => {
            const timer = setTimeout(() => {
              waiting.splice(waiting.indexOf(onMessage), 1);
              rejectNext(new Error(`no event within ${timeoutMs} ms`));
            }, timeoutMs);
            const onMessage = (message: SseMessage) => {
              clearTimeout(timer);
              resolveNext(message);
            };
            waiting.push(onMessage);
          });
        },
        close: () => request.destroy(),
        ended,
      });
    });
    request.on('error', reject);
  });
}

/** Polls `condition` until it holds, failing after `timeoutMs`. */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
