import { badRequest } from '../errors.js';
import type { Keyset } from './requests.repository.js';

/** Cursors are opaque to clients: the keyset of the last row of the previous page. */
export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.createdAt, keyset.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // falls through to the error below
  }
  throw badRequest('cursor: not a cursor given by this API; start again without it');
}

/** The cursor after a row of a list in creation order. */
export const cursorAfter = (row: { created_at: string; id: string }): string =>
  encodeCursor({ createdAt: row.created_at, id: row.id });

/**
 * A page of a keyset list read with one row more than `limit`: that extra row is not shown, it only
 * says a next page exists, which starts after the page's last row.
 */
export function keysetPage<R>(
  rows: readonly R[],
  limit: number,
  cursorOf: (last: R) => string,
): { page: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? cursorOf(last) : null };
}
