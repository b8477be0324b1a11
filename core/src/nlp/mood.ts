/**
 * The mood of a sentence (SPEC 5, "Request or instruction"): whether it asks
 * a question or hedges with a condition. What it tells or asks someone to do
 * is directive force, in directive.ts.
 */
import { anyOf } from './lexicon.ts';

/** A condition or hedge: a sentence that opens on one ("If…", "Once…", inverted "Should you…"), or a conditional word anywhere. */
const CONDITIONAL = anyOf([
  /^[ \t]*(?:if|unless|provided|providing|assuming|once|when|should (?:you|we|it|the)|were (?:we|you|it|the)|had (?:we|you|it|the))\b/.source,
  /\b(?:if|unless|provided that|providing that|subject to|whether|in the event that|depending on)\b/.source,
]);
/**
 * An auxiliary opens a question ("Could you…", "Is the road…"); a question word does only with an auxiliary
 * after it ("When will…", "How do…"), since without one it opens a subordinate clause ("When you write up
 * the report, leave…", "What I need is…"): Huddleston and Pullum 2002, ch. 10, open interrogatives invert
 * subject and auxiliary, and ch. 11, subordinate "when"-clauses do not. "Have" before an indefinite object is
 * the causative or light verb of an imperative ("Have a revised version over to me…"), not a question.
 */
const QUESTION_OPENING = /^(?!have\s+(?:a|an|some)\b)(?:(?:could|would|can|will|may|might|is|are|do|does|did|have|has|should|shall|was|were)\b|(?:what|when|where|which|who|why|how)(?:\s+\w+){0,3}?\s+(?:could|would|can|will|may|might|is|are|do|does|did|have|has|should|shall|was|were|['’]s|['’]re)\b)/i;
/** A name, a greeting word or a linking adverb before a sentence's first verb: "Dan, remove…", "So please stop…". */
export const VOCATIVE = /^(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,:-]\s+)?(?:(?:and|so|now|also|then|just|please|kindly|again)\s*,?\s+)*/;

export function isQuestion(sentence: string): boolean {
  const text = sentence.trim();
  return /\?["')\]]*$/.test(text) || QUESTION_OPENING.test(text.replace(VOCATIVE, ''));
}

export function isConditional(sentence: string): boolean {
  return CONDITIONAL.test(sentence);
}
