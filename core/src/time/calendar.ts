/**
 * Dates in the council's time zone, bank holidays in England and Wales and
 * working days: what the pre-election period and working hours are made of.
 */
import exceptions from '../../data/bank-holiday-exceptions.json';

export interface CivilDate { year: number; month: number; day: number }
export interface ZonedTime extends CivilDate { hour: number; minute: number; weekday: number }

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The last answers, by minute and zone: the rules of one check ask about the same moment. */
const lastZoned = new Map<string, ZonedTime>();

/** The wall-clock time of an instant in a time zone (to the minute). */
export function zoned(instant: Date, timeZone: string): ZonedTime {
  const key = `${Math.floor(instant.getTime() / 60_000)} ${timeZone}`;
  let answer = lastZoned.get(key);
  if (!answer) {
    answer = zonedAnew(instant, timeZone);
    if (lastZoned.size >= 8) lastZoned.clear();
    lastZoned.set(key, answer);
  }
  return answer;
}

function zonedAnew(instant: Date, timeZone: string): ZonedTime {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const date = { year: parts.year!, month: parts.month!, day: parts.day! };
  return { ...date, hour: parts.hour! % 24, minute: parts.minute!, weekday: weekday(date) };
}

const instants = new Map<string, number>();
const INSTANTS_KEPT = 1_000;

/** The instant at which a wall-clock time occurs in a time zone. */
export function instantOf(date: CivilDate, hour: number, minute: number, timeZone: string): Date {
  const key = `${date.year}-${date.month}-${date.day} ${hour}:${minute} ${timeZone}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = searchInstant(date, hour, minute, timeZone);
    if (instants.size >= INSTANTS_KEPT) instants.delete(instants.keys().next().value!);
    instants.set(key, instant);
  }
  return new Date(instant);
}

/**
 * Corrects a guess by the zone's offset there until the wall clock reads the time wanted.
 * A time beyond what a Date can hold (a year after 275,760) has no instant: NaN, an invalid Date that no window contains.
 */
function searchInstant(date: CivilDate, hour: number, minute: number, timeZone: string): number {
  const wanted = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    if (!isInstant(guess)) return Number.NaN;
    const seen = zoned(new Date(guess), timeZone);
    const seenUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    guess += wanted - seenUtc;
  }
  return guess;
}

/** The largest distance from 1970 a Date can hold, in milliseconds (ECMA-262, "Time Values and Time Range"). */
const LAST_INSTANT = 8.64e15;

function isInstant(time: number): boolean {
  return Math.abs(time) <= LAST_INSTANT;
}

/** "2026-02-30" and "2026-13-45" match YYYY-MM-DD but name no day. */
export function isCalendarDate(value: string): boolean {
  const date = parseCivilDate(value);
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** "2026-05-07" as a reader in the UK writes it: "7 May 2026". */
export function longDate(iso: string): string {
  const date = parseCivilDate(iso);
  return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

export function parseCivilDate(value: string): CivilDate {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function isoOf(date: CivilDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, Set<string>>();

/** Bank holidays in England and Wales for a year, substitute days and one-off changes included. */
export function bankHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const days: CivilDate[] = [
    substitute({ year, month: 1, day: 1 }),
    addDays(easter, -2),
    addDays(easter, 1),
    nthWeekday(year, 5, 1, 1),
    lastWeekday(year, 5, 1),
    lastWeekday(year, 8, 1),
    ...christmasHolidays(year),
  ];
  const set = new Set(days.map(isoOf));
  const changes = (exceptions.changes as Array<{ remove?: string; add?: string }>);
  for (const change of changes) {
    if (change.remove?.startsWith(`${year}-`)) set.delete(change.remove);
    if (change.add?.startsWith(`${year}-`)) set.add(change.add);
  }
  holidayCache.set(year, set);
  return set;
}

export function isBankHoliday(date: CivilDate): boolean {
  return bankHolidays(date.year).has(isoOf(date));
}

/** Days the law on election timetables does not count: weekends, Christmas Eve and Day, Good Friday, bank holidays. */
export function isElectionDayOff(date: CivilDate): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return true;
  if (date.month === 12 && (date.day === 24 || date.day === 25)) return true;
  return isBankHoliday(date);
}

function substitute(date: CivilDate): CivilDate {
  const day = weekday(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

function christmasHolidays(year: number): CivilDate[] {
  const christmas = { year, month: 12, day: 25 };
  switch (weekday(christmas)) {
    case 5: return [christmas, { year, month: 12, day: 28 }];
    case 6: return [{ year, month: 12, day: 27 }, { year, month: 12, day: 28 }];
    case 0: return [{ year, month: 12, day: 26 }, { year, month: 12, day: 27 }];
    default: return [christmas, { year, month: 12, day: 26 }];
  }
}

function nthWeekday(year: number, month: number, day: number, n: number): CivilDate {
  const first = { year, month, day: 1 };
  const offset = (day - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, day: number): CivilDate {
  const last = { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
  return addDays(last, -((weekday(last) - day + 7) % 7));
}

/** Easter Sunday by the anonymous Gregorian algorithm. */
function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
