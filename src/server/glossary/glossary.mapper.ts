/** Glossary rows to API objects. JSON columns are read defensively: a bad value shows as empty. */
import { z } from 'zod';
import { type Question, questionSchema } from '../../core/api/admin.js';
import type { GlossaryCategory, GlossaryFamily, TerritoryOverride } from '../../core/api/glossary.js';
import type { CategoryListRow, FamilyListRow, RouteListRow } from './glossary.repository.js';
import type { SearchEntry } from './search-index.js';

const strings = z.array(z.string()).catch([]);

export function parseStrings(json: string): string[] {
  return strings.parse(safeJson(json));
}

/** The category's extra questions; one that does not follow the schema is left out, not fatal. */
export function parseQuestions(json: string): Question[] {
  const value = safeJson(json);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = questionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

function safeJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

export function toSearchEntry(row: CategoryListRow): SearchEntry {
  return {
    category: {
      id: row.id,
      code: row.code,
      name: row.name,
      description: row.description,
      synonyms: parseStrings(row.synonyms),
    },
    family: { id: row.family_id, name: row.family_name },
    department: { id: row.department_id, name: row.department_name },
    body: { id: row.body_id, name: row.body_name },
    deadlineDays: row.deadline_days,
    needsValidation: row.needs_validation === 1,
    needsContractor: row.needs_contractor === 1,
  };
}

export function toOverride(row: RouteListRow): TerritoryOverride {
  return {
    territory: { id: row.territory_id, name: row.territory_name },
    department: { id: row.department_id, name: row.department_name },
  };
}

export function toGlossaryCategory(row: CategoryListRow, overrides: TerritoryOverride[]): GlossaryCategory {
  const { category, family: _family, ...facts } = toSearchEntry(row);
  return {
    ...category,
    ...facts,
    procedure: parseStrings(row.procedure),
    questions: parseQuestions(row.questions),
    overrides,
  };
}

export function toGlossaryFamily(row: FamilyListRow, categories: GlossaryCategory[]): GlossaryFamily {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    body: { id: row.body_id, name: row.body_name },
    categories,
  };
}
