/**
 * The outbox worker: sends due messages through their channel, retries failures with exponential
 * backoff, gives up after MAX_ATTEMPTS. Any number of instances may run it at once.
 *
 * Never twice. A worker claims a message in one committed statement (status 'sending',
 * attempts + 1, next_attempt_at = the end of its claim), then sends it, then records the outcome.
 * - Claims take only 'pending' and 'failed' rows: no other worker can take a claimed message.
 * - A channel that answers with an error did not take the message: it goes back to 'failed' with a
 *   later next_attempt_at and is claimed again then (an SMTP server that is down or refuses).
 * - A worker that stops between its claim and the outcome (crash, kill, power cut) leaves its one
 *   message 'sending', and whether it left is unknown. Such a claim, once run out, is marked 'dead' with
 *   the reason, for administrators to see, and never claimed again: for this one case we choose
 *   "at most once" over "at least once", as a citizen receiving the same message twice is worse
 *   than one message that may not have left. The claim lasts far longer than a send may (channel
 *   timeouts), so a slow but living worker is never taken for a stopped one.
 */
import type { FastifyBaseLogger } from 'fastify';
import { INTERRUPTED, MESSAGE_KINDS } from '../../core/notify.js';
import type { Relais } from '../context.js';
import type { Channels } from './channels.js';
import { abandonExpiredClaims, claimDue, markDelivered, markFailed } from './outbox.repository.js';

export const MAX_ATTEMPTS = 10;
export const CLAIM_MS = 5 * 60_000;
const BATCH = 20;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3600_000;

/** Wait before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min... up to 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LONGEST_RETRY_MS);
}

export interface DeliveryReport {
  claimed: number;
  sent: number;
  kept: number;
  failed: number;
  dead: number;
  /** Claims of stopped workers, marked dead. */
  abandoned: number;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * One pass: sends up to a batch of due messages, claiming them one at a time so that a worker that
 * stops leaves at most one message in doubt. `now` is the worker's clock.
 */
export async function deliverDue(relais: Relais, channels: Channels, now = new Date()): Promise<DeliveryReport> {
  const { db } = relais;
  const at = now.toISOString();
  const report: DeliveryReport = { claimed: 0, sent: 0, kept: 0, failed: 0, dead: 0, abandoned: 0 };
  report.abandoned = await abandonExpiredClaims(db, at, INTERRUPTED);
  const claim = {
    kinds: MESSAGE_KINDS.filter((kind) => channels[kind]),
    now: at,
    leaseUntil: new Date(now.getTime() + CLAIM_MS).toISOString(),
    limit: 1,
  };
  while (report.claimed < BATCH) {
    const [message] = await claimDue(db, relais.dialect, claim);
    if (!message) break;
    report.claimed += 1;
    const channel = channels[message.kind];
    let outcome: 'sent' | 'kept';
    try {
      if (!channel) throw new Error(`no channel sends messages of kind ${message.kind}`);
      outcome = await channel.send(message);
    } catch (error) {
      const status = message.attempts >= MAX_ATTEMPTS ? 'dead' : 'failed';
      await markFailed(db, message.id, {
        status,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts)).toISOString(),
        error: describe(error),
      });
      report[status] += 1;
      continue;
    }
    // Outside the try: a message that left but could not be recorded must not be retried; its
    // claim runs out and it is marked dead, like a worker stopped at this very point.
    await markDelivered(db, message.id, outcome, at);
    report[outcome] += 1;
  }
  return report;
}

export interface Worker {
  /** Stops the timer and waits for the pass under way. */
  stop(): Promise<void>;
}

/** Runs `deliverDue` every `intervalMs`, one pass at a time, until stopped. */
export function startOutboxWorker(
  relais: Relais,
  channels: Channels,
  options: { intervalMs: number; log: FastifyBaseLogger },
): Worker {
  let running: Promise<void> | null = null;
  let stopped = false;
  const pass = async () => {
    let report: DeliveryReport;
    // A full batch means more may be due: keep going rather than wait for the next tick.
    do {
      report = await deliverDue(relais, channels);
    } while (!stopped && report.claimed === BATCH);
  };
  const timer = setInterval(() => {
    if (running) return;
    running = pass()
      .catch((err: unknown) => options.log.error({ err }, 'outbox: pass failed'))
      .finally(() => {
        running = null;
      });
  }, options.intervalMs);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
