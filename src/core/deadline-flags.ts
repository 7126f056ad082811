/**
 * Flags of a queue: a request is overdue the day after its deadline, and due soon from two
 * working days before it until the deadline itself. Days are Paris calendar days (YYYY-MM-DD),
 * which compare as text.
 */
import type { DeadlineFlag } from './deadline-flag-names.js';
import { addWorkingDays } from './deadlines.js';

export const DUE_SOON_WORKING_DAYS = 2;

/** The last day a deadline counts as due soon, seen on `today`. */
export function dueSoonUntil(today: string): string {
  return addWorkingDays(today, DUE_SOON_WORKING_DAYS);
}

export function deadlineFlag(deadline: string | null, today: string): DeadlineFlag | null {
  if (deadline === null) return null;
  if (deadline < today) return 'overdue';
  return deadline <= dueSoonUntil(today) ? 'due_soon' : null;
}
