/**
 * The event bus: after a transaction commits, the request events it wrote are published here;
 * live streams and other listeners subscribe. Events carry ids, not objects: listeners reload.
 */
import { EventEmitter } from 'node:events';
import type { EventType } from '../../core/events.js';

export interface PublishedEvent {
  eventId: string;
  requestId: string;
  type: EventType;
  public: boolean;
  at: string;
}

export interface EventBus {
  publish(event: PublishedEvent): void;
  /** Registers a listener; returns the function that removes it. */
  subscribe(listener: (event: PublishedEvent) => void): () => void;
  /** Listeners on this instance (live streams hold one while at least one stream is open). */
  subscriberCount(): number;
  close(): Promise<void>;
}

/** One instance's bus. With several instances, a bus that crosses them wraps this one. */
export function localBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (event) => emitter.emit('event', event),
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    subscriberCount: () => emitter.listenerCount('event'),
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}
