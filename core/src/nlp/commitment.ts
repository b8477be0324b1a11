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
import { verbPhrases, type VerbPhrase } from './verbs.ts';

const EXPLICIT = anyOf(data.explicit, 'gi');
const FUTURE_CUE = /\b(?:will|shall|won't|going to)\b|'ll\b/i;
const COUNCIL_SUBJECT = new RegExp(`(?:^|\\s)(?:${data.councilSubjects.join('|')})$`, 'i');
const SELF_SUBJECT = new RegExp(`^(?:${data.selfSubjects.join('|')})$`, 'i');
const PROCESS = new Set(data.processVerbs);
const GUARANTEE = new Set(data.guaranteeVerbs);
const INDIRECT_QUESTION = new Set(['when', 'whether', 'if', 'unless', 'until', 'before', 'after', 'while']);
const PERSONAL_SUBJECT = /^(?:i|you|he|she|we all|everyone)$/i;

export function commitmentIn(sentence: Sentence): Hit | null {
  const text = sentence.text;
  if (isQuestion(text)) return null;
  const conditional = isConditional(text);
  const explicit = firstHit(EXPLICIT, text);
  if (explicit && !conditional) return explicit;
  if (!FUTURE_CUE.test(text) || conditional) return null;
  for (const phrase of verbPhrases(sentence)) {
    if (isCommitment(phrase, text)) return { start: phrase.subjectStart, end: phrase.end };
  }
  return null;
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
