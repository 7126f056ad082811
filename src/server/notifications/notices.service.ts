/**
 * Which public request events tell the requester: the defaults of core/notify.ts, changed per event
 * type by administrators (Administration → Avis aux demandeurs), every change in the audit log.
 *
 * The message writer reads the choice in the event's own transaction rather than from a cache per
 * instance: it is one read by unique key of a table of at most a dozen rows, beside the reads the
 * message already makes (the request, its followers), and it is right on every instance the moment
 * a change commits. A cache would need invalidating across PostgreSQL instances, or would keep
 * telling requesters for a while after an administrator said not to.
 */
import type { Kysely } from 'kysely';
import type { NoticeDto, NoticesPatch } from '../../core/api/notifications.js';
import { NOTICE_EVENT_TYPES, type NoticeEventType, TELLS_REQUESTER } from '../../core/notify.js';
import type { Actor } from '../../core/roles.js';
import { adminTransaction } from '../admin/change.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import type { Database } from '../db/schema.js';
import { findNoticeChoice, listNoticeChoices, type NoticeChoice, saveNoticeChoice } from './notices.repository.js';

/** Whether public events of this type tell the requester now; `db` is the event's transaction. */
export async function tellsRequesterNow(db: Kysely<Database>, type: NoticeEventType): Promise<boolean> {
  return (await findNoticeChoice(db, type)) ?? TELLS_REQUESTER[type];
}

/** Every type that may tell, in a stable order, with its choice (else its default). */
function noticesOf(choices: readonly NoticeChoice[]): NoticeDto[] {
  const chosen = new Map(choices.map((c) => [c.eventType, c.tellsRequester]));
  return NOTICE_EVENT_TYPES.map((eventType) => ({
    eventType,
    tellsRequester: chosen.get(eventType) ?? TELLS_REQUESTER[eventType],
    default: TELLS_REQUESTER[eventType],
  }));
}

export async function listNotices(relais: Relais, actor: Actor): Promise<NoticeDto[]> {
  authorize(actor, 'admin.manage');
  return noticesOf(await listNoticeChoices(relais.db));
}

/**
 * Applies the changes and answers every type as it now is. A change to what a type already does is
 * no change: nothing is written, nothing audited.
 */
export async function changeNotices(relais: Relais, actor: Actor, changes: NoticesPatch): Promise<NoticeDto[]> {
  authorize(actor, 'admin.manage');
  return adminTransaction(relais, actor, async ({ trx, audit }) => {
    const current = noticesOf(await listNoticeChoices(trx));
    for (const { eventType, tellsRequester } of changes) {
      if (current.find((n) => n.eventType === eventType)?.tellsRequester === tellsRequester) continue;
      const id = await saveNoticeChoice(trx, eventType, tellsRequester);
      await audit({
        entity: 'requester_notices',
        entityId: id,
        action: 'update',
        before: { eventType, tellsRequester: !tellsRequester },
        after: { eventType, tellsRequester },
      });
    }
    return noticesOf(await listNoticeChoices(trx));
  });
}
