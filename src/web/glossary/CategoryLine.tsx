import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlossarySearchResult } from '../../core/api/glossary.js';
import { normalise } from '../../core/glossary/text.js';
import { Highlighted } from './Highlighted.js';

/** A category as lists show it, with the words that brought it up. */
export interface CategoryLineData {
  id: string;
  name: string;
  /** Family and department, e.g. "Voirie · Direction de la voirie". */
  where: string;
  /** The glossary's terms that matched, to mark in the name and synonyms. */
  terms: readonly string[];
  /** The citizen's words (synonyms) that matched, shown in quotes. */
  synonyms: readonly string[];
  /** The description's words that suggested it. */
  suggestedBy: readonly string[];
}

const SYNONYMS_SHOWN = 2;

export function fromSearchResult(result: GlossarySearchResult): CategoryLineData {
  return {
    id: result.category.id,
    name: result.category.name,
    where: `${result.family.name} · ${result.department.name}`,
    terms: result.matchedTerms,
    synonyms: result.category.synonyms
      .filter((synonym) => result.matchedTerms.some((term) => normalise(synonym).includes(term)))
      .slice(0, SYNONYMS_SHOWN),
    suggestedBy: [],
  };
}

export function CategoryLine({ line }: { line: CategoryLineData }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500}>
        <Highlighted text={line.name} terms={line.terms} />
      </Text>
      <Text size="xs" c="dimmed">
        {line.where}
      </Text>
      {line.synonyms.length > 0 && (
        <Text size="xs" c="dimmed">
          {line.synonyms.map((synonym) => (
            <span key={synonym}>
              « <Highlighted text={synonym} terms={line.terms} /> »{' '}
            </span>
          ))}
        </Text>
      )}
      {line.suggestedBy.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('glossary.suggestedBy', { words: line.suggestedBy.join(', ') })}
        </Text>
      )}
    </div>
  );
}
