/**
 * Whether a sentence asks, tells or hedges (SPEC 5, "Request or instruction"):
 * questions and polite requests are requests; imperatives and directives are
 * instructions; conditionals commit to nothing.
 */
import data from '../../data/mood.json';
import type { Sentence } from '../recognise/sentences.ts';
import { allHits, anyOf, firstHit, type Hit } from './lexicon.ts';
import { lexiconClasses, verbPhrases } from './verbs.ts';

const REQUEST = anyOf(data.requests);
const TELLING = anyOf(data.telling, 'gi');
const NOT_TELLING = data.notTelling.map((pattern) => new RegExp(pattern, 'i'));
const CONDITIONAL = anyOf(data.conditionals);
const POLITE = new Set(data.politeImperatives);
const DIRECTIVE = new Set(data.directiveVerbs);
const INFORMATION = new Set(data.informationVerbs);
const QUESTION_OPENING = /^(?:could|would|can|will|may|might|is|are|do|does|did|have|has|should|shall|was|were|what|when|where|which|who|why|how)\b/i;
/** Word classes that never open an imperative: "I have…", "The lights…", "Our team…", "People were told…". */
const NEVER_IMPERATIVE = new Set(['Pronoun', 'Determiner', 'Possessive', 'Preposition', 'Conjunction', 'Modal', 'QuestionWord', 'Plural', 'Cardinal', 'Condition']);
const NAME = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
/** "Anything you need to send would be appreciated": telling words inside the subject of a polite predicate. */
const WELCOMED_AFTER = /^(?:(?! and | but )[^.,;:!?]){0,80}\b(?:would|will) be (?:\w+ ){0,2}(?:appreciated|welcome|helpful|useful|gratefully received)\b/i;
const VOCATIVE = /^(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,:-]\s+)?(?:(?:and|so|now|also|then|just|please|kindly|again)\s*,?\s+)*/;

export function isQuestion(sentence: string): boolean {
  const text = sentence.trim();
  return /\?["')\]]*$/.test(text) || QUESTION_OPENING.test(text.replace(VOCATIVE, ''));
}

export function isConditional(sentence: string): boolean {
  return CONDITIONAL.test(sentence);
}

export function isPoliteRequest(sentence: string): boolean {
  return isQuestion(sentence) || REQUEST.test(sentence);
}

/** Where a sentence tells someone to do something, or null. */
export function instructionIn(sentence: Sentence): Hit | null {
  const text = sentence.text;
  const telling = tellingIn(text);
  if (telling) return telling;
  if (isPoliteRequest(text)) return null;
  return imperativeAt(sentence);
}

/**
 * The first telling words that do tell someone: not negated, not the author's own
 * undertaking ("I'll make sure the…"), not inside an embedded question ("whether you need to…"),
 * not in the subject of "…would be appreciated".
 */
function tellingIn(text: string): Hit | null {
  for (const hit of allHits(TELLING, text)) {
    const before = text.slice(Math.max(0, hit.start - 160), hit.start);
    if (negatedBefore(text, hit.start) || NOT_TELLING.some((pattern) => pattern.test(before))) continue;
    if (!WELCOMED_AFTER.test(text.slice(hit.end, hit.end + 120))) return hit;
  }
  return null;
}

/** A sentence that asks for something, politely or not. */
export function isAsking(sentence: Sentence): boolean {
  return isPoliteRequest(sentence.text) || instructionIn(sentence) !== null
    || /\b(?:I(?:'d| would) like|I need|can I have|could I have|please)\b/i.test(sentence.text);
}

/** A bare imperative at the start of the sentence with a verb that directs work ("Stop sending…"). */
function imperativeAt(sentence: Sentence): Hit | null {
  const text = sentence.text;
  const lead = VOCATIVE.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead);
  const word = /^([a-z]+)\b/i.exec(rest)?.[1]?.toLowerCase();
  if (!word || POLITE.has(word) && !DIRECTIVE.has(word)) return null;
  if (INFORMATION.has(word) && /^\w+\s+(?:me|us)\b/i.test(rest)) return null;
  if (/^(?:don't|do not|never)\s+\w+/i.test(rest)) return { start: lead, end: lead + rest.indexOf(' ', 8) };
  const directive = DIRECTIVE.has(word);
  if (!directive) {
    if (!opensImperative(word, rest)) return null;
    const first = verbPhrases(sentence)[0];
    if (!first || first.start !== lead || first.form !== 'imperative') return null;
  }
  const end = lead + Math.min(rest.length, /^\S+(?:\s+\S+){0,4}/.exec(rest)![0].length);
  return { start: lead, end };
}

/** Whether the opening word could be a verb telling someone what to do; a name alone ("Dan,", "Owen") is a greeting or sign-off. */
function opensImperative(word: string, rest: string): boolean {
  const classes = lexiconClasses(word);
  if (classes.some((wordClass) => NEVER_IMPERATIVE.has(wordClass))) return false;
  return !(classes.some((wordClass) => NAME.has(wordClass)) && /^\S+\s*$/.test(rest));
}

export function negatedBefore(text: string, index: number): boolean {
  return /\b(?:not|never|no need|don't|do not|doesn't|didn't|isn't|aren't)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, index - 30), index));
}
