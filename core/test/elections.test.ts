import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { electionWindow, latestNoticeDate, windowsAt } from '../src/time/elections.ts';
import { bankHolidays, instantOf, isBankHoliday, zoned } from '../src/time/calendar.ts';
import { exampleCouncil, review, type CouncilConfig } from '../src/index.ts';

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

/** Words that put a date in front of the pre-election rules: a member arranging a public meeting on a date, with or without a year. */
const DATED_PHRASES = [
  'I have arranged a public meeting ', 'on 16 April', 'on Thursday 16th April 2027', 'April 16', 'on 29/02/2028', 'on 31/12/99',
  'the elections on 7 May', '. ', '\n\n', 'Cllr Jane Okafor ', 'on 1 January 275760', 'on 31 December 9999',
];
const datedBody = fc.array(fc.oneof(fc.constantFrom(...DATED_PHRASES), fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
/** Any day a council.json can name: years 1000 to 9999 (the schema reads four-digit years). */
const isoDay = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('dates anywhere in the range a Date can hold', () => {
  it('has no instant for a wall-clock time beyond the last Date', () => {
    expect(Number.isNaN(instantOf({ year: 275761, month: 4, day: 16 }, 12, 0, 'Europe/London').getTime())).toBe(true);
  });

  it('checks dated drafts at any moment, invalid Dates included, without throwing', () => {
    fc.assert(fc.property(
      fc.date(), datedBody, fc.option(fc.date().map((date) => (Number.isNaN(date.getTime()) ? 'not a date' : date.toISOString())), { nil: undefined }),
      fc.array(fc.record({ poll: isoDay, notice: fc.option(isoDay, { nil: undefined }) }), { maxLength: 2 }),
      (now, body, date, polls) => {
        const config: CouncilConfig = {
          ...exampleCouncil,
          elections: [...exampleCouncil.elections, ...polls.map(({ poll, notice }) => ({ name: `Poll ${poll}`, poll, noticeOfElection: notice, candidates: [] }))],
        };
        const result = review({
          from: { name: '', address: 'cllr.jane.okafor@example.gov.uk' }, to: [{ name: '', address: 'sam.hughes@example.gov.uk' }], body, date,
        }, config, { now });
        expect(Array.isArray(result.findings)).toBe(true);
      },
    ), { numRuns: 500 });
  });
});
