/** Photos through the real app: upload, pipeline, storage by content hash, serving, permissions. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContractor, makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import type { PhotoDto } from '../../core/api/photos.js';

const MAX_BYTES = 300_000;
let t: TestRelais;
let agent: Client;

beforeAll(async () => {
  t = await createTestRelais({ PHOTO_MAX_BYTES: String(MAX_BYTES) });
  agent = await actAs(t.app, t.relais.db, 'reception_agent');
});
afterAll(() => t.close());

const solid = (color: string, width = 64, height = 32) =>
  sharp({ create: { width, height, channels: 3, background: color } });

/** As a phone takes it: landscape pixels marked "rotate 90°", with the GPS position of 12 rue Saint-Pierre. */
const phonePhoto = () =>
  solid('#884422', 800, 400)
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Relais Test Phone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '49/1 11/1 1368/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 21/1 4788/100',
      },
    })
    .jpeg()
    .toBuffer();

interface Upload {
  bytes: Buffer;
  name: string;
  type?: string;
}

function form(files: Upload[], kind?: string): FormData {
  const data = new FormData();
  if (kind) data.append('kind', kind);
  for (const f of files)
    data.append('file', new Blob([new Uint8Array(f.bytes)], { type: f.type ?? 'image/jpeg' }), f.name);
  return data;
}

const upload = (client: Client, requestId: string, files: Upload[], kind?: string) =>
  client.post(`/api/requests/${requestId}/photos`, form(files, kind));
const photosOf = (res: { json(): unknown }) => (res.json() as { photos: PhotoDto[] }).photos;

const eventsOf = async (client: Client, requestId: string) =>
  (await client.get(`/api/requests/${requestId}`)).json().events as {
    type: string;
    public: boolean;
    data: Record<string, unknown>;
  }[];

const storedFiles = () => {
  const root = path.join(t.relais.config.dataDir, 'files');
  return fs.existsSync(root)
    ? fs.readdirSync(root, { recursive: true }).filter((f) => /[0-9a-f]{64}$/.test(String(f)))
    : [];
};

describe('POST /api/requests/:id/photos', () => {
  it('stores a phone photo upright, re-encoded without metadata, and answers its GPS position', async () => {
    const request = await makeRequest(t.relais.db);
    const res = await upload(agent, request.id, [{ bytes: await phonePhoto(), name: 'IMG_0042.jpg' }], 'report');
    expect(res.statusCode).toBe(201);
    const [photo] = photosOf(res);
    expect(photo).toMatchObject({ requestId: request.id, kind: 'report', mime: 'image/jpeg', width: 400, height: 800 });
    expect(photo?.gps?.lat).toBeCloseTo(49.18713, 4);
    expect(photo?.gps?.lon).toBeCloseTo(-0.3633, 4);

    const full = await agent.get(photo?.url ?? '');
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('image/jpeg');
    const served = full.rawPayload;
    expect(served.length).toBe(photo?.bytes);
    const metadata = await sharp(served).metadata();
    expect([metadata.width, metadata.height, metadata.orientation, metadata.exif]).toEqual([
      400,
      800,
      undefined,
      undefined,
    ]);
    expect(await exifr.gps(served)).toBeUndefined();

    const thumbnail = await agent.get(photo?.thumbnailUrl ?? '');
    expect(thumbnail.headers['content-type']).toBe('image/jpeg');
    expect(await sharp(thumbnail.rawPayload).metadata()).toMatchObject({ width: 160, height: 320 });
  });

  it('records an internal event for a report photo and a public one for an "after" photo', async () => {
    const request = await makeRequest(t.relais.db, { status: 'in_progress' });
    const before = photosOf(
      await upload(agent, request.id, [{ bytes: await solid('#111111').jpeg().toBuffer(), name: 'a.jpg' }]),
    );
    // An "after" photo comes from someone who acts on the request, not from the reception desk.
    const dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
    const after = photosOf(
      await upload(
        dispatcher,
        request.id,
        [{ bytes: await solid('#222222').jpeg().toBuffer(), name: 'b.jpg' }],
        'after',
      ),
    );
    const events = (await eventsOf(agent, request.id)).filter((e) => e.type === 'photo_added');
    expect(events).toEqual([
      expect.objectContaining({ public: false, data: { photoId: before[0]?.id, kind: 'report' } }),
      expect.objectContaining({ public: true, data: { photoId: after[0]?.id, kind: 'after' } }),
    ]);
  });

  it('accepts several files at once, PNG and WebP included, and stores them as JPEG', async () => {
    const request = await makeRequest(t.relais.db);
    const png = await solid('#00ff00').ensureAlpha(0.5).png().toBuffer();
    const webp = await solid('#0000ff').webp().toBuffer();
    const res = await upload(agent, request.id, [
      { bytes: png, name: 'capture.png', type: 'image/png' },
      { bytes: webp, name: 'photo.webp', type: 'image/webp' },
    ]);
    expect(res.statusCode).toBe(201);
    expect(photosOf(res).map((p) => p.mime)).toEqual(['image/jpeg', 'image/jpeg']);
    const listed = (await agent.get(`/api/requests/${request.id}/photos`)).json().photos as PhotoDto[];
    expect(listed.map((p) => p.id)).toEqual(photosOf(res).map((p) => p.id));
  });

  it('keeps one file when the same photo is sent twice', async () => {
    const bytes = await solid('#abcdef').jpeg().toBuffer();
    const first = photosOf(await upload(agent, (await makeRequest(t.relais.db)).id, [{ bytes, name: 'x.jpg' }]));
    const files = storedFiles().length;
    const second = photosOf(await upload(agent, (await makeRequest(t.relais.db)).id, [{ bytes, name: 'x.jpg' }]));
    expect(second[0]?.id).not.toBe(first[0]?.id);
    expect(storedFiles()).toHaveLength(files);
  });

  it('refuses a text file named .jpg with 415, and keeps nothing of the upload', async () => {
    const request = await makeRequest(t.relais.db);
    const good = await solid('#123456').jpeg().toBuffer();
    const res = await upload(agent, request.id, [
      { bytes: good, name: 'good.jpg' },
      { bytes: Buffer.from('Ceci est une lettre, pas une photo.\n'), name: 'lettre.jpg' },
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toBe(
      'lettre.jpg: not a photo (its content is not an image); send JPEG, PNG, WebP or HEIC',
    );
    expect((await agent.get(`/api/requests/${request.id}/photos`)).json().photos).toEqual([]);
  });

  it('refuses a file larger than PHOTO_MAX_BYTES with 413', async () => {
    const request = await makeRequest(t.relais.db);
    // Noise does not compress: 400 × 400 × 3 bytes make a PNG well over the limit.
    const noise = await sharp(randomBytes(400 * 400 * 3), { raw: { width: 400, height: 400, channels: 3 } })
      .png()
      .toBuffer();
    expect(noise.length).toBeGreaterThan(MAX_BYTES);
    const res = await upload(agent, request.id, [{ bytes: noise, name: 'huge.png', type: 'image/png' }]);
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe('huge.png: larger than 0.3 MB');
  });

  it('returns 400 for an unknown kind or no file, and 415 for a body that is not multipart', async () => {
    const request = await makeRequest(t.relais.db);
    const bytes = await solid('#654321').jpeg().toBuffer();
    const badKind = await upload(agent, request.id, [{ bytes, name: 'a.jpg' }], 'during');
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().message).toBe('kind: one of report, before, after');
    const none = await upload(agent, request.id, [], 'report');
    expect(none.statusCode).toBe(400);
    const json = await agent.post(`/api/requests/${request.id}/photos`, { photo: 'base64...' });
    expect(json.statusCode).toBe(415);
  });

  it('returns 404 for an unknown request', async () => {
    const bytes = await solid('#000000').jpeg().toBuffer();
    const res = await upload(agent, '0190a000-0000-7000-8000-000000000000', [{ bytes, name: 'a.jpg' }]);
    expect(res.statusCode).toBe(404);
  });
});

describe('photos sent with the intake form, before the request exists', () => {
  const register = (client: Client, photoIds: string[]) =>
    client.post('/api/requests', {
      origin: 'counter',
      description: 'Tag sur la façade de la médiathèque',
      address: '12 Rue Saint-Pierre 14000 Caen',
      lat: 49.1838,
      lon: -0.3633,
      photoIds,
    });

  it('uploads a pending photo with its GPS position, which the new request then claims', async () => {
    const res = await agent.post('/api/photos', form([{ bytes: await phonePhoto(), name: 'IMG_0043.jpg' }]));
    expect(res.statusCode).toBe(201);
    const [photo] = photosOf(res);
    expect(photo).toMatchObject({ requestId: null, kind: 'report' });
    expect(photo?.gps?.lat).toBeCloseTo(49.18713, 4);

    const created = await register(agent, [photo?.id ?? '']);
    expect(created.statusCode).toBe(201);
    const requestId = created.json().id as string;
    const listed = (await agent.get(`/api/requests/${requestId}/photos`)).json().photos as PhotoDto[];
    expect(listed).toMatchObject([{ id: photo?.id, requestId }]);
    const types = (await eventsOf(agent, requestId)).map((e) => e.type);
    expect(types).toEqual(['created', 'photo_added']);
  });

  it("refuses a request claiming a photo already attached or someone else's, and registers nothing", async () => {
    const mine = photosOf(
      await agent.post('/api/photos', form([{ bytes: await solid('#778899').jpeg().toBuffer(), name: 'a.jpg' }])),
    );
    expect((await register(agent, [mine[0]?.id ?? ''])).statusCode).toBe(201);
    const again = await register(agent, [mine[0]?.id ?? '']);
    expect(again.statusCode).toBe(400);
    expect(again.json().message).toContain('photoIds');

    const colleague = await actAs(t.app, t.relais.db, 'reception_agent');
    const theirs = photosOf(
      await colleague.post('/api/photos', form([{ bytes: await solid('#998877').jpeg().toBuffer(), name: 'b.jpg' }])),
    );
    const before = (await agent.get('/api/requests?limit=200')).json().items.length;
    expect((await register(agent, [theirs[0]?.id ?? ''])).statusCode).toBe(400);
    expect((await agent.get('/api/requests?limit=200')).json().items.length).toBe(before);
  });

  it('shows a pending photo to its uploader only', async () => {
    const [photo] = photosOf(
      await agent.post('/api/photos', form([{ bytes: await solid('#445566').jpeg().toBuffer(), name: 'c.jpg' }])),
    );
    expect((await agent.get(`/api/photos/${photo?.id}`)).statusCode).toBe(200);
    const colleague = await actAs(t.app, t.relais.db, 'reception_agent');
    expect((await colleague.get(`/api/photos/${photo?.id}`)).statusCode).toBe(404);
  });

  it('returns 403 to a contractor, who registers no requests', async () => {
    const contractor = await actAs(t.app, t.relais.db, 'contractor', {
      contractorId: (await makeContractor(t.relais.db)).id,
    });
    const res = await contractor.post(
      '/api/photos',
      form([{ bytes: await solid('#000000').jpeg().toBuffer(), name: 'd.jpg' }]),
    );
    expect(res.statusCode).toBe(403);
  });
});

describe('who may see and add photos', () => {
  let requestId: string;
  let photo: PhotoDto;
  let ours: Client;
  let theirs: Client;

  beforeAll(async () => {
    const company = await makeContractor(t.relais.db);
    const otherCompany = await makeContractor(t.relais.db);
    requestId = (await makeRequest(t.relais.db, { status: 'sent_to_contractor', contractorId: company.id })).id;
    [photo] = photosOf(
      await upload(
        agent,
        requestId,
        [{ bytes: await solid('#a0a0a0').jpeg().toBuffer(), name: 'before.jpg' }],
        'before',
      ),
    ) as [PhotoDto];
    ours = await actAs(t.app, t.relais.db, 'contractor', { contractorId: company.id });
    theirs = await actAs(t.app, t.relais.db, 'contractor', { contractorId: otherCompany.id });
  });

  it('lets the contractor the order was sent to see the photos and add the work done', async () => {
    expect((await ours.get(`/api/photos/${photo.id}`)).statusCode).toBe(200);
    expect((await ours.get(`/api/photos/${photo.id}/thumbnail`)).statusCode).toBe(200);
    const after = await upload(
      ours,
      requestId,
      [{ bytes: await solid('#b0b0b0').jpeg().toBuffer(), name: 'after.jpg' }],
      'after',
    );
    expect(after.statusCode).toBe(201);
  });

  it('returns 403 to a contractor of another company, for the photo, its thumbnail, the list and an upload', async () => {
    expect((await theirs.get(`/api/photos/${photo.id}`)).statusCode).toBe(403);
    expect((await theirs.get(`/api/photos/${photo.id}/thumbnail`)).statusCode).toBe(403);
    expect((await theirs.get(`/api/requests/${requestId}/photos`)).statusCode).toBe(403);
    const bytes = await solid('#c0c0c0').jpeg().toBuffer();
    expect((await upload(theirs, requestId, [{ bytes, name: 'x.jpg' }], 'after')).statusCode).toBe(403);
  });

  it('lets an analyst see photos but not add any', async () => {
    const analyst = await actAs(t.app, t.relais.db, 'analyst');
    expect((await analyst.get(`/api/photos/${photo.id}`)).statusCode).toBe(200);
    const bytes = await solid('#d0d0d0').jpeg().toBuffer();
    expect((await upload(analyst, requestId, [{ bytes, name: 'y.jpg' }])).statusCode).toBe(403);
  });

  it('returns 404 for an unknown photo', async () => {
    expect((await agent.get('/api/photos/0190a000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await agent.get('/api/photos/0190a000-0000-7000-8000-000000000000/thumbnail')).statusCode).toBe(404);
  });
});
