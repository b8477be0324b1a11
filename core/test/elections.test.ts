import { describe, expect, it } from 'vitest';
import { electionWindow, latestNoticeDate, windowsAt } from '../src/time/elections.ts';
import { bankHolidays, isBankHoliday, zoned } from '../src/time/calendar.ts';

describe('the pre-election period (SPEC 3.4)', () => {
  it.each([
    ['2026-05-07', '2026-03-30'],
    ['2027-05-06', '2027-03-31'],
    ['2024-05-02', '2024-03-26'],
    ['2026-07-16', '2026-06-11'],
  ])('computes the notice of election for a poll on %s as %s', (poll, notice) => {
    expect(latestNoticeDate(poll)).toBe(notice);
  });

  it('skips Christmas Eve, Christmas Day and the Boxing Day bank holiday when counting back', () => {
    // 25 working days before 29 January 2026, counting back from the 28th, cross Christmas.
    expect(latestNoticeDate('2026-01-29')).toBe('2025-12-19');
  });

  it('runs from 00:00 on the notice date to 22:00 on polling day, London time', () => {
    const window = electionWindow({ name: 'Borough', poll: '2026-05-07', noticeOfElection: '2026-03-27', candidates: [] });
    expect(window.start.toISOString()).toBe('2026-03-27T00:00:00.000Z');
    expect(window.end.toISOString()).toBe('2026-05-07T21:00:00.000Z');
  });

  it('includes 21:59 and excludes 22:00 on polling day', () => {
    const elections = [{ name: 'Borough', poll: '2026-05-07', candidates: [] }];
    expect(windowsAt(elections, new Date('2026-05-07T21:59:00+01:00'))).toHaveLength(1);
    expect(windowsAt(elections, new Date('2026-05-07T22:00:00+01:00'))).toHaveLength(0);
  });

  it('finds overlapping windows', () => {
    const elections = [
      { name: 'Borough', poll: '2026-05-07', candidates: [] },
      { name: 'By-election', poll: '2026-05-21', candidates: [] },
    ];
    expect(windowsAt(elections, new Date('2026-05-01T12:00:00Z')).map((w) => w.election.name)).toEqual(['Borough', 'By-election']);
  });
});

describe('bank holidays in England and Wales', () => {
  it('lists the 2026 bank holidays', () => {
    expect([...bankHolidays(2026)].sort()).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
  });

  it('moves Christmas and Boxing Day falling at a weekend', () => {
    expect([...bankHolidays(2027)].filter((day) => day.startsWith('2027-12'))).toEqual(['2027-12-27', '2027-12-28']);
  });

  it('applies one-off proclamations', () => {
    expect(isBankHoliday({ year: 2023, month: 5, day: 8 })).toBe(true);
    expect(isBankHoliday({ year: 2022, month: 5, day: 30 })).toBe(false);
  });

  it('reads wall-clock time across the clock change', () => {
    expect(zoned(new Date('2026-03-29T00:30:00Z'), 'Europe/London').hour).toBe(0);
    expect(zoned(new Date('2026-03-29T01:30:00Z'), 'Europe/London').hour).toBe(2);
  });
});
