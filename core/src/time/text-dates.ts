/** Dates written in prose ("Thursday 16 April", "16th April 2026", "April 16", "16/04/2026"), read against the draft's own date. */
import type { CivilDate } from './calendar.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?:,?\s+(\d{4}))?`, 'gi');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, 'gi');
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;

export function datesIn(text: string, reference: CivilDate): CivilDate[] {
  const dates: CivilDate[] = [];
  for (const match of text.matchAll(DAY_MONTH)) push(dates, Number(match[1]), monthOf(match[2]!), match[3], reference);
  for (const match of text.matchAll(MONTH_DAY)) push(dates, Number(match[2]), monthOf(match[1]!), match[3], reference);
  for (const match of text.matchAll(NUMERIC)) {
    const year = match[3]!.length === 2 ? `20${match[3]}` : match[3];
    push(dates, Number(match[1]), Number(match[2]), year, reference);
  }
  return dates;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A date without a year is the next such date on or after the reference, or within the last two months. */
function push(dates: CivilDate[], day: number, month: number, year: string | undefined, reference: CivilDate): void {
  if (day < 1 || day > 31 || month < 1 || month > 12) return;
  let resolved = year ? Number(year) : reference.year;
  if (!year && (month - reference.month) < -2) resolved++;
  dates.push({ year: resolved, month, day });
}
