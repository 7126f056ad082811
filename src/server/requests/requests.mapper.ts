import type { RequestDto, RequestEventDto } from '../../core/api/requests.js';
import type { RequestRow } from '../db/schema.js';
import type { EventWithActor } from './requests.repository.js';

export function toRequestDto(row: RequestRow, withPersonalData: boolean): RequestDto {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    origin: row.origin,
    description: row.description,
    address: row.address,
    lat: row.lat,
    lon: row.lon,
    bodyId: row.body_id,
    departmentId: row.department_id,
    categoryId: row.category_id,
    territoryId: row.territory_id,
    contractorId: row.contractor_id,
    priority: row.priority,
    deadline: row.deadline,
    holdReason: row.hold_reason,
    duplicateOfId: row.duplicate_of_id,
    assigneeId: row.assignee_id,
    requester:
      withPersonalData && row.requester_name
        ? {
            name: row.requester_name,
            email: row.requester_email,
            phone: row.requester_phone,
            channel: row.requester_channel ?? 'none',
            consent: row.requester_consent === 1,
          }
        : null,
    answers: JSON.parse(row.answers) as RequestDto['answers'],
    createdById: row.created_by_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toEventDto(row: EventWithActor): RequestEventDto {
  return {
    id: row.id,
    type: row.type,
    at: row.at,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    public: row.public === 1,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}
