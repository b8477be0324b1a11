/**
 * The mood of a sentence (SPEC 5, "Request or instruction"): whether it asks
 * a question or hedges with a condition. What it tells or asks someone to do
 * is directive force, in directive.ts.
 */
import data from '../../data/mood.json';
import { anyOf } from './lexicon.ts';

const CONDITIONAL = anyOf(data.conditionals);
const QUESTION_OPENING = /^(?:could|would|can|will|may|might|is|are|do|does|did|have|has|should|shall|was|were|what|when|where|which|who|why|how)\b/i;
/** A name, a greeting word or a linking adverb before a sentence's first verb: "Dan, remove…", "So please stop…". */
export const VOCATIVE = /^(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,:-]\s+)?(?:(?:and|so|now|also|then|just|please|kindly|again)\s*,?\s+)*/;

export function isQuestion(sentence: string): boolean {
  const text = sentence.trim();
  return /\?["')\]]*$/.test(text) || QUESTION_OPENING.test(text.replace(VOCATIVE, ''));
}

export function isConditional(sentence: string): boolean {
  return CONDITIONAL.test(sentence);
}
