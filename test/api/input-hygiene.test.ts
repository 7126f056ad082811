/**
 * Input hygiene on every route: control characters refused with a 400 that names the field (they
 * answered 500 on PostgreSQL), malformed multipart forms refused with 400 on the upload routes,
 * bodies in another charset than UTF-8 refused with 415.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest } from '../helpers/factories.js';
import { actAs, type Client } from '../helpers/http.js';
import { createTestRelais, type TestRelais } from '../helpers/relais.js';

let t: TestRelais;
let admin: Client;
let operations: { method: string; path: string }[];

beforeAll(async () => {
  t = await createTestRelais();
  admin = await actAs(t.app, t.relais.db, 'administrator');
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(() => t.close());

const send = (method: string, url: string, payload?: string, contentType = 'application/json') =>
  t.app.inject({
    method: method as 'GET',
    url,
    headers: {
      cookie: admin.cookie,
      'x-csrf-token': admin.csrfToken,
      ...(payload === undefined ? {} : { 'content-type': contentType }),
    },
    ...(payload === undefined ? {} : { payload }),
  });

/** The path with each parameter a valid-looking uuid, but `bad` in the first one. */
const withParams = (path: string, bad: string) => {
  let first = true;
  return path.replace(/\{[^}]+\}/g, () => {
    if (!first) return uuidv7();
    first = false;
    return bad;
  });
};

describe('control characters', () => {
  it('answers 400, naming the parameter, to a NUL in the path of every operation that has parameters', async () => {
    const withPathParams = operations.filter((o) => o.path.includes('{'));
    expect(withPathParams.length).toBeGreaterThan(20);
    for (const { method, path } of withPathParams) {
      const res = await send(method, withParams(path, `${uuidv7()}%00`), method === 'GET' ? undefined : '{}');
      expect({ method, path, status: res.statusCode, message: res.json().message }).toEqual({
        method,
        path,
        status: 400,
        message: expect.stringMatching(/^params\.\w+: control character U\+0000 not allowed$/),
      });
    }
  });

  it('answers 400 to a control character in the query of every GET', async () => {
    for (const { path } of operations.filter((o) => o.method === 'GET')) {
      const res = await send('GET', `${withParams(path, uuidv7())}?q=a%01b`);
      expect({ path, status: res.statusCode, message: res.json().message }).toEqual({
        path,
        status: 400,
        message: 'query.q: control character U+0001 not allowed',
      });
    }
  });

  it('answers 400 to a control character anywhere in the JSON body of every operation that takes one', async () => {
    const withBody = operations.filter((o) => o.method !== 'GET' && o.method !== 'DELETE');
    for (const { method, path } of withBody) {
      const res = await send(method, withParams(path, uuidv7()), JSON.stringify({ a: [{ b: 'x\u0000y' }] }));
      expect({ method, path, status: res.statusCode, message: res.json().message }).toEqual({
        method,
        path,
        status: 400,
        message: 'body.a.0.b: control character U+0000 not allowed',
      });
    }
  });

  it('answers 400 to /api/tracking/<token>%00 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/tracking/abcdefghijklmnopqrstuvwx%00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ path: 'params.token', message: 'control character U+0000 not allowed' }]);
  });

  it('answers 400 to an escape character in a short text, but keeps tabs and new lines of a description', async () => {
    const reception = await actAs(t.app, t.relais.db, 'reception_agent');
    const payload = {
      origin: 'counter',
      description: 'Lampadaire éteint\n\tdepuis trois jours\r\nrue Écuyère',
      address: '3 place Saint-Sauveur, Caen',
      lat: 49.1836,
      lon: -0.3712,
      requester: { name: 'Paul\u001bDurand', channel: 'none', consent: false },
    };
    const refused = await reception.post('/api/requests', payload);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toBe('body.requester.name: control character U+001B not allowed');

    const created = await reception.post('/api/requests', {
      ...payload,
      requester: { name: 'Paul Durand', channel: 'none', consent: false },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().description).toBe(payload.description);
  });
});

describe('multipart forms', () => {
  it.each([
    [
      'an unfinished form',
      'multipart/form-data; boundary=xx',
      '--xx\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc',
    ],
    ['no boundary', 'multipart/form-data', '--xx\r\n\r\nabc\r\n--xx--'],
    ['garbage', 'multipart/form-data; boundary=xx', 'garbage'],
  ])('answers 400 to %s on the four upload routes', async (_name, contentType, payload) => {
    const request = await makeRequest(t.relais.db);
    for (const url of [
      `/api/requests/${request.id}/photos`,
      '/api/photos',
      '/api/admin/glossary.csv',
      '/api/admin/addresses.csv',
    ]) {
      const res = await send('POST', url, payload, contentType);
      expect({ url, status: res.statusCode, message: res.json().message }).toEqual({
        url,
        status: 400,
        message: expect.stringMatching(/^The multipart form is malformed: /),
      });
    }
  });

  it('answers 400 to a control character in the name of an uploaded file', async () => {
    const form = '--xx\r\nContent-Disposition: form-data; name="file"; filename="a\u0001.csv"\r\n\r\nabc\r\n--xx--\r\n';
    const res = await send('POST', '/api/admin/addresses.csv', form, 'multipart/form-data; boundary=xx');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('file name: control character U+0001 not allowed');
  });
});

describe('charsets', () => {
  it.each(['utf-7', 'ISO-8859-1', 'utf-16'])('answers 415 to a JSON body in %s', async (charset) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': `application/json; charset=${charset}` },
      payload: '{"email":"a@b.fr","password":"+AGEAYgBj-"}',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toBe(`charset=${charset}: send the body in UTF-8`);
  });

  it('accepts UTF-8, however it is spelt', async () => {
    for (const charset of ['utf-8', 'UTF-8', 'utf8', '"utf-8"']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': `application/json; charset=${charset}` },
        payload: '{"email":"nobody@b.fr","password":"x"}',
      });
      expect(res.statusCode).toBe(401);
    }
  });
});
