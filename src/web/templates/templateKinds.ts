/** Which templates answer which decision, and the free-text field of the action they fill. */
import type { Action } from '../../core/lifecycle.js';
import type { TemplateKind } from '../../core/templates.js';

export interface TemplatedField {
  kind: TemplateKind;
  /** The action's text: its reason, or its note when the reason is a choice (hold) or absent. */
  field: 'reason' | 'note';
}

const TEMPLATED: Partial<Record<Action, TemplatedField>> = {
  reject: { kind: 'reject', field: 'reason' },
  redirect: { kind: 'redirect', field: 'reason' },
  mark_duplicate: { kind: 'duplicate', field: 'note' },
  hold: { kind: 'hold', field: 'note' },
  resolve: { kind: 'resolve', field: 'note' },
};

export function templatedFieldOf(action: Action): TemplatedField | null {
  return TEMPLATED[action] ?? null;
}
