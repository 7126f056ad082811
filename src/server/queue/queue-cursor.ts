import { badRequest } from '../errors.js';
import type { DeadlineKeyset } from '../requests/requests.repository.js';

/** Cursors of a queue sorted by deadline: opaque to clients, the keyset of the page's last row. */
export function encodeDeadlineCursor(keyset: DeadlineKeyset): string {
  return Buffer.from(JSON.stringify([keyset.deadline, keyset.createdAt, keyset.id])).toString('base64url');
}

export function decodeDeadlineCursor(cursor: string): DeadlineKeyset {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      (value[0] === null || typeof value[0] === 'string') &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string'
    ) {
      return { deadline: value[0], createdAt: value[1], id: value[2] };
    }
  } catch {
    // falls through to the error below
  }
  throw badRequest('cursor: not a cursor of this list and sort; start again without it');
}
