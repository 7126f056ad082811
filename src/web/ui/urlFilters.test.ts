import { describe, expect, it } from 'vitest';
import { aDay, anId, choiceOf, oneOf, someOf, urlFilters, words } from './urlFilters.js';

const list = urlFilters({
  status: someOf(['new', 'closed'] as const),
  origin: oneOf(['phone', 'web'] as const),
  departmentId: anId,
  createdFrom: aDay,
  q: words,
  sort: choiceOf(['deadline', 'newest'] as const, 'deadline'),
});

describe('filters kept in the URL', () => {
  it('reads an address back, leaving out values that are not valid (an edited or old URL)', () => {
    const params = new URLSearchParams(
      'status=new&status=lost&status=closed&origin=fax&departmentId=d1&createdFrom=2026-13&q=nid&sort=oldest',
    );
    expect(list.fromParams(params)).toEqual({
      status: ['new', 'closed'],
      origin: null,
      departmentId: 'd1',
      createdFrom: null,
      q: 'nid',
      sort: 'deadline',
    });
    expect(list.fromParams(new URLSearchParams('createdFrom=2026-05-04&sort=newest'))).toMatchObject({
      createdFrom: '2026-05-04',
      sort: 'newest',
    });
  });

  it('reads an empty address as nothing filtered', () => {
    expect(list.fromParams(new URLSearchParams())).toEqual(list.none);
    expect(list.none).toEqual({
      status: [],
      origin: null,
      departmentId: null,
      createdFrom: null,
      q: '',
      sort: 'deadline',
    });
    expect(list.isFiltered(list.none)).toBe(false);
  });

  it('asks the API only for what filters: no empty list, blank search or default order; the search trimmed', () => {
    expect(list.toQuery({ ...list.none, q: '   ' })).toEqual({});
    expect(list.isFiltered({ ...list.none, q: '   ' })).toBe(false);
    const filters = { ...list.none, status: ['new' as const], q: ' nid de poule ', sort: 'newest' as const };
    expect(list.toQuery(filters)).toEqual({ status: ['new'], q: 'nid de poule', sort: 'newest' });
    expect(list.toParams(filters).toString()).toBe('status=new&q=nid+de+poule&sort=newest');
    expect(list.isFiltered(filters)).toBe(true);
  });

  it('writes an address that reads back as the same filters', () => {
    const filters = {
      status: ['new' as const, 'closed' as const],
      origin: 'phone' as const,
      departmentId: 'd1',
      createdFrom: '2026-05-04',
      q: 'nid',
      sort: 'newest' as const,
    };
    expect(list.fromParams(list.toParams(filters))).toEqual(filters);
  });
});
