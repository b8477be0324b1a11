/**
 * The sign-off and signature block of the new text, and e-mail footer
 * disclaimers. The signature tells who wrote a letter and in what capacity;
 * a standard footer does not make a message confidential.
 */
import type { Span } from '../model.ts';
import { splitLines, type Line } from './quotes.ts';

const SIGN_OFF = /^\s*(?:(?:with\s+)?(?:kind(?:est)?|best|warm(?:est)?|many|all\s+good)\s+(?:regards|wishes)|regards|best|cheers|thanks(?:\s+(?:again|very much|so much))?|many\s+thanks|thank\s+you(?:\s+(?:again|very much))?|yours(?:\s+(?:sincerely|faithfully|truly|ever))?|sincerely|all\s+the\s+best|respectfully|with\s+thanks|speak\s+soon)\s*(?:[,.!]\s*)?$/i;
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
  let signature: Span | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.start >= beforeFooter) continue;
    if (SIGN_OFF.test(line.text)) {
      signature = { start: line.start, end: beforeFooter };
      break;
    }
  }
  return { signature: signature ?? trailingNameBlock(lines, beforeFooter), disclaimers };
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
