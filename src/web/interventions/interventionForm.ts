/** The intervention form's values and how they become the API's body. */
import type { Outcome } from '../../core/api/interventions.js';

export interface InterventionValues {
  /** As a datetime-local input gives it: local time, no zone. */
  doneAt: string;
  notes: string;
  /** Number inputs give '' while empty. */
  minutesSpent: number | string;
  quantity: number | string;
  unit: string;
  outcome: Outcome;
  notDoneReason: string;
  resolve: boolean;
  before: File[];
  after: File[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Now, as a datetime-local input shows it (the browser's time zone: the agent's). */
export function localNow(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function emptyIntervention(): InterventionValues {
  return {
    doneAt: localNow(),
    notes: '',
    minutesSpent: '',
    quantity: '',
    unit: '',
    outcome: 'done',
    notDoneReason: '',
    resolve: false,
    before: [],
    after: [],
  };
}

const numberOrUndefined = (value: number | string) => (typeof value === 'number' ? value : undefined);

/** The body to check with `recordInterventionBody`; fields that do not apply are left out. */
export function toInterventionBody(values: InterventionValues, photoIds: readonly string[]): unknown {
  const doneAt = new Date(values.doneAt);
  const done = values.outcome === 'done';
  return {
    doneAt: Number.isNaN(doneAt.getTime()) ? values.doneAt : doneAt.toISOString(),
    notes: values.notes,
    minutesSpent: numberOrUndefined(values.minutesSpent),
    quantity: numberOrUndefined(values.quantity),
    unit: values.unit.trim() || undefined,
    outcome: values.outcome,
    notDoneReason: done ? undefined : values.notDoneReason,
    photoIds: [...photoIds],
    resolve: done && values.resolve,
  };
}
