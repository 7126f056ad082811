/**
 * The outbox worker against a real SMTP server started here (smtp-server on 127.0.0.1): what is
 * delivered, and that a message is delivered once whatever happens to the server or the worker.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { INTERRUPTED } from '../../core/notify.js';
import type { Channels } from './channels.js';
import { claimDue } from './outbox.repository.js';
import { CLAIM_MS, deliverDue, MAX_ATTEMPTS } from './outbox.worker.js';
import { smtpChannel } from './smtp.channel.js';

const PUBLIC_URL = 'https://relais.caen.test';

interface Received {
  to: string[];
  raw: string;
}

interface TestSmtp {
  port: number;
  received: Received[];
  /** While true, the server answers MAIL FROM with 451 (try again later). */
  refusing: boolean;
  close(): Promise<void>;
}

async function startSmtp(port = 0): Promise<TestSmtp> {
  const received: Received[] = [];
  const smtp: Partial<TestSmtp> & { refusing: boolean } = { refusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!smtp.refusing) return callback();
      callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        raw += chunk;
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return Object.assign(smtp, {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** The message as a mail reader shows it: quoted-printable soft breaks joined, bytes decoded. */
function readable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes = joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

let t: TestRelais;
let smtp: TestSmtp;
let channels: Channels;
let dispatcher: Client;
let counter = 0;

beforeAll(async () => {
  t = await createTestRelais({ PUBLIC_URL });
  smtp = await startSmtp();
  channels = { email: smtpChannel(`smtp://127.0.0.1:${smtp.port}`, 'Relais <relais@caen.test>') };
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

/** A request whose requester (with an address of its own) agreed to be told by e-mail. */
async function requestOfNewRequester() {
  counter += 1;
  const email = `requester${counter}@example.org`;
  const request = await makeRequest(t.relais.db);
  await t.relais.db
    .updateTable('requests')
    .set({ requester_channel: 'email', requester_consent: 1, requester_email: email })
    .where('id', '=', request.id)
    .execute();
  return { request, email };
}

const deliveredTo = (server: TestSmtp, email: string) => server.received.filter((m) => m.to.includes(email));
const messageOf = (requestId: string) =>
  t.relais.db.selectFrom('outbox').selectAll().where('request_id', '=', requestId).executeTakeFirstOrThrow();
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const publicComment = (requestId: string, body: string) =>
  dispatcher.post(`/api/requests/${requestId}/comments`, { body, public: true });

describe('e-mail through SMTP', () => {
  it('delivers the acknowledgement of a registered request with its content and tracking link', async () => {
    const res = await dispatcher.post('/api/requests', {
      origin: 'phone',
      description: 'Lampadaire éteint depuis trois jours',
      address: '4 rue Écuyère, Caen',
      lat: 49.1829,
      lon: -0.3707,
      requester: { name: 'Jeanne Martin', email: 'jeanne@example.org', channel: 'email', consent: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id, reference } = res.json() as { id: string; reference: string };
    const { tracking_token: token } = await t.relais.db
      .selectFrom('requests')
      .select('tracking_token')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

    const report = await deliverDue(t.relais, channels);
    expect(report).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = deliveredTo(smtp, 'jeanne@example.org');
    const text = readable(mail?.raw ?? '');
    expect(text).toContain('From: Relais <relais@caen.test>');
    expect(text).toContain(`Subject: Demande ${reference} : Nouvelle`);
    expect(text).toContain(`Votre demande ${reference} a bien été enregistrée.`);
    expect(text).toContain(`Suivre votre demande : ${PUBLIC_URL}/suivi/${token}`);
    expect(text).toContain(`href="${PUBLIC_URL}/suivi/${token}"`);
    const message = await messageOf(id);
    expect(text).toContain(`Message-ID: <${message.id}@caen.test>`);
    expect(message).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(message.sent_at).not.toBeNull();
  });

  it('keeps a message while the SMTP server is down, then refuses, and delivers it once it accepts', async () => {
    const down = await startSmtp();
    const port = down.port;
    await down.close();
    const downChannels = { email: smtpChannel(`smtp://127.0.0.1:${port}`, 'Relais <relais@caen.test>') };
    const { request, email } = await requestOfNewRequester();
    expect((await publicComment(request.id, 'Nous passons lundi.')).statusCode).toBe(201);
    const now = new Date();

    expect(await deliverDue(t.relais, downChannels, now)).toMatchObject({ claimed: 1, failed: 1 });
    let message = await messageOf(request.id);
    expect(message).toMatchObject({ status: 'failed', attempts: 1 });
    expect(message.last_error).toMatch(/ECONNREFUSED/);
    expect(message.next_attempt_at).toBe(later(now, 30_000).toISOString());
    // Not due yet: the backoff holds it back.
    expect(await deliverDue(t.relais, downChannels, later(now, 10_000))).toMatchObject({ claimed: 0 });

    const up = await startSmtp(port);
    try {
      up.refusing = true;
      expect(await deliverDue(t.relais, downChannels, later(now, 31_000))).toMatchObject({ failed: 1 });
      message = await messageOf(request.id);
      expect(message).toMatchObject({ status: 'failed', attempts: 2 });
      expect(message.last_error).toMatch(/451/);

      up.refusing = false;
      expect(await deliverDue(t.relais, downChannels, later(now, 31_000 + 61_000))).toMatchObject({ sent: 1 });
      expect(await deliverDue(t.relais, downChannels, later(now, 3600_000))).toMatchObject({ claimed: 0 });
      expect(deliveredTo(up, email)).toHaveLength(1);
      expect(await messageOf(request.id)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    } finally {
      await up.close();
    }
  });

  it('gives a message up after the last attempt', async () => {
    const { request } = await requestOfNewRequester();
    expect((await publicComment(request.id, 'Intervention reportée.')).statusCode).toBe(201);
    await t.relais.db
      .updateTable('outbox')
      .set({ status: 'failed', attempts: MAX_ATTEMPTS - 1 })
      .where('request_id', '=', request.id)
      .execute();
    const nowhere = { email: smtpChannel('smtp://127.0.0.1:1', 'Relais <relais@caen.test>') };
    expect(await deliverDue(t.relais, nowhere)).toMatchObject({ dead: 1 });
    expect(await messageOf(request.id)).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS });
  });

  it('never sends again a message whose worker stopped while sending it', async () => {
    const { request, email } = await requestOfNewRequester();
    expect((await publicComment(request.id, 'Le chantier commence.')).statusCode).toBe(201);
    const now = new Date();
    // A worker claims the message, and stops before telling what became of it.
    const claimed = await claimDue(t.relais.db, t.relais.dialect, {
      kinds: ['email'],
      now: now.toISOString(),
      leaseUntil: later(now, CLAIM_MS).toISOString(),
      limit: 100,
    });
    expect(claimed.map((m) => m.request_id)).toContain(request.id);

    expect(await deliverDue(t.relais, channels, later(now, 60_000))).toMatchObject({ claimed: 0, abandoned: 0 });
    expect(await deliverDue(t.relais, channels, later(now, CLAIM_MS + 1000))).toMatchObject({ abandoned: 1 });
    expect(await messageOf(request.id)).toMatchObject({ status: 'dead', last_error: INTERRUPTED });
    expect(await deliverDue(t.relais, channels, later(now, 3600_000))).toMatchObject({ claimed: 0 });
    expect(deliveredTo(smtp, email)).toHaveLength(0);
  });

  it('sends each message once when workers run at the same time, on two instances with PostgreSQL', async () => {
    // Embedded, one process holds the SQLite file: its workers share one connection. On PostgreSQL,
    // a second instance has its own pool, and claims skip the rows the other one is claiming.
    const other =
      t.relais.dialect === 'postgres' ? await createTestRelais({ PUBLIC_URL }, { sameDatabaseAs: t }) : null;
    const second = other?.relais ?? t.relais;
    try {
      const { request, email } = await requestOfNewRequester();
      for (const word of ['un', 'deux', 'trois', 'quatre', 'cinq', 'six']) {
        expect((await publicComment(request.id, `Message ${word}`)).statusCode).toBe(201);
      }
      const reports = await Promise.all([
        deliverDue(t.relais, channels),
        deliverDue(second, channels),
        deliverDue(t.relais, channels),
        deliverDue(second, channels),
      ]);
      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(6);
      const mails = deliveredTo(smtp, email);
      expect(mails).toHaveLength(6);
      const ids = new Set(mails.map((m) => /Message-ID: (<[^>]+>)/.exec(m.raw)?.[1]));
      expect(ids.size).toBe(6);
    } finally {
      await other?.close();
    }
  });
});
