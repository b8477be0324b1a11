/**
 * Verb phrases of one sentence, from compromise. compromise is called on one
 * sentence at a time (on a whole document some of its calls turn quadratic)
 * and only on sentences a cheap lexical filter picked; results are cached by
 * sentence text, so a re-check after an edit re-analyses only what changed.
 * Each draft has a budget of tagged characters; candidates past it have none,
 * so a huge draft full of candidates still costs bounded tagging time.
 */
import nlp from 'compromise';
import type { Sentence } from '../recognise/sentences.ts';
import { forgetHits } from './lexicon.ts';
import { forgetRemembered } from './remember.ts';
import { clauseAt } from './words.ts';

export interface VerbPhrase {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  text: string;
  auxiliary: string;
  negative: boolean;
  /** The main verb's infinitive, lower case ("repair", "be removed" → "remove"). */
  infinitive: string;
  passive: boolean;
  form: string;
  /** The words before the verb in its clause, lower case: usually its subject. */
  subject: string;
  subjectStart: number;
  /** The word or mark that opens the verb's clause ("when", "that", ","), lower case; empty at sentence start. */
  clauseOpener: string;
}

interface CompromiseVerb {
  text: string;
  offset: { start: number; length: number };
  verb: { auxiliary: string; negative: boolean; infinitive: string; grammar: { form?: string; passive?: boolean } };
}

const CACHE_LIMIT = 4000;
/** The characters of new sentences compromise reads per draft: a long report's candidates, at about a second of tagging. */
const TAGGING_BUDGET = 50_000;
let budgetLeft = TAGGING_BUDGET;
const cache = new Map<string, VerbPhrase[]>();
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** The word classes compromise's lexicon gives a lower-case word before tagging ("i" → Pronoun); none for words it does not list. */
export function lexiconClasses(word: string): readonly string[] {
  const classes = Object.hasOwn(LEXICON, word) ? LEXICON[word]! : [];
  return typeof classes === 'string' ? [classes] : classes;
}

export function verbPhrases(sentence: Sentence): VerbPhrase[] {
  const text = sentence.text;
  const cached = cache.get(text);
  if (cached) return cached;
  if (text.length > budgetLeft) return [];
  budgetLeft -= text.length;
  const verbs = (nlp(text).verbs().json({ offset: true }) as CompromiseVerb[]);
  let previousEnd = 0;
  const phrases = verbs.map((verb) => {
    const start = located(text, verb.text, verb.offset.start);
    const end = start + verb.offset.length;
    // The verb's subject: the words before it in its clause, after the clause's opening word, back to the verb before it.
    const clause = clauseAt(text, start);
    const opensHere = clause.start >= previousEnd;
    const clauseOpener = opensHere ? clause.opener : '';
    const from = opensHere ? clause.start + (/^\w/.test(clause.opener) ? clause.opener.length : 0) : previousEnd;
    const before = text.slice(from, start);
    // "I'll get": the auxiliary comes from the contraction, which stays with the subject.
    const subject = before.trim().toLowerCase().replace(/['’](?:ll|d)$/, '');
    const subjectStart = from + (before.length - before.trimStart().length);
    previousEnd = end;
    return {
      subjectStart,
      clauseOpener,
      start,
      end,
      text: verb.text,
      auxiliary: verb.verb.auxiliary.toLowerCase(),
      negative: verb.verb.negative,
      infinitive: verb.verb.infinitive.toLowerCase().replace(/^be\s+/, ''),
      passive: Boolean(verb.verb.grammar.passive),
      form: verb.verb.grammar.form ?? '',
      subject,
    };
  });
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, phrases);
  return phrases;
}

/** compromise counts a contraction's implied words in its offsets ("I'll get" puts "get" one early); find the verb's own text near there. */
function located(text: string, verbText: string, offset: number): number {
  if (text.startsWith(verbText, offset)) return offset;
  const found = text.indexOf(verbText, Math.max(0, offset - 2));
  return found >= 0 && found - offset <= 3 ? found : offset;
}

/** Gives the tagger its full budget for the draft about to be checked. */
export function startTagging(): void {
  budgetLeft = TAGGING_BUDGET;
}

/** Forgets every sentence analysed so far, so the next check analyses each one afresh (the benchmark's full-check timing). */
export function clearSentenceCache(): void {
  cache.clear();
  forgetHits();
  forgetRemembered();
}
