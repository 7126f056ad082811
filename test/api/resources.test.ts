/**
 * Resources one client may take: photos are decoded on worker threads behind a bounded queue (503
 * and Retry-After when it is full), uploads are limited per user, live streams per session and
 * per instance.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeRequest } from '../helpers/factories.js';
import { actAs, type Client } from '../helpers/http.js';
import { createTestRelais, type TestRelais } from '../helpers/relais.js';
import { openSse } from '../helpers/sse.js';

async function withRelais(overrides: Record<string, string>, work: (t: TestRelais) => Promise<void>) {
  const t = await createTestRelais(overrides);
  try {
    await work(t);
  } finally {
    await t.close();
  }
}

const photoForm = (bytes: Buffer, name = 'photo.png') => {
  const data = new FormData();
  data.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  return data;
};

/** A PNG of `side` × `side` pixels: small on the wire, long to decode. */
const plainPng = (side: number) =>
  sharp({ create: { width: side, height: side, channels: 3, background: '#8a8' } })
    .png()
    .toBuffer();

describe('photo decoding', () => {
  it('answers 503 with Retry-After when the decoding queue is full, and decodes the photos it took', async () => {
    await withRelais({ IMAGE_WORKERS: '1', IMAGE_QUEUE: '1' }, async (t) => {
      const agent = await actAs(t.app, t.relais.db, 'reception_agent');
      const png = await plainPng(2000);
      const answers = await Promise.all(Array.from({ length: 4 }, () => agent.post('/api/photos', photoForm(png))));
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses).toEqual([201, 201, 503, 503]);
      const busy = answers.find((a) => a.statusCode === 503);
      expect(busy?.headers['retry-after']).toBe('5');
      expect(busy?.json().message).toMatch(/try again/);
      // Once the queue has room again, uploads are taken.
      expect((await agent.post('/api/photos', photoForm(png))).statusCode).toBe(201);
    });
  });

  it('keeps answering other requests while a large photo is decoded', async () => {
    await withRelais({ IMAGE_WORKERS: '1' }, async (t) => {
      const agent = await actAs(t.app, t.relais.db, 'reception_agent');
      const png = await plainPng(4500);
      const started = Date.now();
      let uploadDoneAt = 0;
      const uploading = agent.post('/api/photos', photoForm(png)).then((res) => {
        uploadDoneAt = Date.now();
        return res;
      });
      // Health checks, one after the other, while the photo is being decoded.
      const healthTimes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const before = Date.now();
        expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
        healthTimes.push(Date.now() - before);
      }
      const healthDoneAt = Date.now();
      expect((await uploading).statusCode).toBe(201);
      expect(healthDoneAt).toBeLessThan(uploadDoneAt);
      expect(Math.max(...healthTimes)).toBeLessThan((uploadDoneAt - started) / 2);
    });
  });

  it('limits uploads per user, not per address', async () => {
    await withRelais({ PHOTO_UPLOADS_PER_MINUTE: '2' }, async (t) => {
      const first = await actAs(t.app, t.relais.db, 'reception_agent');
      const second = await actAs(t.app, t.relais.db, 'reception_agent');
      const request = await makeRequest(t.relais.db);
      const notAPhoto = Buffer.from('not a photo at all');
      const send = (client: Client, url: string) => client.post(url, photoForm(notAPhoto, 'a.png'));
      const codes = [
        (await send(first, '/api/photos')).statusCode,
        (await send(first, `/api/requests/${request.id}/photos`)).statusCode,
        (await send(first, '/api/photos')).statusCode,
      ];
      expect(codes).toEqual([415, 415, 429]);
      // Same address, another user: not limited by the first one's uploads.
      expect((await send(second, '/api/photos')).statusCode).toBe(415);
    });
  });
});

describe('live streams', () => {
  it('caps the streams of one session (429) and of the instance (503)', async () => {
    await withRelais({ LIVE_STREAMS_PER_SESSION: '2', LIVE_STREAMS_PER_INSTANCE: '3' }, async (t) => {
      const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const first = await actAs(t.app, t.relais.db, 'dispatcher');
      const second = await actAs(t.app, t.relais.db, 'dispatcher');
      const open = [await openSse(`${base}/api/live`, first.cookie), await openSse(`${base}/api/live`, first.cookie)];
      try {
        expect(open.map((s) => s.status)).toEqual([200, 200]);
        const third = await openSse(`${base}/api/live`, first.cookie);
        expect(third.status).toBe(429);
        third.close();

        open.push(await openSse(`${base}/api/live`, second.cookie));
        expect(open[2]?.status).toBe(200);
        const overInstance = await openSse(`${base}/api/live`, second.cookie);
        expect(overInstance.status).toBe(503);
        overInstance.close();

        // A closed tab frees its place.
        open.shift()?.close();
        await new Promise((resolve) => setTimeout(resolve, 200));
        const again = await openSse(`${base}/api/live`, first.cookie);
        expect(again.status).toBe(200);
        open.push(again);
      } finally {
        for (const stream of open) stream.close();
      }
    });
  });
});
