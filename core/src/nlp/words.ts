/**
 * The text primitives every detector shares, each defined once: words with
 * their offsets, clauses, negation scope, and windows counted in words rather
 * than characters. A detector that needs "the clause this word is in" or "is
 * this word negated" asks here, so the product has one answer to each.
 */
import type { Span } from '../model.ts';

export interface Word extends Span {
  /** The word as written. */
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
}

/** A word: letters or digits, with inner apostrophes and hyphens ("didn't", "long-awaited", "£2m"). */
const WORD = /[£$]?[A-Za-z0-9\u00c0-\u024f]+(?:['’.-][A-Za-z0-9\u00c0-\u024f]+)*/g;

export function words(text: string): Word[] {
  const result: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    result.push({ start, end: start + match[0].length, text: match[0], lower: match[0].toLowerCase().replace(/’/g, "'") });
  }
  return result;
}

/**
 * What opens a new clause: a mark, or a joining word. "and" and "or" open one
 * only before a pronoun subject ("… and I got it wrong"): otherwise they join
 * noun phrases ("officers and staff") far more often than clauses, and a
 * clause cut there would lose its subject. "but" after "nothing", "anything"
 * or "all" means "only" or "almost" ("offered nothing but scaremongering"),
 * and opens nothing.
 */
const CLAUSE_OPENERS = '[,;:()!?"\\u2014]|\\s-\\s|\\b(?:and|or)\\b(?=\\s+(?:i|we|you|he|she|they|it)\\b)|\\b(?:(nothing|anything|all)\\s+)?but\\b|\\b(?:that|because|so|which|who|whom|whose|whether|if|unless|when|while|whilst|whereas|until|before|after|although|though|however|then)\\b';
const CLAUSE_BREAK = new RegExp(CLAUSE_OPENERS, 'gi');

/** The clause breaks in `text`: every opener but "but" after "nothing", "anything" or "all" (captured, so no lookbehind: the on-send bundle targets ES2016). */
function breaksIn(text: string): RegExpExecArray[] {
  return [...text.matchAll(CLAUSE_BREAK)].filter((match) => match[1] === undefined);
}

export interface Clause extends Span {
  /** The mark or joining word that opened the clause, lower case ("that", ","); empty for a sentence's first clause. */
  opener: string;
}

/** The opener a clause break leaves: a joining word stays in its clause, a mark does not. */
function clauseFrom(match: RegExpMatchArray): Omit<Clause, 'end'> {
  const opener = match[0].trim().toLowerCase();
  return /^\w/.test(match[0]) ? { start: match.index!, opener } : { start: match.index! + match[0].length, opener };
}

/** The clauses of a sentence, in order, each without its opening mark. */
export function clauses(text: string): Clause[] {
  const result: Clause[] = [];
  let open: Omit<Clause, 'end'> = { start: 0, opener: '' };
  for (const match of breaksIn(text)) {
    if (match.index > open.start) result.push({ ...open, end: match.index });
    open = clauseFrom(match);
  }
  if (open.start < text.length) result.push({ ...open, end: text.length });
  return result.filter((clause) => /\w/.test(text.slice(clause.start, clause.end)));
}

/** The clause holding `index`: from just after the last clause break before it to the next one after it. */
export function clauseAt(text: string, index: number): Clause {
  let open: Omit<Clause, 'end'> = { start: 0, opener: '' };
  let end = text.length;
  for (const match of breaksIn(text)) {
    if (match.index + match[0].length <= index) {
      open = clauseFrom(match);
    } else if (match.index > index) {
      end = match.index;
      break;
    }
  }
  return { ...open, end };
}

/** Words that negate what follows them in their clause. */
const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'hardly', 'barely', 'scarcely', 'cannot', 'nowhere']);
/** How many words before a word a negator may stand and still govern it ("did not even bother to", "never once been"). */
const NEGATION_REACH = 3;

function isNegator(word: Word, next: Word | undefined): boolean {
  // "nothing but", "none but": only, not a negation ("offered nothing but scaremongering").
  if (next?.lower === 'but') return false;
  return NEGATORS.has(word.lower) || word.lower.endsWith("n't");
}

/** Whether one of the last `reach` of the words negates. */
function negates(list: readonly Word[], reach: number): boolean {
  return list.some((word, at) => at >= list.length - reach && isNegator(word, list[at + 1]));
}

/**
 * Whether the word at `index` is negated: a negator up to three words before it
 * in the same clause. "Not" after the word does not count; "no longer" does. A
 * clause that opens with "that" is governed by the clause before it, so a
 * negator just before the "that" reaches into it ("I've never known that team
 * fail", "I am not saying that officers were careless").
 */
export function negatedAt(text: string, index: number): boolean {
  const clause = clauseAt(text, index);
  const before = words(text.slice(clause.start, index));
  if (negates(before, NEGATION_REACH)) return true;
  if (before[0]?.lower !== 'that' || before.length > NEGATION_REACH + 2) return false;
  return negates(words(text.slice(0, clause.start)), NEGATION_REACH);
}

/** Up to `count` words before `index`, as the text they span (from the first of them to `index`). */
export function wordsBefore(text: string, index: number, count: number): string {
  const before = words(text.slice(0, index)).slice(-count);
  return before.length > 0 ? text.slice(before[0]!.start, index) : '';
}

/** Up to `count` words after `index`, as the text they span (from `index` to the last of them). */
export function wordsAfter(text: string, index: number, count: number): string {
  const rest = text.slice(index);
  let end = 0;
  let seen = 0;
  for (const match of rest.matchAll(WORD)) {
    end = match.index + match[0].length;
    if (++seen === count) break;
  }
  return rest.slice(0, end);
}
