/**
 * What sort of draft this is (SPEC 2.2): a press release carries release
 * markers, a letter is a document with a salutation and a sign-off, anything
 * else is an e-mail.
 */
import type { Kind } from '../model.ts';
import markers from '../../data/press-release-markers.json';

const HEADING = new RegExp(markers.headings.join('|'), 'm');
const STRONG = new RegExp(markers.strong.join('|'), 'im');
const WEAK = markers.weak.map((pattern) => new RegExp(pattern, 'im'));
const SALUTATION = /^[ \t]*(?:dear|to whom it may concern)\b/im;
/** How far from the end a closing line is looked for, and how long a line of the name block under it may be. */
const CLOSING_LINES = 8;
const NAME_BLOCK_LINE = 60;
const SIGN_OFF = /^[ \t]*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|best wishes|regards|with best wishes)\b/im;

export function detectKind(newText: string, source: 'email' | 'document'): Kind {
  if (isPressRelease(newText)) return 'press-release';
  if (source === 'document' && SALUTATION.test(newText) && hasSignOff(newText)) return 'letter';
  return 'email';
}

/**
 * A sign-off from the usual list, or any short closing line ending in a comma that
 * only the name block follows: "With every good wish for the spring,".
 */
function hasSignOff(text: string): boolean {
  if (SIGN_OFF.test(text)) return true;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean).slice(-CLOSING_LINES);
  const closing = lines.findIndex((line) => line.length <= 100 && line.endsWith(',') && !SALUTATION.test(line));
  return closing >= 0 && closing < lines.length - 1 && lines.slice(closing + 1).every((line) => line.length <= NAME_BLOCK_LINE);
}

function isPressRelease(text: string): boolean {
  if (HEADING.test(text) || STRONG.test(text)) return true;
  return WEAK.filter((pattern) => pattern.test(text)).length >= 2;
}
