import type { Rule } from '../rule.ts';
import { isUrgent } from '../nlp/topics.ts';
import { isBankHoliday, zoned } from '../time/calendar.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** London Councils protocol §3(n) and §4(l), Model protocol 52: respect for officers' and members' time outside working hours. */
export const outOfHoursContact: Rule = {
  meta: {
    id: 'out-of-hours-contact',
    title: 'Sent out of working hours',
    severity: 'info',
    description: 'A member and an officer write to each other outside working hours about something not urgent.',
    messages: {
      outOfHours: 'Sent at {time} on {day}, outside working hours, about something that does not look urgent.',
    },
    suggestions: {
      outOfHours: 'Use delayed delivery so it arrives at {start} on the next working day, unless it is urgent.',
    },
  },
  check(analysis, context) {
    if (analysis.kind !== 'email') return;
    const author = analysis.author.role;
    const wanted = author === 'member' ? 'officer' : author === 'officer' ? 'member' : null;
    if (!wanted || !analysis.addressees.some((person) => person.role === wanted)) return;
    const hours = context.config.workingHours;
    const local = zoned(context.now, hours.timeZone);
    const minutes = local.hour * 60 + local.minute;
    const holiday = hours.timeZone === 'Europe/London' && isBankHoliday(local);
    const working = hours.days.includes(local.weekday) && !holiday
      && minutes >= toMinutes(hours.start) && minutes < toMinutes(hours.end);
    if (working) return;
    const text = [analysis.subject.text, ...analysis.sentences.map((sentence) => sentence.text)].join('\n');
    if (isUrgent(text)) return;
    context.report({
      message: 'outOfHours',
      data: {
        time: `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`,
        day: holiday ? `${WEEKDAYS[local.weekday]} (a bank holiday)` : WEEKDAYS[local.weekday]!,
        start: hours.start,
      },
      field: 'date',
      excerpt: analysis.draft.date ?? context.now.toISOString(),
    });
  },
};

function toMinutes(clock: string): number {
  const [hour, minute] = clock.split(':').map(Number);
  return hour! * 60 + minute!;
}
