/** The dispatcher's decision form: the proposal as values, and the accept body they make. */
import type { Proposal } from '../../core/api/dispatch.js';
import type { Priority } from '../../core/lifecycle.js';

/** Where the category in the form comes from, to say why it is there. */
export type CategoryOrigin = 'intake' | 'suggestion' | 'dispatcher' | null;
/** Where the department comes from: the category's usual one, a territory's route, or the dispatcher. */
export type DepartmentOrigin = 'category' | 'territory' | 'dispatcher' | null;

export interface ProposalValues {
  categoryId: string | null;
  categoryOrigin: CategoryOrigin;
  departmentId: string | null;
  departmentOrigin: DepartmentOrigin;
  priority: Priority;
  /** YYYY-MM-DD; empty: computed by the server from the category's procedure. */
  deadline: string;
  /** The words of the description that made the category match, when it was suggested or searched. */
  words: readonly string[];
}

export function initialProposalValues(proposal: Proposal): ProposalValues {
  const suggestion = proposal.suggestions.find((s) => s.categoryId === proposal.categoryId);
  return {
    categoryId: proposal.categoryId,
    categoryOrigin: proposal.categorySource,
    departmentId: proposal.departmentId,
    departmentOrigin: proposal.departmentId ? (proposal.routedByTerritory ? 'territory' : 'category') : null,
    priority: proposal.priority,
    deadline: proposal.deadline ?? '',
    words: suggestion?.words ?? [],
  };
}

/** The accept transition's input; the shared schema checks it (a missing category is refused there). */
export function acceptInput(values: ProposalValues): Record<string, unknown> {
  return {
    action: 'accept',
    categoryId: values.categoryId ?? undefined,
    departmentId: values.departmentId ?? undefined,
    priority: values.priority,
    deadline: values.deadline || undefined,
  };
}
