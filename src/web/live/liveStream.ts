/**
 * The connection to GET /api/live. The browser's EventSource reconnects by itself after a network
 * error; after an HTTP error (401 once signed out, 502 while the server restarts) it gives up for
 * good, so this opens a new one after a growing delay.
 */
import { LIVE_EVENT_NAME, type LiveEvent, liveEventSchema } from '../../core/api/live.js';

export type LiveStatus = 'connecting' | 'open' | 'offline';

export interface LiveHandlers {
  onEvent(event: LiveEvent): void;
  onStatus(status: LiveStatus): void;
  /** The server refused the stream: the session may have ended. */
  onRefused(): void;
}

const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;

function parse(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = liveEventSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Opens the stream and keeps it open; returns the function that closes it for good. */
export function openLiveStream(url: string, handlers: LiveHandlers): () => void {
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let delay = RETRY_FIRST_MS;

  const connect = () => {
    handlers.onStatus('connecting');
    const current = new EventSource(url, { withCredentials: true });
    source = current;
    current.addEventListener('open', () => {
      delay = RETRY_FIRST_MS;
      handlers.onStatus('open');
    });
    current.addEventListener(LIVE_EVENT_NAME, (message) => {
      const event = parse(message.data);
      if (event) handlers.onEvent(event);
    });
    current.addEventListener('error', () => {
      handlers.onStatus('offline');
      if (current.readyState !== EventSource.CLOSED) return;
      current.close();
      handlers.onRefused();
      retry = setTimeout(connect, delay);
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    });
  };

  connect();
  return () => {
    clearTimeout(retry);
    source?.close();
  };
}
