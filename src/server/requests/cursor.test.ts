import { describe, expect, it } from 'vitest';
import { cursorAfter, decodeCursor, keysetPage } from './cursor.js';

const rows = ['a', 'b', 'c'].map((id, i) => ({ id, created_at: `2026-01-0${i + 1}T00:00:00.000Z` }));

describe('keysetPage', () => {
  it('shows `limit` rows and points the next page after the last one shown when one row more came', () => {
    const { page, nextCursor } = keysetPage(rows, 2, cursorAfter);
    expect(page.map((r) => r.id)).toEqual(['a', 'b']);
    expect(decodeCursor(nextCursor ?? '')).toEqual({ createdAt: '2026-01-02T00:00:00.000Z', id: 'b' });
  });

  it('has no next page when no extra row came', () => {
    expect(keysetPage(rows, 3, cursorAfter)).toEqual({ page: rows, nextCursor: null });
    expect(keysetPage([], 3, cursorAfter)).toEqual({ page: [], nextCursor: null });
  });
});
