/**
 * Photos uploaded for a request that was never registered (the form was abandoned) are purged
 * once old enough, with their files unless another photo has the same bytes (files are stored by
 * content). Every instance may run the purge: deleting twice deletes nothing more.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Relais } from '../context.js';
import type { Worker } from '../notifications/outbox.worker.js';
import { deleteUnclaimedPhotos, hashesInUse } from './photos.repository.js';
import { fileStoreOf } from './photos.service.js';

/** Photos deleted per statement, so a long backlog never makes one huge query. */
const BATCH = 500;
const EVERY_MS = 60 * 60_000;

export interface PurgeReport {
  photos: number;
  files: number;
}

/** Deletes the photos never attached to a request and older than `maxAgeMs`, then their unused files. */
export async function purgeUnclaimedPhotos(relais: Relais, maxAgeMs: number, now = new Date()): Promise<PurgeReport> {
  const cutoff = new Date(now.getTime() - maxAgeMs);
  const store = fileStoreOf(relais);
  const report: PurgeReport = { photos: 0, files: 0 };
  let deleted: Awaited<ReturnType<typeof deleteUnclaimedPhotos>>;
  do {
    deleted = await deleteUnclaimedPhotos(relais.db, cutoff.toISOString(), BATCH);
    report.photos += deleted.length;
    const hashes = [...new Set(deleted.flatMap((photo) => [photo.hash, photo.thumb_hash]))];
    const inUse = await hashesInUse(relais.db, hashes);
    for (const hash of hashes) {
      // A file stored again since the cutoff belongs to an upload under way: its row is coming.
      if (!inUse.has(hash) && (await store.remove(hash, cutoff))) report.files += 1;
    }
  } while (deleted.length === BATCH);
  return report;
}

/** Purges at start, then every hour, one pass at a time, until stopped. */
export function startUnclaimedPhotoPurge(
  relais: Relais,
  options: { maxAgeMs: number; log: FastifyBaseLogger; everyMs?: number },
): Worker {
  let running: Promise<void> | null = null;
  const pass = () => {
    if (running) return;
    running = purgeUnclaimedPhotos(relais, options.maxAgeMs)
      .then((report) => {
        if (report.photos > 0) options.log.info(report, 'photos: unclaimed photos purged');
      })
      .catch((err: unknown) => options.log.error({ err }, 'photos: purge of unclaimed photos failed'))
      .finally(() => {
        running = null;
      });
  };
  pass();
  const timer = setInterval(pass, options.everyMs ?? EVERY_MS);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
