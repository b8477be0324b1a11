/**
 * The sign-off and signature block of the new text, and e-mail footer
 * disclaimers. The signature tells who wrote a letter and in what capacity;
 * a standard footer does not make a message confidential.
 */
import type { Span } from '../model.ts';
import { splitLines, type Line } from './quotes.ts';

const SIGN_OFF = /^\s*(?:(?:with\s+)?(?:kind(?:est)?|best|warm(?:est)?|many|all\s+good)\s+(?:regards|wishes)|regards|best|cheers|thanks(?:\s+(?:again|very much|so much))?|many\s+thanks|thank\s+you(?:\s+(?:again|very much))?|yours(?:\s+(?:sincerely|faithfully|truly|ever))?|sincerely|all\s+the\s+best|respectfully|with\s+thanks|speak\s+soon)\s*(?:[,.!]\s*)?$/i;
/** "P.S.", "PS:", "P.P.S." or "PPS -" opening a line; not "PS to the Leader", a job in a name block. */
const POSTSCRIPT = /^\s*(?:P\.\s?(?:P\.\s?)?S\.?|P{1,2}S\s*[.:,\-\u2013\u2014])\s*\S/i;
const DISCLAIMER = /\b(?:intended (?:only|solely) for|if you (?:have )?received (?:it|this|this e-?mail|this message) in error|may be monitored|monitor(?:s|ed)? (?:e-?mail|email traffic)|freedom of information act|views expressed in this|privileged and confidential|please consider the environment before printing|virus(?:es)? (?:check|scan))/i;

export interface SignatureParts {
  /** From the sign-off line to the end of the new text. */
  signature: Span | null;
  /** Footer disclaimer paragraphs. */
  disclaimers: Span[];
}

export function findSignature(text: string, newText: Span): SignatureParts {
  const lines = splitLines(text.slice(newText.start, newText.end))
    .map((line) => ({ ...line, start: line.start + newText.start, end: line.end + newText.start }));
  const disclaimers = disclaimerParagraphs(lines);
  const beforeFooter = disclaimers[0]?.start ?? newText.end;
  // A postscript below the signature is the author writing again, not part of the block.
  const postscript = lines.find((line, index) => index > 0 && line.start < beforeFooter && POSTSCRIPT.test(line.text));
  const blockEnd = postscript?.start ?? beforeFooter;
  const signOff = signOffLine(lines.filter((line) => line.start < blockEnd));
  const signature = signOff ? { start: signOff.start, end: blockEnd } : null;
  return { signature: signature ?? trailingNameBlock(lines, blockEnd), disclaimers };
}

/** How far from the end a closing line is looked for, and how long a line of the name block under it may be. */
const CLOSING_LINES = 8;
const NAME_BLOCK_LINE = 60;
const GREETING = /^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|to whom it may concern)\b/i;

/**
 * The sign-off: the last line from the usual list ("Kind regards,"), or else a short
 * closing line ending in a comma that only the name block follows ("With every good
 * wish for the spring,", "Yours, in common purpose,").
 */
export function signOffLine(lines: readonly Line[]): Line | null {
  for (let i = lines.length - 1; i >= 0; i--) if (SIGN_OFF.test(lines[i]!.text)) return lines[i]!;
  const written = lines.filter((line) => line.text.trim());
  const last = written.slice(-CLOSING_LINES);
  // Not the opening line ("Dan,") nor a greeting: a closing line comes after the body.
  const closing = last.findIndex((line) => {
    const text = line.text.trim();
    return line !== written[0] && text.length <= 100 && text.endsWith(',') && !GREETING.test(text);
  });
  if (closing < 0 || closing === last.length - 1) return null;
  const nameBlock = last.slice(closing + 1).map((line) => line.text.trim());
  return nameBlock.every((text) => text.length <= NAME_BLOCK_LINE && !/[.!?]$/.test(text)) ? last[closing]! : null;
}

/** Whether a line of a signature block is its sign-off rather than the name under it. */
export function isSignOff(text: string): boolean {
  const trimmed = text.trim();
  return SIGN_OFF.test(trimmed) || trimmed.length <= 100 && trimmed.endsWith(',');
}

function disclaimerParagraphs(lines: Line[]): Span[] {
  const spans: Span[] = [];
  let paragraph: Line[] = [];
  const flush = () => {
    const joined = paragraph.map((line) => line.text).join(' ');
    if (paragraph.length && DISCLAIMER.test(joined)) {
      spans.push({ start: paragraph[0]!.start, end: paragraph[paragraph.length - 1]!.end });
    }
    paragraph = [];
  };
  for (const line of lines) {
    if (line.text.trim()) paragraph.push(line);
    else flush();
  }
  flush();
  return spans;
}

/** With no sign-off, a short closing block of name-like lines, as in "Tom\nCllr Tom Whitfield". */
function trailingNameBlock(lines: Line[], limit: number): Span | null {
  const usable = lines.filter((line) => line.end <= limit);
  let start = -1;
  for (let i = usable.length - 1; i >= 0; i--) {
    const text = usable[i]!.text.trim();
    if (!text) {
      if (start >= 0) break;
      continue;
    }
    if (text.length > 60 || /[.?!]$/.test(text) && text.split(/\s+/).length > 4) break;
    start = usable[i]!.start;
  }
  return start >= 0 ? { start, end: limit } : null;
}
