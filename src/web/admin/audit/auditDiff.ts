/** What an audit entry changed, field by field, from the before and after snapshots it keeps. */
import type { AuditEntry } from '../../../core/api/admin.js';
import { EVENT_TYPES, type EventType } from '../../../core/events.js';

export interface FieldChange {
  field: string;
  /** Absent when the thing did not exist before (created) or no longer exists (deleted). */
  before?: unknown;
  after?: unknown;
}

// Identity and derived values: they never say what someone changed.
const NOT_SHOWN = new Set(['id', 'createdAt', 'updatedAt', 'boundingBox']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const isBlank = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** The fields that differ; the filled-in fields of a thing created or deleted. */
export function changesOf(entry: AuditEntry): FieldChange[] {
  const { before, after } = entry;
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const only = after ?? before;
  return [...fields]
    .filter((field) => !NOT_SHOWN.has(field))
    .filter((field) =>
      before === null || after === null ? !isBlank(only?.[field]) : !same(before[field], after[field]),
    )
    .map((field) => ({
      field,
      ...(before ? { before: before[field] } : {}),
      ...(after ? { after: after[field] } : {}),
    }));
}

/**
 * The name the snapshot gives the thing (a template's title, a user's name, an address import's
 * file, a notice's event…), for the entry's heading.
 */
export function nameOf(entry: AuditEntry, eventLabel: (type: EventType) => string): string | null {
  const snapshot = entry.after ?? entry.before;
  const eventType = EVENT_TYPES.find((type) => type === snapshot?.eventType);
  if (eventType) return eventLabel(eventType);
  const name = snapshot?.name ?? snapshot?.title ?? snapshot?.fileName;
  return typeof name === 'string' ? name : null;
}
