/**
 * The overdue digest: once a working day, one e-mail to each department (departments.email) that
 * has open requests past their deadline or due by the next working day. At most one digest per
 * department and day, however often it runs and on however many instances (a unique key).
 */
import type { FastifyBaseLogger } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { addWorkingDays, isWorkingDay } from '../../core/deadlines.js';
import { OPEN_STATUSES } from '../../core/lifecycle.js';
import { parisDay } from '../../core/time.js';
import type { Relais } from '../context.js';
import type { NewOutboxRow } from '../db/schema.js';
import { listDueForDigest } from './digest.repository.js';
import { requestPageUrl } from './links.js';
import { insertMessages } from './outbox.repository.js';
import type { Worker } from './outbox.worker.js';
import { type DigestLine, renderDigest } from './templates.js';

type DueRow = Awaited<ReturnType<typeof listDueForDigest>>[number];

interface DepartmentDigest {
  name: string;
  email: string;
  overdue: DigestLine[];
  dueSoon: DigestLine[];
}

function lineOf(relais: Relais, row: DueRow): DigestLine {
  if (!row.deadline) throw new Error(`request ${row.reference} cannot be in a digest`);
  return {
    reference: row.reference,
    address: row.address,
    category: row.category_name,
    status: row.status,
    deadline: row.deadline,
    url: requestPageUrl(relais.config.publicUrl, row.id),
  };
}

/** Writes the digests of the Paris day of `now`; returns the day and how many were written now. */
export async function queueOverdueDigests(relais: Relais, now = new Date()): Promise<{ day: string; queued: number }> {
  const day = parisDay(now);
  const rows = await listDueForDigest(relais.db, OPEN_STATUSES, addWorkingDays(day, 1));
  const digests = new Map<string, DepartmentDigest>();
  for (const row of rows) {
    if (!row.department_email) continue;
    const digest = digests.get(row.department_id) ?? {
      name: row.department_name,
      email: row.department_email,
      overdue: [],
      dueSoon: [],
    };
    const line = lineOf(relais, row);
    (line.deadline < day ? digest.overdue : digest.dueSoon).push(line);
    digests.set(row.department_id, digest);
  }
  const at = now.toISOString();
  const messages: NewOutboxRow[] = [...digests].map(([departmentId, digest]) => {
    // Departments read French: the digest has no reader's language to follow.
    const rendered = renderDigest('fr', {
      department: digest.name,
      day,
      overdue: digest.overdue,
      dueSoon: digest.dueSoon,
    });
    return {
      id: uuidv7(),
      kind: 'email',
      recipient: digest.email,
      subject: rendered.subject,
      body_text: rendered.text,
      body_html: rendered.html,
      request_id: null,
      event_id: null,
      dedupe_key: `digest:${departmentId}:${day}`,
      locale: 'fr',
      status: 'pending',
      next_attempt_at: at,
      last_error: null,
      created_at: at,
      sent_at: null,
    };
  });
  return { day, queued: await insertMessages(relais.db, messages) };
}

const parisHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: 'numeric', hourCycle: 'h23' });

/** Writes the digests once a working day, at `hour` (Europe/Paris) or at the first check after it. */
export function startDigestSchedule(
  relais: Relais,
  options: { hour: number; log: FastifyBaseLogger; checkEveryMs?: number },
): Worker {
  let doneFor: string | null = null;
  let running: Promise<unknown> | null = null;
  const check = () => {
    const now = new Date();
    const day = parisDay(now);
    if (running || doneFor === day || Number(parisHour.format(now)) < options.hour || !isWorkingDay(day)) return;
    running = queueOverdueDigests(relais, now)
      .then(() => {
        doneFor = day;
      })
      .catch((err: unknown) => options.log.error({ err }, 'digest: not written'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(check, options.checkEveryMs ?? 60_000);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
