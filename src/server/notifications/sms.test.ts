/** The SMS channel against a local HTTP server that answers like Brevo's transactional SMS API. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxRow } from '../db/schema.js';
import { brevoSmsChannel, internationalNumber } from './sms.channel.js';

interface Call {
  method: string | undefined;
  url: string | undefined;
  apiKey: string | string[] | undefined;
  body: unknown;
}

const calls: Call[] = [];
let answer = { status: 201, body: '{"messageId":1511882900176220}' };
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      calls.push({ method: req.method, url: req.url, apiKey: req.headers['api-key'], body: JSON.parse(body) });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message = (recipient: string, text: string): OutboxRow => ({
  id: '0190d7a2-1111-7000-8000-000000000001',
  kind: 'sms',
  recipient,
  subject: null,
  body_text: text,
  body_html: null,
  request_id: null,
  event_id: null,
  dedupe_key: null,
  locale: 'fr',
  status: 'sending',
  attempts: 1,
  next_attempt_at: '2026-11-28T10:00:00.000Z',
  last_error: null,
  created_at: '2026-11-28T10:00:00.000Z',
  sent_at: null,
});

describe('the SMS channel (Brevo transactional SMS)', () => {
  const channel = () => brevoSmsChannel({ url: base, apiKey: 'secret-key', sender: 'VilleCaen' });

  it('posts the text to the recipient in international form, with the API key', async () => {
    answer = { status: 201, body: '{"messageId":1511882900176220}' };
    const outcome = await channel().send(message('06 12 34 56 78', 'Votre demande 2026-00012 est réalisée.'));
    expect(outcome).toBe('sent');
    expect(calls.at(-1)).toEqual({
      method: 'POST',
      url: '/v3/transactionalSMS/send',
      apiKey: 'secret-key',
      body: {
        sender: 'VilleCaen',
        recipient: '33612345678',
        content: 'Votre demande 2026-00012 est réalisée.',
        type: 'transactional',
        unicodeEnabled: true,
      },
    });
  });

  it('fails with the provider’s answer when it refuses, so the worker tries again later', async () => {
    answer = { status: 402, body: '{"code":"not_enough_credits","message":"Not enough credits"}' };
    await expect(channel().send(message('+33612345678', 'Bonjour'))).rejects.toThrow(
      /SMS provider answered 402: .*not_enough_credits/,
    );
  });

  it('writes phone numbers with their country code and without plus', () => {
    expect(internationalNumber('06 12 34 56 78')).toBe('33612345678');
    expect(internationalNumber('+33 6 12 34 56 78')).toBe('33612345678');
    expect(internationalNumber('0033 6.12.34.56.78')).toBe('33612345678');
    expect(internationalNumber('+49 151 1234 5678')).toBe('4915112345678');
  });
});
