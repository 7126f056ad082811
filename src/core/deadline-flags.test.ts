import { describe, expect, it } from 'vitest';
import { deadlineFlag, dueSoonUntil } from './deadline-flags.js';

describe('deadlineFlag', () => {
  // Wednesday 29 April 2026: Friday 1 May is a public holiday, so two working days end on Monday 4 May.
  const today = '2026-04-29';
  const rows: { deadline: string | null; flag: ReturnType<typeof deadlineFlag> }[] = [
    { deadline: null, flag: null },
    { deadline: '2026-04-28', flag: 'overdue' },
    { deadline: '2025-12-31', flag: 'overdue' },
    { deadline: '2026-04-29', flag: 'due_soon' },
    { deadline: '2026-05-01', flag: 'due_soon' },
    { deadline: '2026-05-04', flag: 'due_soon' },
    { deadline: '2026-05-05', flag: null },
  ];
  for (const { deadline, flag } of rows) {
    it(`flags a deadline of ${deadline ?? 'none'} as ${flag ?? 'nothing'} on ${today}`, () => {
      expect(deadlineFlag(deadline, today)).toBe(flag);
    });
  }

  it('counts due soon in working days across a weekend', () => {
    expect(dueSoonUntil('2026-03-06')).toBe('2026-03-10');
  });
});
