import type { Analysis } from '../analysis.ts';
import type { Rule } from '../rule.ts';
import type { Sentence } from '../recognise/sentences.ts';
import { allHits, firstHit, phrases, termGroup, terms, type Hit } from '../nlp/lexicon.ts';
import { rememberer } from '../nlp/remember.ts';
import { lexiconClasses } from '../nlp/verbs.ts';
import { clauseAt, negatedAt, words, wordsAfter, wordsBefore } from '../nlp/words.ts';
import { startingIn } from '../spans.ts';
import { instantOf, isoOf, zoned } from '../time/calendar.ts';
import { windowsAt } from '../time/elections.ts';
import { datesIn } from '../time/text-dates.ts';
import publicMeetings from '../../data/public-meetings.json';

/** A list as one group of alternatives, longest first, to be set in a larger pattern. */
/** A kind of meeting and a gathering: "public meeting", "residents' forum", "drop-in sessions". */
const MEETING = new RegExp(`\\b${termGroup(publicMeetings.kinds)}\\s+${termGroup(publicMeetings.gatherings)}s?\\b`, 'gi');
const ARRANGING = phrases(terms(publicMeetings.arranging), 'gi');
/** "I've fixed a date for a residents' meeting". */
const DATING = new RegExp(`\\b${termGroup(publicMeetings.dating)}\\s+(?:a\\s+|the\\s+)?dates?\\s+for\\b`, 'gi');
const NOT_ARRANGING = phrases(terms(publicMeetings.notArranging), 'gi');
const ORGANISERS = new Set(terms(publicMeetings.organisers));
/** Arranging words that are nouns too ("at this stage", "the plan"): verbs only after a subject, a modal or "to" ("we'll stage", "to book"). */
const ALSO_NOUN = new Set(terms(publicMeetings.arranging.filter((entry) => 'alsoNoun' in entry)));
const VERB_MARKERS = new Set(terms(publicMeetings.verbMarkers));
const MARKER_REACH = 2;
/** A venue booked for an audience: "I've booked the main hall … so that residents can hear about the plans". */
const VENUE_BOOKED = new RegExp(`\\b${termGroup(publicMeetings.arranging.filter((entry) => 'venue' in entry))}\\s+(?:the|a|an|our)\\s+(?:[\\w'’-]+\\s+){0,2}?${termGroup(publicMeetings.venues)}s?\\b`, 'gi');
const AUDIENCE = phrases(terms(publicMeetings.audiences));
/** Members named by office rather than by name: "the Saltings ward councillors", "your local member". */
const MEMBERS = phrases(terms(publicMeetings.members));
/** "hosted by Cllr Marsh": the member named as the agent of a passive arranging verb. */
const BY_AGENT = /^\s+by\s+/i;
/** How many words after "by" may name the agent: "called by the Tanners Hill ward councillors". */
const AGENT_REACH = 6;
/** A form of "be" just before an arranging verb makes it passive: its subject is the meeting or a guest ("Cllr Doyle has been invited"), not who arranges it. */
const BE_BEFORE = /\b(?:be|been|being|is|are|was|were)\s+(?:[\w'’-]+ly\s+)?$/i;
const LONDON = 'Europe/London';
/** A line this short after the announcement gives its details (date, time, venue), not another subject. */
const DETAIL_LINE = 80;
/** How many words before a meeting may name who runs it: "the Council's consultation drop-in sessions". */
const ORGANISER_REACH = 3;

/** Model protocol 104, Brent protocol 7.4: members do not call public meetings on council business once the election is called. */
export const preElectionPublicMeeting: Rule = {
  meta: {
    id: 'pre-election-public-meeting',
    title: 'Public meeting arranged before an election',
    severity: 'warning',
    description: 'In the pre-election period, a member-arranged public meeting on council business is announced or arranged.',
    messages: {
      meeting: 'A member-arranged public meeting is {when} the pre-election period for {election}.',
    },
    suggestions: {
      meeting: 'Postpone the meeting until after polling day ({poll}), or let officers hold a council consultation without members.',
    },
  },
  check(analysis, context) {
    const announcedIn = windowsAt(context.config.elections, context.now)[0];
    const polls = new Set(context.config.elections.map((election) => election.poll));
    const reference = zoned(context.now, LONDON);
    const sentences = analysis.sentences;
    for (const [index, sentence] of sentences.entries()) {
      // A venue booked for residents is the meeting when the sentence names none: "I've booked the hall so residents can…".
      const named = allHits(MEETING, sentence.text);
      const meeting = named.length > 0 ? named.find((hit) => !runByCouncil(sentence.text, hit)) : venueBooked(sentence.text);
      if (!meeting || !arrangedByMember(analysis, sentence)) continue;
      // The meeting's date may follow on a short line of its own: "I've arranged a public meeting:\n\nThursday 16 April, 7pm".
      const detailLines = sentences.slice(index + 1, index + 3).filter((part) => part.text.length <= DETAIL_LINE);
      const announcement = [sentence, ...detailLines].map((part) => part.text).join(' ');
      // The poll's own date ("the elections on 6 May") is not the meeting's.
      const heldIn = datesIn(announcement, reference).filter((date) => !polls.has(isoOf(date)))
        .map((date) => windowsAt(context.config.elections, instantOf(date, 12, 0, LONDON))[0])
        .find((window) => window !== undefined);
      const window = announcedIn ?? heldIn;
      if (!window) continue;
      context.report({
        message: 'meeting',
        data: {
          when: announcedIn ? 'announced during' : 'to be held during',
          election: window.election.name,
          poll: window.election.poll,
        },
        field: 'body',
        span: analysis.toBody({ start: sentence.start + meeting.start, end: sentence.start + meeting.end }),
      });
      return;
    }
  },
};

/** A meeting the Council or its officers run (Model protocol 102), named before it: "the officer-run drop-in sessions", "the Council's consultation event". */
function runByCouncil(text: string, meeting: Hit): boolean {
  return words(wordsBefore(text, meeting.start, ORGANISER_REACH)).some(isOrganiser);
}

/** A venue booked with an audience after it, not by the Council: the meeting without its name. */
function venueBooked(text: string): Hit | undefined {
  return allHits(VENUE_BOOKED, text).find((hit) => AUDIENCE.test(text.slice(hit.end)) && !runByCouncil(text, hit));
}

/** "council", "officers", and the first part of "officer-run" or "council-led". */
function isOrganiser(word: { lower: string }): boolean {
  return ORGANISERS.has(word.lower) || ORGANISERS.has(word.lower.split('-')[0]!);
}

/** Word classes that can stand as a subject: a noun, a name, a pronoun or a determiner's phrase. */
const NOMINAL = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'Pronoun', 'Determiner', 'Possessive', 'ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);

/** A word that can be a subject; one the lexicon does not know ("Cllr", "Council") is taken as a noun. */
function isNominal(word: { lower: string }): boolean {
  const classes = lexiconClasses(word.lower);
  return classes.length === 0 || classes.some((wordClass) => NOMINAL.has(wordClass));
}

const rememberArranging = rememberer<Hit[]>();

/** Arranging verbs that arrange: whole words (not the "run" of "officer-run"), verbs, not negated ("I can't hold…"), not "put on hold". */
function arrangingIn(text: string): Hit[] {
  return rememberArranging(text, () => {
    const idioms = allHits(NOT_ARRANGING, text);
    return [...allHits(ARRANGING, text), ...allHits(DATING, text)].filter((hit) => text[hit.start - 1] !== '-' && text[hit.end] !== '-'
      && isVerb(text, hit) && !negatedAt(text, hit.start) && !idioms.some((idiom) => idiom.start <= hit.start && hit.end <= idiom.end));
  });
}

/** A word that is a noun too is a verb after a marker, up to an adverb between ("we will also stage"). */
function isVerb(text: string, hit: Hit): boolean {
  if (!ALSO_NOUN.has(text.slice(hit.start, hit.end).toLowerCase().replace(/\s+/g, ' '))) return true;
  return words(wordsBefore(text, hit.start, MARKER_REACH)).some((word) => VERB_MARKERS.has(word.lower) || word.lower.endsWith("'ll"));
}

/**
 * The meeting is the member's (Model protocol 103: "a local member intends to
 * arrange"): a member writes and the arranging clause's subject is not the
 * Council or its officers ("I have arranged…", "Please come along…"), or a
 * member, by name or by office, is its subject ("Cllr Doyle is holding…",
 * "the ward councillors have arranged…") or its agent ("called by the ward
 * councillors"). A passive verb's subject is not who arranges: "Cllr Doyle has
 * been invited to the public meeting".
 */
function arrangedByMember(analysis: Analysis, sentence: Sentence): boolean {
  const text = sentence.text;
  return arrangingIn(text).some((hit) => {
    const clause = words(text.slice(clauseAt(text, hit.start).start, hit.start));
    if (clause.some(isOrganiser)) return false;
    // A clause of auxiliaries alone ("…, Cabinet Member for Transport, will host") has its subject before the apposition.
    const subject = { start: clause.some(isNominal) ? clauseAt(text, hit.start).start : 0, end: hit.start };
    if (analysis.author.role === 'member') return true;
    const agent = BY_AGENT.exec(text.slice(hit.end));
    const named = (start: number, end: number) => startingIn(analysis.mentions, sentence.start + start, sentence.start + end)
      .some((mention) => mention.who === 'member') || MEMBERS.test(text.slice(start, end));
    const passive = !/ing$/i.test(text.slice(hit.start, hit.end)) && BE_BEFORE.test(text.slice(0, hit.start));
    // "a public meeting hosted by the Council": the agent, when named, says who arranges it.
    if (agent !== null) {
      const agentWords = wordsAfter(text, hit.end + agent[0].length, AGENT_REACH).split(/[,;:]/)[0]!;
      return named(hit.end, hit.end + agent[0].length + agentWords.length);
    }
    return !passive && named(subject.start, subject.end);
  });
}
