/** How a status looks on the map: the badges' colour, and a letter so colour is never the only cue. */
import type { StatusCounts } from '../../core/api/map.js';
import { STATUSES, type Status } from '../../core/lifecycle.js';
import { STATUS_COLOR } from '../ui/StatusBadge.js';

export function statusColor(status: Status): string {
  return `var(--mantine-color-${STATUS_COLOR[status]}-filled)`;
}

/** The status most requests of a cluster have (the first in lifecycle order on a tie). */
export function dominantStatus(byStatus: StatusCounts): Status {
  let best: Status = 'new';
  let most = 0;
  for (const status of STATUSES) {
    const count = byStatus[status] ?? 0;
    if (count > most) {
      best = status;
      most = count;
    }
  }
  return best;
}
