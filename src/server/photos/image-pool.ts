/**
 * Photos are decoded on worker threads, never on the event loop: a 49-megapixel PNG takes seconds of
 * CPU and hundreds of MB, and the other requests must not wait behind it. The queue in front of the
 * workers is bounded: when it is full, an upload is answered 503 with Retry-After at once, rather
 * than piling up memory.
 */
import { Piscina } from 'piscina';
import { HttpError, unavailable } from '../errors.js';
import type { ImageLimits, ProcessedImage } from './image.js';
import type { DecodeOutcome, DecodeTask } from './image-worker.js';

export interface ImagePool {
  process(input: Buffer, name: string, limits: ImageLimits): Promise<ProcessedImage>;
  close(): Promise<void>;
}

/** Seconds a client is asked to wait when the queue is full: about one photo's decoding. */
const RETRY_AFTER_SECONDS = 5;

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function imagePool(options: { threads: number; queue: number }): ImagePool {
  const pool = new Piscina<DecodeTask, DecodeOutcome>({
    filename: new URL('./image-worker.mjs', import.meta.url).href,
    // Workers start on the first photo, not with every instance (or test) that never gets one.
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: 60_000,
  });
  // Counted here rather than by Piscina's queue, which also holds tasks while a worker starts.
  let inFlight = 0;
  return {
    async process(input, name, limits) {
      if (inFlight >= options.threads + options.queue) {
        throw unavailable('Too many photos are being processed: try again in a few seconds', RETRY_AFTER_SECONDS);
      }
      inFlight += 1;
      const outcome = await pool.run({ input, name, limits }).finally(() => {
        inFlight -= 1;
      });
      if ('refused' in outcome) throw new HttpError(outcome.refused.statusCode, outcome.refused.message);
      const { image } = outcome;
      return { ...image, full: asBuffer(image.full), thumbnail: asBuffer(image.thumbnail) };
    },
    close: () => pool.close(),
  };
}
