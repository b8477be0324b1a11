import type { Rule } from '../rule.ts';
import { isAsking } from '../nlp/directive.ts';
import { valenceOf } from '../nlp/evaluation.ts';
import { phrasePattern, terms, type Hit } from '../nlp/lexicon.ts';
import { lexiconClasses } from '../nlp/verbs.ts';
import { negatedAt, wordsAfter, wordsBefore } from '../nlp/words.ts';
import type { Person } from '../recognise/people.ts';
import type { Sentence } from '../recognise/sentences.ts';
import data from '../../data/recruitment.json';
import { isCouncil, reportInSentence } from './support.ts';

/** Model protocol 56, London Councils protocol §3(m): appointments are made on merit, and canvassing members disqualifies. */
export const recruitmentCanvassing: Rule = {
  meta: {
    id: 'recruitment-canvassing',
    title: 'Canvassing for a council post',
    severity: 'warning',
    description: "A member's support is canvassed for a candidate for a council post, or a member canvasses for one.",
    messages: {
      canvassing: '"{words}" canvasses support for a candidate for a council post.',
    },
    suggestions: {
      canvassing: 'Leave the appointment to the panel\'s assessment on merit; do not seek or offer support outside it.',
    },
  },
  check(analysis, context) {
    const author = analysis.author.role;
    if (author !== 'member' && author !== 'officer') return;
    // An officer canvasses a member; a member canvasses anyone in the council, including the officer running the appointment.
    const canvassed = author === 'member' ? isCouncil : (person: Person) => person.role === 'member';
    // Writing to anyone else (the candidate, a friend), a member canvasses only by saying they have told someone: "I've told Julian Reeve that…".
    const toCouncil = analysis.addressees.some(canvassed);
    const sentences = analysis.sentences;
    if (!toCouncil && (author !== 'member' || !sentences.some((sentence) => TOLD_SOMEONE.test(sentence.text)))) return;
    for (const [index, sentence] of sentences.entries()) {
      const hit = canvassIn(sentences, index);
      if (hit && (toCouncil || toldSomeone(sentence.text, hit))) reportInSentence(context, analysis, sentence, hit, 'canvassing');
    }
  },
};

interface Favour { forms: string[]; person?: boolean; asked?: boolean }

/** A form from the data as a pattern: "*" is the candidate or the panel, one to three words. */
function formPattern(form: string): string {
  return form.split(/\s+/).map((word) => (word === '*' ? "[\\w'’-]+(?:\\s+[\\w'’-]+){0,2}?" : phrasePattern(word))).join('\\s+');
}
function alternation(forms: readonly string[]): string {
  return [...forms].sort((a, b) => b.length - a.length).map(formPattern).join('|');
}
const wordsOf = (terms: readonly string[], flags = 'i') => new RegExp(`\\b(?:${alternation(terms)})\\b`, flags);
/** The same, each word or its plural: "candidates", "interviews". */
const wordsOrPlurals = (terms: readonly string[]) => new RegExp(`\\b(?:${alternation(terms)})s?\\b`, 'i');

/** A post by its name: "the Head of Regeneration job", "your Treasury Manager vacancy". */
const NAMED_POST = new RegExp(`\\b(?:the|a|your|this|that)\\s+(?:[\\w()&'’-]+\\s+){0,5}?(?:${alternation(terms(data.posts))})\\b`, 'i');
/** Where a favour is placed: an appointment ("the S151 role" alone is a post, not an appointment under way). */
const APPOINTMENT = wordsOrPlurals(terms(data.appointments));
/** Where praise of one person is placed: the same, less a panel ("the park would be an excellent choice … the panel agreed"). */
const PRAISED_FOR = wordsOrPlurals(terms(data.appointments.filter((entry) => !('favoursOnly' in entry))));
const FAVOURS = (data.favours as Favour[]).map((entry) => ({ ...entry, pattern: new RegExp(`\\b(?:${alternation(entry.forms)})\\b`, 'gi') }));
/** Who a favour like "support" or "back" is for: a person after it ("back Sarah Mills", "recommend her"), not a thing ("Support Allowance"). */
const PERSON_AFTER = /^\s+(?:(?:him|her|them|me|his|their|my|mr|mrs|ms|miss|dr)\b|(?:the|this|that)\s+(?:candidate|applicant|nominee)\b)/i;
const NAME = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** …or support sought from the reader or offered by the writer: "your support", "my full backing", "any support you could give". */
const SOUGHT_BEFORE = /\b(?:your|my|any)\s+(?:full\s+|strong\s+|personal\s+|whole-?hearted\s+|complete\s+)?$/i;
/** Thanks for support already given ("thank you for your support at the panel") seeks nothing. */
const THANKS_BEFORE = /\bthank(?:s|\s+you)\s+(?:\w+\s+){0,3}$/i;
/** What a candidate is wished: a post got ("get the Head of Regeneration job", not "get the job done"), or an outcome in itself ("made the shortlist", "see you appointed"). */
const GETTING = wordsOf(data.outcomes.filter((entry) => entry.term === 'get the job').flatMap((entry) => entry.forms), 'gi');
const POST_GOT = new RegExp(`^\\s+(?:the|this|that)\\s+(?:[\\w()&'’-]+\\s+){0,5}?(?:${alternation(terms(data.posts))})\\b(?!\\s+(?:done|finished|sorted|completed))`, 'i');
const OUTCOME_ITSELF = wordsOf(data.outcomes.filter((entry) => entry.term !== 'get the job').flatMap((entry) => entry.forms), 'gi');
const WISH = wordsOf(terms(data.wishes));
const PRAISE_NOUN = `(?:${alternation(terms(data.praise))})`;
const PRAISE_WORDS = new Set(terms(data.praiseWords));
/** "A/the/our <praise> <choice>": "an outstanding choice", "our preferred candidate", "far and away the strongest candidate". */
const PRAISED = new RegExp(`\\b(?:a|an|the|our|my)\\s+(?:(?:really|truly|absolutely|very|quite|simply|clear|clearly)\\s+)?([\\w-]+)\\s+${PRAISE_NOUN}\\b`, 'gi');
/** "Is the one we want", "'s the one I favour". */
const THE_ONE = new RegExp(`\\b(?:is|['’]s)\\s+(?:\\w+\\s+)?the\\s+one\\s+(?:that\\s+)?(?:we|I)(?:['’]d|['’]re|\\s+would|\\s+all|\\s+really|\\s+are|\\s+am)?\\s+(?:${alternation(terms(data.preferring))})\\w*\\b`, 'gi');
/** A praise word AFINN-165 scores this high or more ("outstanding" 5, "excellent" 3, "great" 3). */
const PRAISE_VALENCE = 3;
const DECLINED = wordsOf(terms(data.declined));
/** Someone other than the writer named as the one favoured. */
const THIRD_PERSON = /\b(?:he|she|him|her|his)\b/i;
/** The writer's own post under a restructure, within eight words: "my post is one of those proposed to be merged". */
const OWN_POST_CHANGED = /\bmy\s+(?:own\s+)?(?:post|role|job)\b(?:\s+[\w'’-]+){0,8}?\s+(?:restructure|restructuring|merged|affected|at\s+risk|deleted|regrad\w*|downgrad\w*|redundan\w*)\b|\b(?:restructure|restructuring|review)\b(?:\s+[\w'’-]+){0,8}?\s+my\s+(?:own\s+)?(?:post|role|job)\b/i;
const RECOUNTED = wordsOf(terms(data.recounted));
/** The writer saying they have told someone named, or the panel: "I've already told Julian Reeve", "I spoke to the panel chair". Case-sensitive for the name. */
const TOLD_SOMEONE = new RegExp(`\\bI(?:['’]ve|\\s+have)?\\s+(?:already\\s+|also\\s+|just\\s+)?(?:${alternation(terms(data.toldOthers))})\\s+(?:[A-Z][a-z]+|the\\s+(?:panel|chair|interview))`);

/**
 * Support sought or offered for someone in a council appointment: a favour near an appointment ("a word from you to the
 * panel would go a long way", "I'd appreciate your support when the panel decides"), an outcome wished for a candidate
 * ("I'd take it as a kindness if she made the shortlist"), or praise of one person near a post ("Martin Greaves, who has
 * applied, would be an outstanding choice", "Mark Ellison is the one we want").
 */
function canvassIn(sentences: readonly Sentence[], index: number): Hit | null {
  const sentence = sentences[index]!;
  const text = sentence.text;
  const near = (reach: number) => sentences.slice(Math.max(0, index - reach), index + reach + 1).map((one) => one.text);
  const placed = near(1).some((one) => APPOINTMENT.test(one));
  const wished = () => isAsking(sentence) || WISH.test(text);
  // A favour for the writer whose own post is being changed is their staffing matter (officer-staffing-approach), not
  // canvassing for a candidate: "my post is one of those proposed to be merged. I'd be grateful for your support…".
  const ownPostChanged = !THIRD_PERSON.test(text) && near(1).some((one) => OWN_POST_CHANGED.test(one));
  if (placed && !ownPostChanged) {
    for (const favour of FAVOURS) {
      for (const match of text.matchAll(favour.pattern)) {
        const hit = { start: match.index, end: match.index + match[0].length };
        if (favour.person && !forPerson(text, hit)) continue;
        if (favour.asked && !wished()) continue;
        if (!withheld(text, hit, near(1))) return hit;
      }
    }
    const outcome = wished() ? wishedOutcome(text) : null;
    if (outcome) return outcome;
  }
  if (!near(2).some((one) => PRAISED_FOR.test(one) || NAMED_POST.test(one))) return null;
  return praiseIn(text);
}

/** Whether, before the favour, the writer says they have told someone in the council about it. */
function toldSomeone(text: string, hit: Hit): boolean {
  return TOLD_SOMEONE.test(text.slice(0, hit.start));
}

function forPerson(text: string, hit: Hit): boolean {
  const before = wordsBefore(text, hit.start, 4);
  if (THANKS_BEFORE.test(before)) return false;
  const after = wordsAfter(text, hit.end, 1);
  const name = /^\s+([A-Z][a-z]+)$/.exec(after)?.[1];
  return SOUGHT_BEFORE.test(before) || PERSON_AFTER.test(after)
    || name !== undefined && lexiconClasses(name.toLowerCase()).some((wordClass) => NAME.has(wordClass));
}

/**
 * Support the writer withholds: negated ("I can't put in a word", but not "I can't recommend her highly enough"), or
 * someone else's request recounted and turned down ("she asked me to put in a word… I told her I can't").
 */
function withheld(text: string, hit: Hit, near: readonly string[]): boolean {
  if (negatedAt(text, hit.start)) return !/^\s+\S+\s+(?:highly\s+)?enough\b|^\s+\S+\s+too\s+(?:highly|strongly|much)\b/i.test(wordsAfter(text, hit.end, 4));
  return RECOUNTED.test(wordsBefore(text, hit.start, 6)) && near.some((one) => DECLINED.test(one));
}

/** An appointment wished for someone: "get the Head of Regeneration job" (not "get the job done"), "see you appointed", "made the shortlist". */
function wishedOutcome(text: string): Hit | null {
  for (const match of text.matchAll(OUTCOME_ITSELF)) {
    if (!negatedAt(text, match.index)) return { start: match.index, end: match.index + match[0].length };
  }
  for (const match of text.matchAll(GETTING)) {
    const end = match.index + match[0].length;
    const post = POST_GOT.exec(wordsAfter(text, end, 9));
    if (post) return { start: match.index, end: end + post[0].length };
  }
  return null;
}

/** Praise of one person for a post: a praise word before a choice noun, or the one the writer wants. */
function praiseIn(text: string): Hit | null {
  for (const match of text.matchAll(PRAISED)) {
    const word = match[1]!.toLowerCase();
    if (PRAISE_WORDS.has(word) || valenceOf(word) >= PRAISE_VALENCE) return { start: match.index, end: match.index + match[0].length };
  }
  const one = THE_ONE.exec(text);
  THE_ONE.lastIndex = 0;
  return one ? { start: one.index, end: one.index + one[0].length } : null;
}
