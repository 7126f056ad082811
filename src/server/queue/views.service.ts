/** Saved views: each user's named filters of a list screen, private to that user. */
import { uuidv7 } from 'uuidv7';
import type { CreateViewBody, SavedView } from '../../core/api/queue.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { deleteView, findViewByName, insertView, listViews } from './views.repository.js';

type ViewRow = Awaited<ReturnType<typeof listViews>>[number];

function toViewDto(row: ViewRow): SavedView {
  return {
    id: row.id,
    name: row.name,
    screen: row.screen,
    query: JSON.parse(row.query) as SavedView['query'],
    createdAt: row.created_at,
  };
}

export async function listSavedViews(relais: Relais, actor: Actor, screen: string | undefined): Promise<SavedView[]> {
  authorize(actor, 'request.read');
  return (await listViews(relais.db, actor.id, screen)).map(toViewDto);
}

export async function saveView(
  relais: Relais,
  actor: Actor,
  input: CreateViewBody,
  now = new Date(),
): Promise<SavedView> {
  authorize(actor, 'request.read');
  if (await findViewByName(relais.db, actor.id, input.screen, input.name)) {
    throw conflict(`You already have a view named "${input.name}" on this screen: choose another name`);
  }
  const row = {
    id: uuidv7(),
    name: input.name,
    screen: input.screen,
    query: JSON.stringify(input.query),
    created_at: now.toISOString(),
  };
  await insertView(relais.db, { ...row, user_id: actor.id });
  return toViewDto(row);
}

export async function removeView(relais: Relais, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'request.read');
  // Someone else's view answers like a missing one: views are private.
  if (!(await deleteView(relais.db, actor.id, id))) throw notFound(`View ${id}`);
}
