/** Small pieces many rules share: where a hit is in the body, and who counts as outside the council. */
import type { Analysis } from '../analysis.ts';
import type { Span } from '../model.ts';
import type { Person } from '../recognise/people.ts';
import type { Sentence } from '../recognise/sentences.ts';
import type { Hit } from '../nlp/lexicon.ts';
import type { RuleContext } from '../rule.ts';

/** A hit inside a sentence, as a span of the draft's body. */
export function bodySpan(analysis: Analysis, sentence: Sentence, hit: Hit): Span {
  return analysis.toBody({ start: sentence.start + hit.start, end: sentence.start + hit.end });
}

/**
 * Flags the whole sentence a detector matched in: the excerpt a reader sees is
 * the sentence, and the message quotes the words that triggered it.
 */
export function reportInSentence(
  context: RuleContext, analysis: Analysis, sentence: Sentence, hit: Hit, message: string, data: Record<string, string> = {},
): void {
  context.report({
    message,
    data: { words: quote(sentence.text.slice(hit.start, hit.end)), ...data },
    field: 'body',
    span: analysis.toBody(sentence),
  });
}

/** Residents, businesses, the press: anyone who is not a member, an officer or central government. */
export function isOutsider(person: Person): boolean {
  return person.role === 'external' || person.role === 'press';
}

/** A press release, or a member writing to residents, businesses or the media: what is said here is said in public. */
export function speaksInPublic(analysis: Analysis): boolean {
  return analysis.kind === 'press-release' || analysis.author.role === 'member' && analysis.addressees.some(isOutsider);
}

export function isCouncil(person: Person): boolean {
  return person.role === 'member' || person.role === 'officer';
}

/** A short excerpt for messages, cut at a word. */
export function quote(text: string, limit = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  return `${clean.slice(0, clean.lastIndexOf(' ', limit))}…`;
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
