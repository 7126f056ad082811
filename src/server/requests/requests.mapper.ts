import type { RequestDto, RequestEventDto } from '../../core/api/requests.js';
import { CHANNELS } from '../../core/api/requests.js';
import { EVENT_TYPES } from '../../core/events.js';
import { HOLD_REASONS, PRIORITIES, STATUSES } from '../../core/lifecycle.js';
import { ORIGINS } from '../../core/origins.js';
import type { RequestRow } from '../db/schema.js';
import type { EventWithActor } from './requests.repository.js';

/** Narrows a text column to one of a union's values; a stray value is a bug worth failing on. */
function oneOf<T extends string>(values: readonly T[], value: string, column: string): T {
  const found = values.find((v) => v === value);
  if (found === undefined) throw new Error(`unexpected ${column} in database: ${value}`);
  return found;
}

const nullableOneOf = <T extends string>(values: readonly T[], value: string | null, column: string) =>
  value === null ? null : oneOf(values, value, column);

export function toRequestDto(row: RequestRow, withPersonalData: boolean): RequestDto {
  return {
    id: row.id,
    reference: row.reference,
    status: oneOf(STATUSES, row.status, 'status'),
    origin: oneOf(ORIGINS, row.origin, 'origin'),
    description: row.description,
    address: row.address,
    lat: row.lat,
    lon: row.lon,
    bodyId: row.body_id,
    departmentId: row.department_id,
    categoryId: row.category_id,
    territoryId: row.territory_id,
    contractorId: row.contractor_id,
    priority: oneOf(PRIORITIES, row.priority, 'priority'),
    deadline: row.deadline,
    holdReason: nullableOneOf(HOLD_REASONS, row.hold_reason, 'hold_reason'),
    duplicateOfId: row.duplicate_of_id,
    assigneeId: row.assignee_id,
    requester:
      withPersonalData && row.requester_name
        ? {
            name: row.requester_name,
            email: row.requester_email,
            phone: row.requester_phone,
            channel: nullableOneOf(CHANNELS, row.requester_channel, 'requester_channel') ?? 'none',
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
    type: oneOf(EVENT_TYPES, row.type, 'event type'),
    at: row.at,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
    fromStatus: nullableOneOf(STATUSES, row.from_status, 'from_status'),
    toStatus: nullableOneOf(STATUSES, row.to_status, 'to_status'),
    public: row.public === 1,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}
