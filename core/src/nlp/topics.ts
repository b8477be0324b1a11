/**
 * Lexical detectors for the conduct rules, each compiled once from its word
 * list in core/data. Each returns where in a sentence it matched.
 */
import type { Sentence } from '../recognise/sentences.ts';
import { anyOf, firstHit, type Hit } from './lexicon.ts';
import disciplinary from '../../data/disciplinary.json';
import advice from '../../data/advice-pressure.json';
import partyWork from '../../data/party-work.json';
import groupMeetings from '../../data/group-meetings.json';
import personalData from '../../data/personal-data.json';
import confidential from '../../data/confidential-markings.json';
import staffing from '../../data/staffing.json';
import recruitment from '../../data/recruitment.json';
import criticism from '../../data/criticism.json';
import urgency from '../../data/urgency.json';
import { isAsking } from './mood.ts';

const DISCIPLINARY = anyOf(disciplinary.patterns, 'gi');
const ALTER = new RegExp(`\\b(?:${advice.alter.map((word) => word.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi');
const ADVICE = new RegExp(`\\b(?:${advice.advice.join('|')})s?\\b`, 'i');
const REPORT_CONTEXT = new RegExp(advice.reportContext, 'i');
const ADVICE_REQUEST = anyOf(advice.requests);
const NOT_PRESSURE = anyOf(advice.notPressure);
const LEAVE_OUT = new RegExp(`\\b(?:leave|leaving|left|keep|keeping|kept|take|taking|took|taken|cut|cutting)\\s+(?:\\S+\\s+){0,3}?(?:${advice.advice.join('|')})s?\\b(?:\\s+\\S+){0,6}?\\s+(?:out|off)\\b`, 'gi');
const PARTY_WORK = anyOf(partyWork.work, 'gi');
const ALLOWED_PARTY = anyOf(partyWork.allowed);
const GROUP_MEETING = anyOf([groupMeetings.meeting], 'gi');
const RELAY = anyOf([groupMeetings.relay]);
const NOT_RELAY = anyOf([groupMeetings.notRelay]);
const PERSONAL_CATEGORY = anyOf(personalData.categories, 'gi');
const PERSONAL_REFERENCE = new RegExp(personalData.personal, 'i');
const CONSENT = anyOf([personalData.consent]);
const MARKING = anyOf(confidential.markings, 'gi');
const NOT_SENT = anyOf([confidential.notSent]);
const STAFFING = anyOf(staffing.patterns, 'gi');
const RECRUITMENT = anyOf(recruitment.patterns, 'gi');
const SUPPORT = anyOf([recruitment.support], 'gi');
const RECRUITMENT_CONTEXT = anyOf([recruitment.recruitment]);
const STAFF = anyOf([criticism.staff]);
const ATTACK = anyOf(criticism.attack, 'gi');
const URGENT = anyOf([urgency.pattern]);

export function disciplinaryIn(sentence: Sentence): Hit | null {
  return firstHit(DISCIPLINARY, sentence.text);
}

/** A request to change, withhold, soften or drop advice: "change the recommendation to refusal". */
export function advicePressureIn(sentence: Sentence, reportContext: boolean): Hit | null {
  const text = sentence.text;
  if (NOT_PRESSURE.test(text) || !(reportContext || REPORT_CONTEXT.test(text))) return null;
  if (!ADVICE_REQUEST.test(text) && !isAsking(sentence)) return null;
  const leaveOut = firstHit(LEAVE_OUT, text);
  if (leaveOut) return leaveOut;
  ALTER.lastIndex = 0;
  for (let match = ALTER.exec(text); match; match = ALTER.exec(text)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 50);
    const noun = ADVICE.exec(after);
    if (noun && !/[.;]/.test(after.slice(0, noun.index))) {
      return { start: match.index, end: match.index + match[0].length + noun.index + noun[0].length };
    }
  }
  return null;
}

export function mentionsReport(text: string): boolean {
  return REPORT_CONTEXT.test(text);
}

export function partyWorkIn(sentence: Sentence): Hit | null {
  if (ALLOWED_PARTY.test(sentence.text)) return null;
  return firstHit(PARTY_WORK, sentence.text);
}

/** What one party group said or was advised, passed on: "at the Labour group's pre-meeting, members said…". */
export function groupRelayIn(sentence: Sentence): Hit | null {
  const text = sentence.text;
  if (NOT_RELAY.test(text) || !RELAY.test(text)) return null;
  return firstHit(GROUP_MEETING, text);
}

export function personalDataIn(sentence: Sentence, previous: Sentence | undefined): Hit | null {
  const hit = firstHit(PERSONAL_CATEGORY, sentence.text);
  if (!hit) return null;
  const personal = PERSONAL_REFERENCE.test(sentence.text) || (previous !== undefined && PERSONAL_REFERENCE.test(previous.text));
  return personal ? hit : null;
}

export function mentionsConsent(text: string): boolean {
  return CONSENT.test(text);
}

/** A confidential marking on material that is being sent: not one that explains why something is withheld. */
export function confidentialMarkingIn(text: string, neighbours = ''): Hit | null {
  const hit = firstHit(MARKING, text);
  if (!hit || NOT_SENT.test(text) || NOT_SENT.test(neighbours)) return null;
  return hit;
}

export function ownStaffingIn(sentence: Sentence): Hit | null {
  return firstHit(STAFFING, sentence.text);
}

/** Support sought or offered for someone in a council appointment: "I'd appreciate your support when the panel decides". */
export function recruitmentCanvassIn(sentence: Sentence, previous: Sentence | undefined): Hit | null {
  const explicit = firstHit(RECRUITMENT, sentence.text);
  if (explicit) return explicit;
  const support = firstHit(SUPPORT, sentence.text);
  if (!support) return null;
  const context = RECRUITMENT_CONTEXT.test(sentence.text) || (previous !== undefined && RECRUITMENT_CONTEXT.test(previous.text));
  return context ? support : null;
}

export function attackIn(text: string): Hit | null {
  return firstHit(ATTACK, text);
}

export function mentionsStaff(text: string): boolean {
  return STAFF.test(text);
}

export function isUrgent(text: string): boolean {
  return URGENT.test(text);
}
