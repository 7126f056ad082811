/**
 * Deadlines in working days: Monday to Friday, minus French public holidays (date-holidays, FR).
 * Deadlines are calendar days in Europe/Paris, written YYYY-MM-DD.
 */
import { addDays, format, isWeekend, parseISO } from 'date-fns';
import Holidays from 'date-holidays';
import { parisDay } from './time.js';

const holidaysFr = new Holidays('FR');
const holidaysByYear = new Map<number, Set<string>>();

function publicHolidays(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      holidaysFr
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

export function isPublicHoliday(day: string): boolean {
  return publicHolidays(Number(day.slice(0, 4))).has(day);
}

export function isWorkingDay(day: string): boolean {
  return !isWeekend(parseISO(day)) && !isPublicHoliday(day);
}

/** The day that is `workingDays` working days after `day` (the start day itself is not counted). */
export function addWorkingDays(day: string, workingDays: number): string {
  let current = parseISO(day);
  let left = workingDays;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(format(current, 'yyyy-MM-dd'))) left -= 1;
  }
  return format(current, 'yyyy-MM-dd');
}

/** The deadline of a request received at `receivedAt`, with a procedure of `workingDays` days. */
export function deadlineFor(receivedAt: Date, workingDays: number): string {
  return addWorkingDays(parisDay(receivedAt), workingDays);
}
