/**
 * The glossary: search by the citizen's words, the glossary and its routing map, routing a
 * category at a place, and category suggestions. Search and suggestions read in-memory values
 * built from the database (glossary.cache.ts).
 */
import type {
  Glossary,
  GlossarySearchQuery,
  GlossarySearchResult,
  RouteAnswer,
  RouteQuery,
  RoutingMap,
  SuggestResponse,
} from '../../core/api/glossary.js';
import { deadlineFor } from '../../core/deadlines.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { territoryAt } from '../directory/territories.js';
import { badRequest } from '../errors.js';
import { GlossaryCache } from './glossary.cache.js';
import {
  parseQuestions,
  parseStrings,
  toGlossaryCategory,
  toGlossaryFamily,
  toOverride,
  toSearchEntry,
} from './glossary.mapper.js';
import {
  findTerritory,
  listCategoryRows,
  listFamilyRows,
  listPastDecisions,
  listRouteRows,
} from './glossary.repository.js';
import { routeFor } from './routing.js';
import { buildSearchIndex } from './search-index.js';
import { suggestCategories, trainSuggestionModel } from './suggest.js';

/** Past decisions the suggestion learns from: the most recent ones, about five months at Caen's pace. */
const PAST_DECISIONS = 5000;
const SUGGESTIONS = 3;

const byName = new Intl.Collator('fr', { sensitivity: 'base' });
const sortedByName = <T extends { name: string }>(items: T[]): T[] =>
  items.sort((a, b) => byName.compare(a.name, b.name));

const searchIndexes = new GlossaryCache(async (db) =>
  buildSearchIndex((await listCategoryRows(db)).map(toSearchEntry)),
);

const suggestionModels = new GlossaryCache(async (db) => {
  const [categories, decisions] = await Promise.all([listCategoryRows(db), listPastDecisions(db, PAST_DECISIONS)]);
  return trainSuggestionModel(
    categories.map((c) => ({
      categoryId: c.id,
      name: c.name,
      description: c.description,
      synonyms: parseStrings(c.synonyms),
      familyName: c.family_name,
    })),
    decisions.flatMap((d) => (d.category_id ? [{ categoryId: d.category_id, description: d.description }] : [])),
  );
});

export async function searchGlossary(
  relais: Relais,
  actor: Actor,
  query: GlossarySearchQuery,
): Promise<{ results: GlossarySearchResult[] }> {
  authorize(actor, 'glossary.read');
  const index = await searchIndexes.get(relais.db);
  return { results: index.search(query.q, query.limit) };
}

function groupBy<T, V>(items: T[], key: (item: T) => string, value: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), value(item)]);
  }
  return groups;
}

/** Families with their categories, procedures, questions and who acts, sorted by name. */
export async function getGlossary(relais: Relais, actor: Actor): Promise<Glossary> {
  authorize(actor, 'glossary.read');
  const [families, categories, routes] = await Promise.all([
    listFamilyRows(relais.db),
    listCategoryRows(relais.db),
    listRouteRows(relais.db),
  ]);
  const overrides = groupBy(routes, (r) => r.category_id, toOverride);
  for (const list of overrides.values()) list.sort((a, b) => byName.compare(a.territory.name, b.territory.name));
  const categoriesOf = groupBy(
    categories,
    (c) => c.family_id,
    (c) => toGlossaryCategory(c, overrides.get(c.id) ?? []),
  );
  return {
    families: sortedByName(families).map((f) => toGlossaryFamily(f, sortedByName(categoriesOf.get(f.id) ?? []))),
  };
}

/** The inverted org chart: per family, from each problem to the department and body that act. */
export async function getRoutingMap(relais: Relais, actor: Actor): Promise<RoutingMap> {
  const { families } = await getGlossary(relais, actor);
  return {
    families: families.map(({ categories, ...family }) => ({
      family,
      problems: categories.map((c) => ({
        category: { id: c.id, code: c.code, name: c.name },
        department: c.department,
        body: c.body,
        overrides: c.overrides,
      })),
    })),
  };
}

/** Who handles a category at a point, with the procedure and the deadline if received `now`. */
export async function routeCategory(
  relais: Relais,
  actor: Actor,
  query: RouteQuery,
  now = new Date(),
): Promise<RouteAnswer> {
  authorize(actor, 'glossary.read');
  const { db } = relais;
  const territoryId =
    query.lat !== undefined && query.lon !== undefined ? await territoryAt(db, query.lat, query.lon) : null;
  const { category, department, body } = await routeFor(db, query.categoryId, territoryId);
  if (category.active !== 1) throw badRequest(`categoryId: the category "${category.name}" is no longer in use`);
  const territory = territoryId ? await findTerritory(db, territoryId) : undefined;
  return {
    category: { id: category.id, code: category.code, name: category.name },
    department: { id: department.id, name: department.name },
    body: { id: body.id, name: body.name },
    territory: territory ?? null,
    deadline: deadlineFor(now, category.deadline_days),
    deadlineDays: category.deadline_days,
    needsValidation: category.needs_validation === 1,
    needsContractor: category.needs_contractor === 1,
    procedure: parseStrings(category.procedure),
    questions: parseQuestions(category.questions),
  };
}

/** The categories closest to a description, with the words that made each match. */
export async function suggestForDescription(
  relais: Relais,
  actor: Actor,
  description: string,
): Promise<SuggestResponse> {
  authorize(actor, 'glossary.read');
  const model = await suggestionModels.get(relais.db);
  return { suggestions: suggestCategories(model, description, SUGGESTIONS) };
}
