import type { Analysis } from '../analysis.ts';
import type { Rule } from '../rule.ts';
import type { Sentence } from '../recognise/sentences.ts';
import { allHits, phrases, terms, type Hit } from '../nlp/lexicon.ts';
import { directivesIn } from '../nlp/directive.ts';
import { isQuestion } from '../nlp/mood.ts';
import { clauseAt, negatedAt, words, wordsAfter, wordsBefore } from '../nlp/words.ts';
import { isBankHoliday, zoned } from '../time/calendar.ts';
import urgency from '../../data/urgency.json';

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
    if (isUrgent(analysis)) return;
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

const URGENT = phrases(terms(urgency.urgent), 'gi');
const EMERGENCY = phrases(terms(urgency.emergencies), 'gi');
/** The nouns an emergency word names the subject of: "flood risk", "fire doors", "the Fire and Rescue Service". */
const TOPIC = new RegExp(`^\\s*${phrases(terms(urgency.topics)).source.slice(0, -2)}(?:s|es)?\\b`, 'i');
/** A word before an emergency word that makes it a verb or an idiom: "to fire", "could flood the inbox", "under fire". */
const NOT_BEFORE = new Set(terms(urgency.notBefore));
const AT_RISK = /\bat\s+risk\b/gi;
const AT_RISK_PERSON = new Set(terms(urgency.atRisk));
const DEADLINE = phrases(terms(urgency.deadlines), 'gi');
const CALM = phrases(terms(urgency.calm));
const WAIVED = phrases(terms(urgency.waived), 'gi');
const WAIVED_UNTIL = phrases(terms(urgency.waivedUntil));
/** How many words after a waived need its time may stand: "no need to reply to any of this tonight". */
const WAIVED_REACH = 6;
/** "Monday is fine", "after the weekend will be soon enough": a later time offered for the reply. */
const LATER_FINE = new RegExp(`${phrases(terms(urgency.laterTimes)).source}\\s+(?:is|will\\s+be|would\\s+be)\\s+(?:absolutely\\s+|perfectly\\s+|quite\\s+)?${phrases(terms(urgency.laterFine)).source}`, 'i');

/**
 * Urgent words or an evident emergency in the subject or the new text (SPEC 5,
 * out-of-hours-contact), unless the writer says it can wait: calm words ("No
 * rush on this one"), a need or reply waived for now ("None of this needs an
 * answer tonight"), or a later day offered ("Monday is fine").
 */
function isUrgent(analysis: Analysis): boolean {
  const subject: Sentence = { start: 0, end: analysis.subject.text.length, text: analysis.subject.text };
  const parts = [subject, ...analysis.sentences];
  if (parts.some((part) => saysItCanWait(part.text))) return false;
  return parts.some((part) => urgentIn(part));
}

function saysItCanWait(text: string): boolean {
  if (CALM.test(text) || LATER_FINE.test(text)) return true;
  // "not urgent", "nothing urgent", "isn't an emergency": urgency denied.
  if (allHits(URGENT, text).some((hit) => negatedAt(text, hit.start))) return true;
  return allHits(WAIVED, text).some((hit) => negatedAt(text, hit.start) && WAIVED_UNTIL.test(wordsAfter(text, hit.end, WAIVED_REACH)));
}

function urgentIn(sentence: Sentence): boolean {
  const text = sentence.text;
  return allHits(URGENT, text).length > 0
    || allHits(EMERGENCY, text).some((hit) => isEvent(text, hit))
    || allHits(AT_RISK, text).some((hit) => personAtRisk(text, hit))
    || allHits(DEADLINE, text).some((hit) => isAsked(sentence, hit));
}

/** An emergency happening, not its topic: "a fire at the flats", not "the fire doors", "to fire the contractor" or "under fire". */
function isEvent(text: string, hit: Hit): boolean {
  const before = words(wordsBefore(text, hit.start, 1))[0]?.lower;
  return !(before && NOT_BEFORE.has(before)) && !TOPIC.test(text.slice(hit.end));
}

/** Someone, not something, at risk: a person in the clause before it ("a vulnerable resident on Mill Road is at risk", not "my post is at risk"). */
function personAtRisk(text: string, hit: Hit): boolean {
  return words(text.slice(clauseAt(text, hit.start).start, hit.start)).some((word) => AT_RISK_PERSON.has(word.lower));
}

/** "tonight" as a deadline: inside a question or what a request or instruction governs ("Could someone attend tonight?"), not a time of writing. */
function isAsked(sentence: Sentence, hit: Hit): boolean {
  if (negatedAt(sentence.text, hit.start)) return false;
  return isQuestion(sentence.text) || directivesIn(sentence).some((force) => force.governed.start <= hit.start && hit.end <= force.governed.end);
}
