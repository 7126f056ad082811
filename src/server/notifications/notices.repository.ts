/** Administrators' choices of which request events tell the requester: one row per type they changed. */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { NoticeEventType } from '../../core/notify.js';
import type { Database, Flag } from '../db/schema.js';

export interface NoticeChoice {
  id: string;
  eventType: string;
  tellsRequester: boolean;
}

const flag = (value: boolean): Flag => (value ? 1 : 0);

export async function listNoticeChoices(db: Kysely<Database>): Promise<NoticeChoice[]> {
  const rows = await db.selectFrom('requester_notices').select(['id', 'event_type', 'tells_requester']).execute();
  return rows.map((r) => ({ id: r.id, eventType: r.event_type, tellsRequester: r.tells_requester === 1 }));
}

/** The choice for one event type, if an administrator made one. */
export async function findNoticeChoice(db: Kysely<Database>, eventType: NoticeEventType): Promise<boolean | undefined> {
  const row = await db
    .selectFrom('requester_notices')
    .select('tells_requester')
    .where('event_type', '=', eventType)
    .executeTakeFirst();
  return row ? row.tells_requester === 1 : undefined;
}

/** Records a choice (a new row the first time, the same row afterwards); returns the row's id. */
export async function saveNoticeChoice(
  db: Kysely<Database>,
  eventType: NoticeEventType,
  tellsRequester: boolean,
): Promise<string> {
  const { id } = await db
    .insertInto('requester_notices')
    .values({ id: uuidv7(), event_type: eventType, tells_requester: flag(tellsRequester) })
    // Two administrators saving the same type at once: the later one wins, neither fails.
    .onConflict((oc) => oc.column('event_type').doUpdateSet({ tells_requester: flag(tellsRequester) }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
