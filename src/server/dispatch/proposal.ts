/**
 * The dispatcher's pre-filled decision for a new request: the category chosen at intake, or else
 * the glossary's best suggestion from the description; the department routing gives it (a route
 * for the request's territory first, else the category's own); the request's priority; and the
 * deadline of the category's procedure from reception.
 */
import type { Proposal } from '../../core/api/dispatch.js';
import { deadlineFor } from '../../core/deadlines.js';
import type { Actor } from '../../core/roles.js';
import type { Relais } from '../context.js';
import type { RequestRow } from '../db/schema.js';
import { suggestForDescription } from '../glossary/glossary.service.js';
import { loadRouting } from '../glossary/routing.js';
import { findCategories } from './dispatch.repository.js';

/**
 * Proposals for a page of requests, by request id. Categories and territory overrides are read in
 * two queries whatever the page size (routing one request at a time would take four each).
 */
export async function proposalsFor(
  relais: Relais,
  actor: Actor,
  rows: readonly RequestRow[],
): Promise<Map<string, Proposal>> {
  const suggested = await Promise.all(
    rows.map(async (row) => (await suggestForDescription(relais, actor, row.description)).suggestions),
  );
  const chosen = rows.map((row, i) => {
    if (row.category_id) return { categoryId: row.category_id, source: 'intake' as const };
    const best = suggested[i]?.[0];
    return best ? { categoryId: best.categoryId, source: 'suggestion' as const } : null;
  });

  const categoryIds = new Set(chosen.flatMap((c) => (c ? [c.categoryId] : [])));
  const categories = new Map((await findCategories(relais.db, [...categoryIds])).map((c) => [c.id, c]));
  const routing = await loadRouting(
    relais.db,
    rows.flatMap((row, i) => {
      const categoryId = chosen[i]?.categoryId;
      return categoryId && row.territory_id ? [{ categoryId, territoryId: row.territory_id }] : [];
    }),
  );

  return new Map(
    rows.map((row, i): [string, Proposal] => {
      const suggestions = suggested[i] ?? [];
      const choice = chosen[i];
      const category = choice ? categories.get(choice.categoryId) : undefined;
      if (!choice || !category) {
        return [
          row.id,
          {
            categoryId: null,
            categorySource: null,
            departmentId: null,
            routedByTerritory: false,
            priority: row.priority,
            deadline: null,
            suggestions,
          },
        ];
      }
      const { departmentId, overridden } = routing(category, row.territory_id);
      return [
        row.id,
        {
          categoryId: category.id,
          categorySource: choice.source,
          departmentId,
          routedByTerritory: overridden,
          priority: row.priority,
          deadline: deadlineFor(new Date(row.created_at), category.deadline_days),
          suggestions,
        },
      ];
    }),
  );
}
