/**
 * The in-memory index that answers the glossary search as an agent types: MiniSearch over each
 * category's name, synonyms, description and family name, with the text reduced by the shared
 * French helpers (no accents, no case, singular, no stop words), prefix search for the word being
 * typed and fuzzy search for typos. Pure: built from rows the service loaded.
 */
import MiniSearch from 'minisearch';
import type { GlossarySearchResult } from '../../core/api/glossary.js';
import { isMeaningful, normalise, singular } from '../../core/glossary/text.js';

/** One category as the search returns it; `family.name` is also searched. */
export type SearchEntry = Omit<GlossarySearchResult, 'score' | 'matchedTerms'>;

interface IndexedFields {
  id: string;
  name: string;
  synonyms: string;
  description: string;
  family: string;
}

/** A name match counts most, then a synonym (the citizen's words), the prose, the family. */
const BOOST = { name: 4, synonyms: 3, description: 1, family: 0.5 };

/** A term the way both the index and the query store it, or null for a word to ignore. */
function processTerm(term: string): string | null {
  const plain = normalise(term);
  return isMeaningful(plain) ? singular(plain) : null;
}

/** Edits tolerated for a typed word: none for short words, where any edit changes the word. */
function fuzziness(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 7 ? 1 : 2;
}

export interface SearchIndex {
  search(query: string, limit: number): GlossarySearchResult[];
}

export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  const byId = new Map(entries.map((e) => [e.category.id, e]));
  const index = new MiniSearch<IndexedFields>({
    fields: ['name', 'synonyms', 'description', 'family'],
    processTerm,
    searchOptions: {
      boost: BOOST,
      // The last word is usually still being typed; earlier ones may be complete words.
      prefix: (term, i, terms) => i === terms.length - 1 || term.length >= 4,
      fuzzy: fuzziness,
      combineWith: 'OR',
    },
  });
  index.addAll(
    entries.map((e) => ({
      id: e.category.id,
      name: e.category.name,
      // Separated so that the last word of one synonym and the first of the next stay apart.
      synonyms: e.category.synonyms.join(' | '),
      description: e.category.description,
      family: e.family.name,
    })),
  );

  return {
    search(query, limit) {
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((hit) => {
          const entry = byId.get(String(hit.id));
          if (!entry) return [];
          return [{ ...entry, score: Math.round(hit.score * 1000) / 1000, matchedTerms: hit.terms }];
        });
    },
  };
}
