/** The purge of photos uploaded for a request that was never registered. */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais, testConfig } from '../../../test/helpers/relais.js';
import type { PhotoDto } from '../../core/api/photos.js';
import { fileStoreOf } from './photos.service.js';
import { purgeUnclaimedPhotos, startUnclaimedPhotoPurge } from './unclaimed-photos.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
let t: TestRelais;
let agent: Client;

beforeAll(async () => {
  t = await createTestRelais();
  agent = await actAs(t.app, t.relais.db, 'reception_agent');
});
afterAll(() => t.close());

/** A JPEG of one colour: each test its own colours, so files are shared only where a test wants it. */
const jpeg = (color: string) =>
  sharp({ create: { width: 48, height: 32, channels: 3, background: color } })
    .jpeg()
    .toBuffer();

function form(bytes: Buffer): FormData {
  const data = new FormData();
  data.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
  return data;
}

async function uploadPending(color: string): Promise<PhotoDto> {
  const res = await agent.post('/api/photos', form(await jpeg(color)));
  expect(res.statusCode, res.body).toBe(201);
  const [photo] = res.json().photos as PhotoDto[];
  if (!photo) throw new Error('no photo answered');
  return photo;
}

const register = (photoIds: string[]) =>
  agent.post('/api/requests', {
    origin: 'counter',
    description: 'Dépôt sauvage sur le trottoir',
    address: '12 rue Saint-Pierre, Caen',
    lat: 49.1838,
    lon: -0.3633,
    photoIds,
  });

/** The files of a photo (full and thumbnail), by content hash. */
async function filesOf(photo: PhotoDto): Promise<string[]> {
  const row = await t.relais.db
    .selectFrom('photos')
    .select(['hash', 'thumb_hash'])
    .where('id', '=', photo.id)
    .executeTakeFirstOrThrow();
  return [row.hash, row.thumb_hash];
}

/** Where the disk file store keeps a hash (ab/cd/abcd…), to age a file as if stored long ago. */
const storePath = (hash: string) =>
  path.join(t.relais.config.dataDir, 'files', hash.slice(0, 2), hash.slice(2, 4), hash);

const stored = (hashes: string[]) => Promise.all(hashes.map((hash) => fileStoreOf(t.relais).exists(hash)));

/** A day and an hour from now: every photo uploaded by the test is then past the default age. */
const tomorrow = () => new Date(Date.now() + DAY + HOUR);

describe('purging unclaimed photos', () => {
  it('deletes an unclaimed photo past the age, with its files', async () => {
    const photo = await uploadPending('#102030');
    const files = await filesOf(photo);
    expect(await stored(files)).toEqual([true, true]);

    const report = await purgeUnclaimedPhotos(t.relais, DAY, tomorrow());
    expect(report.photos).toBeGreaterThanOrEqual(1);
    expect((await agent.get(`/api/photos/${photo.id}`)).statusCode).toBe(404);
    expect(await stored(files)).toEqual([false, false]);
    expect((await register([photo.id])).statusCode).toBe(400);
  });

  it('keeps an unclaimed photo younger than the age', async () => {
    const photo = await uploadPending('#203040');
    const now = tomorrow();
    const recent = new Date(now.getTime() - 23 * HOUR).toISOString();
    await t.relais.db.updateTable('photos').set({ created_at: recent }).where('id', '=', photo.id).execute();

    await purgeUnclaimedPhotos(t.relais, DAY, now);
    expect((await agent.get(`/api/photos/${photo.id}`)).statusCode).toBe(200);
    expect(await stored(await filesOf(photo))).toEqual([true, true]);
    expect((await register([photo.id])).statusCode).toBe(201);
  });

  it('keeps photos attached to a request, claimed at intake or added to it', async () => {
    const claimed = await uploadPending('#304050');
    expect((await register([claimed.id])).statusCode).toBe(201);
    const request = await makeRequest(t.relais.db);
    const added = await agent.post(`/api/requests/${request.id}/photos`, form(await jpeg('#405060')));
    expect(added.statusCode, added.body).toBe(201);
    const [onRequest] = added.json().photos as PhotoDto[];
    if (!onRequest) throw new Error('no photo answered');

    await purgeUnclaimedPhotos(t.relais, DAY, tomorrow());
    for (const photo of [claimed, onRequest]) {
      expect((await agent.get(`/api/photos/${photo.id}`)).statusCode).toBe(200);
      expect(await stored(await filesOf(photo))).toEqual([true, true]);
    }
  });

  it('keeps the files of a purged photo that another photo has the same content as', async () => {
    const abandoned = await uploadPending('#506070');
    const kept = await uploadPending('#506070');
    const files = await filesOf(kept);
    expect(await filesOf(abandoned)).toEqual(files);
    expect((await register([kept.id])).statusCode).toBe(201);

    const report = await purgeUnclaimedPhotos(t.relais, DAY, tomorrow());
    expect(report.photos).toBeGreaterThanOrEqual(1);
    expect((await agent.get(`/api/photos/${abandoned.id}`)).statusCode).toBe(404);
    expect(await stored(files)).toEqual([true, true]);
    expect((await agent.get(`/api/photos/${kept.id}`)).statusCode).toBe(200);
  });

  it('keeps the files of a purged photo when the same content was uploaded again since the age', async () => {
    const abandoned = await uploadPending('#607080');
    const files = await filesOf(abandoned);
    const old = new Date(Date.now() - 2 * DAY);
    await t.relais.db
      .updateTable('photos')
      .set({ created_at: old.toISOString() })
      .where('id', '=', abandoned.id)
      .execute();
    for (const hash of files) fs.utimesSync(storePath(hash), old, old);
    // Stored again by an upload under way, whose row is not written yet: the files are wanted.
    const again = await uploadPending('#607080');
    await t.relais.db.deleteFrom('photos').where('id', '=', again.id).execute();

    await purgeUnclaimedPhotos(t.relais, DAY);
    expect((await agent.get(`/api/photos/${abandoned.id}`)).statusCode).toBe(404);
    expect(await stored(files)).toEqual([true, true]);
  });

  it('runs from the background worker at start', async () => {
    const photo = await uploadPending('#708090');
    const files = await filesOf(photo);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const worker = startUnclaimedPhotoPurge(t.relais, { maxAgeMs: 10, log: t.app.log });
    await worker.stop();
    expect((await agent.get(`/api/photos/${photo.id}`)).statusCode).toBe(404);
    expect(await stored(files)).toEqual([false, false]);
  });
});

describe('UNCLAIMED_PHOTO_HOURS', () => {
  it('is 24 hours by default, and may be set in hours', () => {
    expect(testConfig(t.dataDir).unclaimedPhotoMaxAgeMs).toBe(DAY);
    expect(testConfig(t.dataDir, { UNCLAIMED_PHOTO_HOURS: '0.5' }).unclaimedPhotoMaxAgeMs).toBe(HOUR / 2);
    expect(() => testConfig(t.dataDir, { UNCLAIMED_PHOTO_HOURS: '0' })).toThrow(/UNCLAIMED_PHOTO_HOURS/);
  });
});
