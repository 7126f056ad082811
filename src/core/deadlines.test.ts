import { describe, expect, it } from 'vitest';
import { addWorkingDays, deadlineFor, isPublicHoliday, isWorkingDay } from './deadlines.js';
import { parisDay, parisDayStart } from './time.js';

describe('isPublicHoliday and isWorkingDay', () => {
  const DAYS: { day: string; what: string; holiday: boolean; working: boolean }[] = [
    { day: '2026-01-01', what: "New Year's Day (Thursday)", holiday: true, working: false },
    { day: '2026-04-06', what: 'Easter Monday', holiday: true, working: false },
    { day: '2026-05-01', what: 'Labour Day (Friday)', holiday: true, working: false },
    { day: '2026-05-08', what: 'Victory in Europe Day (Friday)', holiday: true, working: false },
    { day: '2026-05-14', what: 'Ascension (Thursday)', holiday: true, working: false },
    { day: '2026-05-25', what: 'Whit Monday', holiday: true, working: false },
    { day: '2026-07-14', what: 'Bastille Day (Tuesday)', holiday: true, working: false },
    { day: '2026-08-15', what: 'Assumption (a Saturday in 2026)', holiday: true, working: false },
    { day: '2025-08-15', what: 'Assumption (a Friday in 2025)', holiday: true, working: false },
    { day: '2026-11-01', what: "All Saints' Day (a Sunday in 2026)", holiday: true, working: false },
    { day: '2027-11-01', what: "All Saints' Day (a Monday in 2027)", holiday: true, working: false },
    { day: '2026-11-11', what: 'Armistice Day (Wednesday)', holiday: true, working: false },
    { day: '2026-12-25', what: 'Christmas (Friday)', holiday: true, working: false },
    { day: '2027-01-01', what: "New Year's Day of the next year", holiday: true, working: false },
    // Good Friday and St Stephen's Day are holidays in Alsace-Moselle only, not in Caen.
    { day: '2026-04-03', what: 'Good Friday', holiday: false, working: true },
    { day: '2025-12-26', what: "St Stephen's Day (Friday)", holiday: false, working: true },
    { day: '2026-05-24', what: 'Whit Sunday', holiday: false, working: false },
    { day: '2026-05-02', what: 'a Saturday', holiday: false, working: false },
    { day: '2026-05-03', what: 'a Sunday', holiday: false, working: false },
    { day: '2026-05-04', what: 'a Monday', holiday: false, working: true },
    { day: '2026-05-15', what: 'the Friday after Ascension', holiday: false, working: true },
  ];
  for (const { day, what, holiday, working } of DAYS) {
    it(`says ${day}, ${what}, is ${holiday ? 'a public holiday' : 'no public holiday'} and ${working ? 'a working day' : 'no working day'}`, () => {
      expect(isPublicHoliday(day)).toBe(holiday);
      expect(isWorkingDay(day)).toBe(working);
    });
  }
});

describe('addWorkingDays', () => {
  const ROWS: { from: string; days: number; to: string; why: string }[] = [
    { from: '2026-05-01', days: 0, to: '2026-05-01', why: 'zero days is the same day, even a holiday' },
    { from: '2026-03-05', days: 1, to: '2026-03-06', why: 'Thursday to Friday' },
    { from: '2026-03-06', days: 1, to: '2026-03-09', why: 'skips the weekend' },
    { from: '2026-03-07', days: 1, to: '2026-03-09', why: 'from a Saturday, the Monday' },
    { from: '2026-03-02', days: 5, to: '2026-03-09', why: 'a full week' },
    { from: '2026-05-01', days: 1, to: '2026-05-04', why: 'from Labour Day, over the weekend' },
    { from: '2026-05-01', days: 5, to: '2026-05-11', why: 'skips 8 May and the weekends' },
    { from: '2026-04-30', days: 10, to: '2026-05-19', why: 'skips 1 May, 8 May, Ascension and three weekends' },
    { from: '2026-05-13', days: 1, to: '2026-05-15', why: 'skips Ascension' },
    { from: '2026-05-22', days: 1, to: '2026-05-26', why: 'skips the weekend and Whit Monday' },
    { from: '2026-04-03', days: 1, to: '2026-04-07', why: 'skips the weekend and Easter Monday' },
    { from: '2026-07-13', days: 1, to: '2026-07-15', why: 'skips 14 July' },
    { from: '2025-08-14', days: 1, to: '2025-08-18', why: 'skips 15 August and the weekend' },
    { from: '2027-10-29', days: 1, to: '2027-11-02', why: 'skips the weekend and 1 November' },
    { from: '2026-11-10', days: 1, to: '2026-11-12', why: 'skips 11 November' },
    { from: '2026-12-24', days: 1, to: '2026-12-28', why: 'skips Christmas and the weekend' },
    { from: '2026-12-30', days: 2, to: '2027-01-04', why: "into the next year, skipping New Year's Day" },
  ];
  for (const { from, days, to, why } of ROWS) {
    it(`gives ${to} for ${days} working day(s) after ${from}: ${why}`, () => {
      expect(addWorkingDays(from, days)).toBe(to);
    });
  }
});

describe('deadlineFor', () => {
  // The day a request is received is its day in Paris, not in UTC.
  const ROWS: { receivedAt: string; days: number; to: string; why: string }[] = [
    { receivedAt: '2026-03-28T23:30:00Z', days: 5, to: '2026-04-03', why: 'Sunday 29 March 00:30 in Paris' },
    { receivedAt: '2026-03-26T22:59:59Z', days: 1, to: '2026-03-27', why: 'still Thursday 23:59:59 in Paris' },
    { receivedAt: '2026-03-26T23:00:00Z', days: 1, to: '2026-03-30', why: 'already Friday 00:00 in Paris (winter)' },
    { receivedAt: '2026-03-26T23:30:00Z', days: 1, to: '2026-03-30', why: 'already Friday 00:30 in Paris (winter)' },
    { receivedAt: '2026-06-04T21:59:59Z', days: 1, to: '2026-06-05', why: 'still Thursday 23:59:59 in Paris (summer)' },
    { receivedAt: '2026-06-04T22:00:00Z', days: 1, to: '2026-06-08', why: 'already Friday 00:00 in Paris (summer)' },
    { receivedAt: '2026-07-14T22:30:00Z', days: 1, to: '2026-07-16', why: 'Wednesday 15 July 00:30 in Paris' },
    { receivedAt: '2026-05-13T22:30:00Z', days: 1, to: '2026-05-15', why: 'Ascension 00:30 in Paris' },
    { receivedAt: '2026-12-30T23:30:00Z', days: 1, to: '2027-01-04', why: 'Thursday 31 December 00:30 in Paris' },
    {
      receivedAt: '2026-10-24T22:30:00Z',
      days: 1,
      to: '2026-10-26',
      why: 'Sunday 25 October 00:30 in Paris, DST ends',
    },
    {
      receivedAt: '2026-03-29T00:30:00Z',
      days: 1,
      to: '2026-03-30',
      why: 'Sunday 29 March 01:30 in Paris, DST starts',
    },
  ];
  for (const { receivedAt, days, to, why } of ROWS) {
    it(`gives ${to} for ${days} working day(s) from ${receivedAt} (${why})`, () => {
      expect(deadlineFor(new Date(receivedAt), days)).toBe(to);
    });
  }
});

describe('parisDay', () => {
  const ROWS: { instant: string; day: string; why: string }[] = [
    { instant: '2026-03-28T22:59:59Z', day: '2026-03-28', why: '23:59:59 CET' },
    { instant: '2026-03-28T23:30:00Z', day: '2026-03-29', why: '00:30 CET, the next day already' },
    { instant: '2026-03-29T00:59:59Z', day: '2026-03-29', why: '01:59:59 CET, just before clocks go forward' },
    { instant: '2026-03-29T01:00:00Z', day: '2026-03-29', why: '03:00 CEST, just after clocks go forward' },
    { instant: '2026-03-29T21:59:59Z', day: '2026-03-29', why: '23:59:59 CEST' },
    { instant: '2026-03-29T22:00:00Z', day: '2026-03-30', why: '00:00 CEST' },
    { instant: '2026-10-24T22:00:00Z', day: '2026-10-25', why: '00:00 CEST on the day clocks go back' },
    { instant: '2026-10-25T00:30:00Z', day: '2026-10-25', why: 'the first 02:30 (CEST)' },
    { instant: '2026-10-25T01:30:00Z', day: '2026-10-25', why: 'the second 02:30 (CET)' },
    { instant: '2026-10-25T22:59:59Z', day: '2026-10-25', why: '23:59:59 CET' },
    { instant: '2026-10-25T23:00:00Z', day: '2026-10-26', why: '00:00 CET' },
    { instant: '2026-12-31T23:00:00Z', day: '2027-01-01', why: 'midnight of the new year in Paris' },
  ];
  for (const { instant, day, why } of ROWS) {
    it(`gives ${day} for ${instant} (${why})`, () => {
      expect(parisDay(new Date(instant))).toBe(day);
    });
  }
});

describe('parisDayStart', () => {
  const ROWS: { day: string; start: string; why: string }[] = [
    { day: '2026-01-01', start: '2025-12-31T23:00:00.000Z', why: 'winter: UTC+1' },
    { day: '2026-03-28', start: '2026-03-27T23:00:00.000Z', why: 'the day before clocks go forward' },
    { day: '2026-03-29', start: '2026-03-28T23:00:00.000Z', why: 'clocks go forward at 02:00, after midnight' },
    { day: '2026-03-30', start: '2026-03-29T22:00:00.000Z', why: 'the first day fully in summer time' },
    { day: '2026-07-14', start: '2026-07-13T22:00:00.000Z', why: 'summer: UTC+2' },
    { day: '2026-10-25', start: '2026-10-24T22:00:00.000Z', why: 'clocks go back at 03:00, after midnight' },
    { day: '2026-10-26', start: '2026-10-25T23:00:00.000Z', why: 'the first day back in winter time' },
  ];
  for (const { day, start, why } of ROWS) {
    it(`says ${day} starts at ${start} (${why})`, () => {
      expect(parisDayStart(day)).toBe(start);
    });
  }

  it('makes 29 March 2026 a 23-hour day and 25 October 2026 a 25-hour day', () => {
    const hours = (day: string, next: string) =>
      (Date.parse(parisDayStart(next)) - Date.parse(parisDayStart(day))) / 3_600_000;
    expect(hours('2026-03-29', '2026-03-30')).toBe(23);
    expect(hours('2026-10-25', '2026-10-26')).toBe(25);
    expect(hours('2026-07-14', '2026-07-15')).toBe(24);
  });

  it('agrees with parisDay at the first and the last millisecond of every day of 2026', () => {
    const days: string[] = [];
    for (let d = new Date('2026-01-01T12:00:00Z'); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) {
      days.push(d.toISOString().slice(0, 10));
    }
    expect(days).toHaveLength(365);
    days.forEach((day, i) => {
      const start = Date.parse(parisDayStart(day));
      expect(parisDay(new Date(start))).toBe(day);
      expect(parisDay(new Date(start - 1))).not.toBe(day);
      if (i > 0) expect(parisDay(new Date(start - 1))).toBe(days[i - 1]);
    });
  });
});
