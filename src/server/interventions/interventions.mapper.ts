import type { Intervention } from '../../core/api/interventions.js';
import type { InterventionWithAuthor } from './interventions.repository.js';

export function toInterventionDto(row: InterventionWithAuthor): Intervention {
  return {
    id: row.id,
    requestId: row.request_id,
    doneAt: row.done_at,
    doneBy: { id: row.done_by_id, name: row.done_by_name },
    contractorId: row.contractor_id,
    notes: row.notes,
    quantity: row.quantity,
    unit: row.unit,
    minutesSpent: row.minutes_spent,
    outcome: row.outcome,
    notDoneReason: row.not_done_reason,
    photoIds: JSON.parse(row.photo_ids) as string[],
    createdAt: row.created_at,
  };
}
