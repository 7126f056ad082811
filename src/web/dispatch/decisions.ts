/** The decisions other than accepting: each sends a reason to the requester, from a template. */
import type { Action } from '../../core/lifecycle.js';
import type { TemplateKind } from '../../core/templates.js';

export const DECISIONS = ['reject', 'redirect', 'duplicate'] as const;
export type Decision = (typeof DECISIONS)[number];

export const ACTION_OF_DECISION: Record<Decision, Action> = {
  reject: 'reject',
  redirect: 'redirect',
  duplicate: 'mark_duplicate',
};

/** The key that opens each decision, shown on its button and in the shortcut legend. */
export const KEY_OF_DECISION: Record<Decision, string> = { reject: 'R', redirect: 'O', duplicate: 'D' };

export const TEMPLATE_KIND_OF_DECISION: Record<Decision, TemplateKind> = {
  reject: 'reject',
  redirect: 'redirect',
  duplicate: 'duplicate',
};

export interface DecisionValues {
  text: string;
  bodyId: string | null;
  duplicateOfId: string | null;
}

/** The transition's input; the shared schema checks it (a too short reason is refused there). */
export function decisionInput(decision: Decision, values: DecisionValues): Record<string, unknown> {
  switch (decision) {
    case 'reject':
      return { action: 'reject', reason: values.text };
    case 'redirect':
      return { action: 'redirect', bodyId: values.bodyId ?? undefined, reason: values.text };
    case 'duplicate':
      return {
        action: 'mark_duplicate',
        duplicateOfId: values.duplicateOfId ?? undefined,
        note: values.text || undefined,
      };
    default: {
      const unknownDecision: never = decision;
      throw new Error(`unknown decision ${String(unknownDecision)}`);
    }
  }
}
