/**
 * Dates as people in English councils write them: "31 March 2027", never
 * "2027-03-31" (GOV.UK style guide, "Dates": no leading zero, month in full,
 * no "st" or "th"). Used wherever a user reads a date: messages, the command
 * line, the panels and reports.
 */
import { zoned } from './calendar.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-03-31" as "31 March 2027"; anything that is not a YYYY-MM-DD date is returned as it is. */
export function ukDate(isoDate: string): string {
  const match = CIVIL_DATE.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** An instant as the wall clock in the time zone reads it: "Saturday 9 January 2027, 22:15". */
export function ukDateTime(instant: Date, timeZone = 'Europe/London'): string {
  const local = zoned(instant, timeZone);
  const clock = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  return `${WEEKDAYS[local.weekday]} ${local.day} ${MONTHS[local.month - 1]} ${local.year}, ${clock}`;
}
