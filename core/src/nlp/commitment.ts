/**
 * Commitments on the Council's behalf (SPEC 3.3): "the Council will repair",
 * "your costs will be refunded", "we accept liability", "I can confirm the
 * Council will pay". A member who says they will ask, chase or pass something
 * on commits the Council to nothing, and neither do questions or conditions.
 */
import data from '../../data/commitments.json';
import type { Sentence } from '../recognise/sentences.ts';
import { anyOf, firstHit, type Hit } from './lexicon.ts';
import { isConditional, isQuestion } from './mood.ts';
import { CLAUSE_OPENERS, verbPhrases, type VerbPhrase } from './verbs.ts';

const EXPLICIT = anyOf(data.explicit, 'gi');
const FUTURE_CUE = /\b(?:will|shall|won't|going to)\b|'ll\b/i;
const FUTURE_CUES = new RegExp(FUTURE_CUE.source, 'gi');
/** "I will", "…, and I'll", "I personally will": the writer, opening a clause, as the subject of a future cue. */
const WRITER_BEFORE_CUE = new RegExp(`(?:^|${CLAUSE_OPENERS})\\s*I(?:\\s+(?:personally|myself))?\\s*$`, 'i');
const WORD_AFTER_CUE = /^(?:\s+(?:also|then|still|now|certainly|definitely|\w+ly))*\s+([a-z]+)/i;
const COUNCIL_SUBJECT = new RegExp(`(?:^|\\s)(?:${data.councilSubjects.join('|')})$`, 'i');
const SELF_SUBJECT = new RegExp(`^(?:${data.selfSubjects.join('|')})$`, 'i');
const PROCESS = new Set(data.processVerbs);
const GUARANTEE = new Set(data.guaranteeVerbs);
const GUARANTEE_OPENERS = new Set(data.guaranteeVerbs.map((verb) => verb.split(' ')[0]!));
const INDIRECT_QUESTION = new Set(['when', 'whether', 'if', 'unless', 'until', 'before', 'after', 'while']);
const PERSONAL_SUBJECT = /^(?:i|you|he|she|we all|everyone)$/i;

export function commitmentIn(sentence: Sentence): Hit | null {
  const text = sentence.text;
  if (isQuestion(text)) return null;
  const conditional = isConditional(text);
  const explicit = firstHit(EXPLICIT, text);
  if (explicit && !conditional) return explicit;
  if (!FUTURE_CUE.test(text) || conditional || onlyWriterEffort(text)) return null;
  for (const phrase of verbPhrases(sentence)) {
    if (isCommitment(phrase, text)) return { start: phrase.subjectStart, end: phrase.end };
  }
  return null;
}

/**
 * Whether every future cue of the sentence is the writer promising their own effort
 * ("I will ask", "and I'll chase it up"): such a sentence commits the Council to
 * nothing, so it needs no tagging. A cue followed by a vouching verb ("I will make
 * sure", "I'll get it fixed") still goes to the tagger.
 */
function onlyWriterEffort(text: string): boolean {
  for (const cue of text.matchAll(FUTURE_CUES)) {
    if (!WRITER_BEFORE_CUE.test(text.slice(Math.max(0, cue.index - 40), cue.index))) return false;
    const verb = WORD_AFTER_CUE.exec(text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 60))?.[1]?.toLowerCase();
    if (!verb || verb === 'get' || GUARANTEE_OPENERS.has(verb)) return false;
  }
  return true;
}

function isCommitment(phrase: VerbPhrase, text: string): boolean {
  if (!/\b(?:will|shall|'ll|going to)\b|^'ll/.test(phrase.auxiliary) && !phrase.form.includes('future')) return false;
  // "…ask when it will be repaired": an indirect question promises nothing.
  if (INDIRECT_QUESTION.has(phrase.clauseOpener)) return false;
  const verb = phrase.infinitive.split(' ')[0] ?? '';
  const subject = phrase.subject;
  if (SELF_SUBJECT.test(subject)) {
    // "I will make sure the road is fixed", "I will get it repaired": the member vouches for the outcome.
    const following = text.slice(phrase.end, phrase.end + 12);
    return GUARANTEE.has(phrase.infinitive) || GUARANTEE.has(verb)
      || verb === 'get' && /^\s*(?:it|this|that|the|your)\b/i.test(following);
  }
  if (PROCESS.has(verb)) return false;
  if (COUNCIL_SUBJECT.test(subject)) return true;
  // "Your fence will be repaired", "the road will be resurfaced next month".
  return phrase.passive && subject.length > 0 && !PERSONAL_SUBJECT.test(subject);
}
