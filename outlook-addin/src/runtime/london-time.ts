/**
 * Europe/London wall-clock time on an engine whose Intl has no time-zone
 * data (or no `formatToParts`, ECMA-402 2017). The core reads the council's
 * local time through `new Intl.DateTimeFormat('en-GB', { timeZone, ... })
 * .formatToParts(instant)`; the bundle's `Intl` is this module's export
 * (esbuild `inject`), which is the engine's own Intl whenever that can do
 * the job.
 *
 * The offsets come from the rule in force in the United Kingdom since 1981:
 * British Summer Time runs from 01:00 GMT on the last Sunday in March to
 * 01:00 GMT on the last Sunday in October (The Summer Time Order 2002,
 * SI 2002/262, following Directive 2000/84/EC). Other zones are refused
 * with a RangeError, as an engine without their data refuses them.
 */

const NativeIntl = Intl;

const LONDON = new Set(['europe/london', 'gb', 'gb-eire']);
const UTC = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'etc/universal', 'etc/zulu', 'universal', 'zulu']);

function nativeHandles(timeZone: string): boolean {
  try {
    const formatter = new NativeIntl.DateTimeFormat('en-GB', { timeZone });
    return typeof formatter.formatToParts === 'function';
  } catch {
    return false;
  }
}

/** The last Sunday of a month (1-12) at 01:00 GMT, as a time value. */
function lastSundayAtOneGmt(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Minutes ahead of GMT that London's clocks are at an instant. */
export function londonOffsetMinutes(instant: Date): number {
  const time = instant.getTime();
  const year = instant.getUTCFullYear();
  return time >= lastSundayAtOneGmt(year, 3) && time < lastSundayAtOneGmt(year, 10) ? 60 : 0;
}

type Part = { type: string; value: string };

class FixedRuleDateTimeFormat {
  private readonly timeZone: string;
  private readonly london: boolean;

  constructor(timeZone: string, london: boolean) {
    this.timeZone = timeZone;
    this.london = london;
  }

  formatToParts(date: Date | number = new Date()): Part[] {
    const instant = new Date(typeof date === 'number' ? date : date.getTime());
    if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid time value');
    const local = new Date(instant.getTime() + (this.london ? londonOffsetMinutes(instant) : 0) * 60_000);
    const two = (n: number) => (n < 10 ? `0${n}` : String(n));
    return [
      { type: 'day', value: two(local.getUTCDate()) }, { type: 'literal', value: '/' },
      { type: 'month', value: two(local.getUTCMonth() + 1) }, { type: 'literal', value: '/' },
      { type: 'year', value: String(local.getUTCFullYear()) }, { type: 'literal', value: ', ' },
      { type: 'hour', value: two(local.getUTCHours()) }, { type: 'literal', value: ':' },
      { type: 'minute', value: two(local.getUTCMinutes()) },
    ];
  }

  format(date?: Date | number): string {
    return this.formatToParts(date).map((part) => part.value).join('');
  }

  resolvedOptions() {
    return { locale: 'en-GB', calendar: 'gregory', numberingSystem: 'latn', timeZone: this.timeZone, hourCycle: 'h23' };
  }
}

function DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
  const timeZone = options?.timeZone;
  if (timeZone === undefined || nativeHandles(timeZone)) return new NativeIntl.DateTimeFormat(locales, options);
  const key = String(timeZone).toLowerCase();
  if (LONDON.has(key)) return new FixedRuleDateTimeFormat('Europe/London', true);
  if (UTC.has(key)) return new FixedRuleDateTimeFormat('UTC', false);
  throw new RangeError(`Invalid time zone specified: ${timeZone}`);
}

const ProbityIntl: typeof Intl = nativeHandles('Europe/London')
  ? NativeIntl
  : Object.assign(Object.create(NativeIntl) as typeof Intl, { DateTimeFormat });

export { ProbityIntl as Intl };
