/**
 * The dispatcher's inbox: new requests, oldest first, each with a proposed decision and the
 * request to open once this one is decided.
 */
import type { Inbox, InboxItem, InboxQuery } from '../../core/api/dispatch.js';
import { reachOf } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { authorize, scopeOf } from '../auth/authorize.js';
import { readsPersonalData } from '../auth/need-to-know.js';
import type { Relais } from '../context.js';
import type { RequestRow } from '../db/schema.js';
import { notFound } from '../errors.js';
import { cursorAfter, decodeCursor, keysetPage } from '../requests/cursor.js';
import { toRequestDto } from '../requests/requests.mapper.js';
import { findRequest, listRequests, type RequestFilters } from '../requests/requests.repository.js';
import { countNewRequests } from './dispatch.repository.js';
import { proposalsFor } from './proposal.js';

/** A manager triages the new requests of their body; a dispatcher all of them. */
function inboxBodyId(actor: Actor): string | null {
  return reachOf(actor, 'request.accept') === 'body' ? actor.bodyId : null;
}

const inboxFilters = (actor: Actor): RequestFilters => ({
  status: ['new'],
  bodyId: inboxBodyId(actor) ?? undefined,
});

/** The oldest new request other than `id`: where the dispatcher goes after the last one. */
async function oldestOther(relais: Relais, filters: RequestFilters, id: string): Promise<string | null> {
  const oldest = await listRequests(relais.db, filters, null, 2, 'oldest');
  return oldest.find((r) => r.id !== id)?.id ?? null;
}

async function toItems(
  relais: Relais,
  actor: Actor,
  rows: RequestRow[],
  nextIds: (string | null)[],
): Promise<InboxItem[]> {
  const proposals = await proposalsFor(relais, actor, rows);
  return rows.map((row, i) => {
    const proposal = proposals.get(row.id);
    if (!proposal) throw new Error(`no proposal for request ${row.id}`);
    return { request: toRequestDto(row, readsPersonalData(actor, row)), proposal, nextId: nextIds[i] ?? null };
  });
}

export async function getInbox(relais: Relais, actor: Actor, query: InboxQuery): Promise<Inbox> {
  authorize(actor, 'request.accept');
  const filters = inboxFilters(actor);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await listRequests(relais.db, filters, after, query.limit + 1, 'oldest');
  const { page, nextCursor } = keysetPage(rows, query.limit, cursorAfter);
  const last = page.at(-1);
  const nextIds = page.map((_, i) => rows[i + 1]?.id ?? null);
  // After the last request of the inbox, go back to the oldest one left (skipped ones wait there).
  if (last && nextCursor === null) nextIds[page.length - 1] = await oldestOther(relais, filters, last.id);
  return {
    items: await toItems(relais, actor, page, nextIds),
    nextCursor,
    total: await countNewRequests(relais.db, inboxBodyId(actor)),
  };
}

/** One request as the inbox shows it, to evaluate it (also once decided: its status says so). */
export async function getInboxItem(relais: Relais, actor: Actor, id: string): Promise<InboxItem> {
  const row = await findRequest(relais.db, id);
  if (!row) throw notFound(`Request ${id}`);
  authorize(actor, 'request.accept', scopeOf(row));
  const filters = inboxFilters(actor);
  const [after] = await listRequests(relais.db, filters, { createdAt: row.created_at, id: row.id }, 1, 'oldest');
  const nextId = after?.id ?? (await oldestOther(relais, filters, id));
  const [item] = await toItems(relais, actor, [row], [nextId]);
  if (!item) throw new Error(`no inbox item for request ${id}`);
  return item;
}
