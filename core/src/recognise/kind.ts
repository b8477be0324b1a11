/**
 * What sort of draft this is (SPEC 2.2): a press release carries release
 * markers, a letter is a document with a salutation and a sign-off, anything
 * else is an e-mail.
 */
import type { Kind } from '../model.ts';
import markers from '../../data/press-release-markers.json';
import { splitLines } from './quotes.ts';
import { signOffLine } from './signature.ts';

const HEADING = new RegExp(markers.headings.join('|'), 'm');
const STRONG = new RegExp(markers.strong.join('|'), 'im');
const WEAK = markers.weak.map((pattern) => new RegExp(pattern, 'im'));
const SALUTATION = /^[ \t]*(?:dear|to whom it may concern)\b/im;

export function detectKind(newText: string, source: 'email' | 'document'): Kind {
  if (isPressRelease(newText)) return 'press-release';
  if (source === 'document' && SALUTATION.test(newText) && signOffLine(splitLines(newText)) !== null) return 'letter';
  return 'email';
}

function isPressRelease(text: string): boolean {
  if (HEADING.test(text) || STRONG.test(text)) return true;
  return WEAK.filter((pattern) => pattern.test(text)).length >= 2;
}
