/** When work may be recorded on a request. Shared by the server (which checks) and the web (which offers). */
import type { Status } from './lifecycle.js';
import type { Role } from './roles.js';

/** From acceptance on, and after resolution too (work is often written up once done). */
const STAFF_STATUSES: readonly Status[] = [
  'accepted',
  'in_progress',
  'on_hold',
  'awaiting_validation',
  'sent_to_contractor',
  'resolved',
];

/** A contractor records work only on an order sent to it and not yet resolved. */
export function canRecordInterventionIn(status: Status, role: Role): boolean {
  return role === 'contractor' ? status === 'sent_to_contractor' : STAFF_STATUSES.includes(status);
}
