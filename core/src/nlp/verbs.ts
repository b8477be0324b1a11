/**
 * Verb phrases of one sentence, from compromise. compromise is called on one
 * sentence at a time (on a whole document some of its calls turn quadratic)
 * and only on sentences a cheap lexical filter picked; results are cached by
 * sentence text, so a re-check after an edit re-analyses only what changed.
 * Sentences past the tagged opening of a very long draft have none.
 */
import nlp from 'compromise';
import type { Sentence } from '../recognise/sentences.ts';

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
const cache = new Map<string, VerbPhrase[]>();
const CLAUSE_BOUNDARY = /[,;:()]|\b(?:that|and|but|because|so|which|who|whether|if|unless|when|while|until|before|after|as|although|though|or|then)\b/gi;

export function verbPhrases(sentence: Sentence): VerbPhrase[] {
  if (!sentence.tagged) return [];
  const text = sentence.text;
  const cached = cache.get(text);
  if (cached) return cached;
  const verbs = (nlp(text).verbs().json({ offset: true }) as CompromiseVerb[]);
  let previousEnd = 0;
  const phrases = verbs.map((verb) => {
    const start = verb.offset.start;
    const end = start + verb.offset.length;
    const before = text.slice(previousEnd, start);
    let clauseStart = 0;
    let clauseOpener = '';
    for (const boundary of before.matchAll(CLAUSE_BOUNDARY)) {
      clauseStart = boundary.index! + boundary[0].length;
      clauseOpener = boundary[0].toLowerCase();
    }
    const clause = before.slice(clauseStart);
    const subject = clause.trim().toLowerCase();
    const subjectStart = previousEnd + clauseStart + (clause.length - clause.trimStart().length);
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

/** Forgets every sentence analysed so far, so the next check analyses each one afresh (the benchmark's full-check timing). */
export function clearSentenceCache(): void {
  cache.clear();
}
