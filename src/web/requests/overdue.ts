import { isOpen, type Status } from '../../core/lifecycle.js';
import { todayInParis } from '../ui/dates.js';

/** A deadline is missed when the day has passed (Europe/Paris) and the work is still open. */
export function isOverdue(deadline: string | null, status: Status): boolean {
  return deadline !== null && isOpen(status) && deadline < todayInParis();
}
