import sharp from 'sharp';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeDepartment, makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { streetOf } from './tracking.mapper.js';
import { TRACKING_RATE_LIMIT } from './tracking.routes.js';

let t: TestRelais;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais();
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

const track = (token: string) => t.app.inject({ method: 'GET', url: `/api/tracking/${token}` });

describe('GET /api/tracking/:token', () => {
  it('shows the status, the public updates with their words, and nothing internal or personal', async () => {
    const db = t.relais.db;
    const department = await makeDepartment(db);
    const category = await makeCategory(db, { departmentId: department.id, name: 'Nid-de-poule' });
    const request = await makeRequest(db, { address: '12 rue Saint-Pierre, Caen' });
    await db
      .updateTable('requests')
      .set({ requester_phone: '06 12 34 56 78', requester_channel: 'email', requester_consent: 1 })
      .where('id', '=', request.id)
      .execute();
    const accepted = await dispatcher.post(`/api/requests/${request.id}/transitions`, {
      action: 'accept',
      categoryId: category.id,
      departmentId: department.id,
      priority: 'normal',
      deadline: '2027-01-15',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await dispatcher.post(`/api/requests/${request.id}/comments`, { body: 'Appeler Mme Martin avant', public: false });
    await dispatcher.post(`/api/requests/${request.id}/comments`, { body: 'Nous passons jeudi.', public: true });
    await dispatcher.post(`/api/requests/${request.id}/transitions`, {
      action: 'hold',
      reason: 'season',
      until: '2027-03-01',
    });
    const photo = {
      request_id: request.id,
      hash: 'h',
      thumb_hash: 't',
      mime: 'image/jpeg',
      width: 10,
      height: 10,
      bytes: 100,
      gps_lat: null,
      gps_lon: null,
      created_by_id: null,
      created_at: new Date().toISOString(),
    };
    const after = uuidv7();
    await db
      .insertInto('photos')
      .values([
        { ...photo, id: uuidv7(), kind: 'report' },
        { ...photo, id: after, kind: 'after' },
      ])
      .execute();

    const res = await track(request.tracking_token);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      reference: request.reference,
      status: 'on_hold',
      category: 'Nid-de-poule',
      address: 'rue Saint-Pierre, Caen',
      deadline: '2027-01-15',
      afterPhotoIds: [after],
    });
    expect(body.events).toEqual([
      { type: 'accepted', at: expect.any(String), status: 'accepted', text: null, holdReason: null, until: null },
      {
        type: 'comment',
        at: expect.any(String),
        status: null,
        text: 'Nous passons jeudi.',
        holdReason: null,
        until: null,
      },
      {
        type: 'held',
        at: expect.any(String),
        status: 'on_hold',
        text: null,
        holdReason: 'season',
        until: '2027-03-01',
      },
    ]);
    for (const secret of [
      'Appeler Mme Martin',
      'Jeanne Martin',
      'jeanne.martin@example.org',
      '06 12 34 56 78',
      request.description,
      'Agent dispatcher',
      dispatcher.userId,
      request.id,
      '12 rue',
    ]) {
      expect(res.body).not.toContain(secret);
    }
  });

  it('answers 404 to an unknown token, without a session', async () => {
    const res = await track('an-unknown-token-of-some-length');
    expect(res.statusCode).toBe(404);
  });

  it('keeps only the street of an address', () => {
    expect(streetOf('12 rue Saint-Pierre, Caen')).toBe('rue Saint-Pierre, Caen');
    expect(streetOf('12bis avenue de Creully')).toBe('avenue de Creully');
    expect(streetOf('3 B rue Écuyère')).toBe('rue Écuyère');
    expect(streetOf('Place de la République')).toBe('Place de la République');
  });

  it(`answers 429 past ${TRACKING_RATE_LIMIT} readings a minute from one address`, async () => {
    const statuses = new Set<number>();
    for (let i = 0; i <= TRACKING_RATE_LIMIT; i += 1)
      statuses.add((await track('an-unknown-token-of-some-length')).statusCode);
    expect(statuses).toEqual(new Set([404, 429]));
  });

  it('counts the client, not the address it claims in X-Forwarded-For', async () => {
    const own = await createTestRelais();
    try {
      const statuses = [];
      for (let i = 0; i <= TRACKING_RATE_LIMIT; i += 1) {
        const res = await own.app.inject({
          method: 'GET',
          url: '/api/tracking/an-unknown-token-of-some-length',
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await own.close();
    }
  });
});

describe('GET /api/tracking/:token/photos/:photoId', () => {
  const jpeg = () =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
  const uploadPhoto = async (requestId: string, kind: 'after' | 'report') => {
    const data = new FormData();
    data.append('kind', kind);
    data.append('file', new Blob([new Uint8Array(await jpeg())], { type: 'image/jpeg' }), `${kind}.jpg`);
    const res = await dispatcher.post(`/api/requests/${requestId}/photos`, data);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { photos: { id: string }[] }).photos[0]?.id ?? '';
  };

  it('serves the after photos of the tracked request to anyone with the link, and nothing else', async () => {
    const request = await makeRequest(t.relais.db);
    const other = await makeRequest(t.relais.db);
    const after = await uploadPhoto(request.id, 'after');
    const report = await uploadPhoto(request.id, 'report');
    const elsewhere = await uploadPhoto(other.id, 'after');
    const get = (token: string, photoId: string, suffix = '') =>
      t.app.inject({ method: 'GET', url: `/api/tracking/${token}/photos/${photoId}${suffix}` });

    const full = await get(request.tracking_token, after);
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('image/jpeg');
    expect((await get(request.tracking_token, after, '/thumbnail')).statusCode).toBe(200);

    expect((await get(request.tracking_token, report)).statusCode).toBe(404);
    expect((await get(request.tracking_token, elsewhere)).statusCode).toBe(404);
    expect((await get(other.tracking_token.replace(/./, 'x'), elsewhere)).statusCode).toBe(404);
  });
});
