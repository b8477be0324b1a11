import { matchesNotAfter, type NotAfter } from '../text.ts';

/** Word lists from core/data compiled once into the shapes the detectors use. */
export function anyOf(patterns: readonly string[], flags = 'i'): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), flags);
}

export function allOf(patterns: readonly string[], flags = 'gi'): RegExp {
  return anyOf(patterns, flags);
}

/** A phrase as a pattern source: any run of spaces between its words, either apostrophe. */
export function phrasePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
}

/** A phrase list as the source of one alternation, longest first. */
export function alternation(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
}

/** The terms of a word list from core/data (entries of `{ "term", "example", "source" }`). */
export function terms(list: ReadonlyArray<{ term: string }>): string[] {
  return list.map((entry) => entry.term);
}

/** A word list's terms as one group of alternatives, longest first, to be set in a larger pattern. */
export function termGroup(list: ReadonlyArray<{ term: string }>): string {
  return `(?:${alternation(terms(list))})`;
}

/** A phrase list as one alternation with word boundaries, longest first; an apostrophe matches either form. */
export function phrases(list: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b(?:${alternation(list)})\\b`, flags);
}

export interface Hit { readonly start: number; readonly end: number }

/** The global twin of each pattern firstHit has been given, compiled once. */
const globalTwins = new WeakMap<RegExp, RegExp>();

/** Texts up to a sentence's length whose answer is remembered, per pattern, so a re-check reads only the sentences that changed. */
const REMEMBERED_LENGTH = 1_000;
const REMEMBERED_PER_PATTERN = 4_000;
const remembered = new Map<RegExp, Map<string, Hit | null>>();

export function firstHit(pattern: RegExp, text: string): Hit | null {
  if (text.length > REMEMBERED_LENGTH) return search(pattern, text);
  let answers = remembered.get(pattern);
  if (!answers) {
    answers = new Map();
    remembered.set(pattern, answers);
  }
  const known = answers.get(text);
  if (known !== undefined) return known;
  const hit = search(pattern, text);
  if (answers.size >= REMEMBERED_PER_PATTERN) answers.delete(answers.keys().next().value!);
  answers.set(text, hit);
  return hit;
}

/**
 * Every match of a global pattern, in order, none that a `notAfter` rule bars (the pattern's lookbehinds, text.ts);
 * most sentences have none, which firstHit remembers.
 */
export function allHits(pattern: RegExp, text: string, notAfter: readonly NotAfter[] = []): Hit[] {
  if (!firstHit(pattern, text)) return [];
  return matchesNotAfter(text, pattern, notAfter).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** A data file's `notAfter` rules, compiled with the flags of the pattern they belong to. */
export function notAfterRules(rules: ReadonlyArray<{ before: string; match?: string }>, flags = 'i'): NotAfter[] {
  return rules.map(({ before, match }) => (match === undefined
    ? { before: new RegExp(before, flags) }
    : { before: new RegExp(before, flags), match: new RegExp(match, flags) }));
}

/** Forgets every remembered answer (the benchmark's full-check timing). */
export function forgetHits(): void {
  remembered.clear();
}

function search(pattern: RegExp, text: string): Hit | null {
  let global = pattern.global ? pattern : globalTwins.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globalTwins.set(pattern, global);
  }
  global.lastIndex = 0;
  const match = global.exec(text);
  global.lastIndex = 0;
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
