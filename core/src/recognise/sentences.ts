/**
 * Sentences of the new text, with their offsets. Hard-wrapped lines are joined
 * (a newline is not a sentence break), list items and paragraphs are kept
 * apart, and UK abbreviations such as "Cllr." do not end a sentence.
 */
import type { Span } from '../model.ts';

export interface Sentence extends Span {
  /** The folded text of the sentence with line breaks as spaces (same length as the span). */
  text: string;
}

const ABBREVIATIONS = new Set([
  'cllr', 'cllrs', 'coun', 'cttee', 'para', 'paras', 'exec', 'tues', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos',
  'rd', 'ave', 'approx', 'dept', 'govt', 'e.g', 'i.e', 'etc', 'vs', 'ref', 'tel', 'mob', 'inc', 'ltd', 'co', 'cf',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu',
  'thur', 'thurs', 'fri', 'sat', 'sun', 'prof', 'rev', 'hon', 'rt', 'cl', 'reg', 'sq', 'p', 'pp', 'para', 'am', 'pm',
]);
const LIST_ITEM = /^\s*(?:[-*\u2022]|\d{1,2}[.)]|\(?[a-z]\))\s+/i;
const HEADER_LIKE = /^\s*[A-Z][A-Za-z /&'-]{0,40}:\s*$/;

/** Splits `text` within `spans` (e.g. the new text less the signature) into sentences. */
export function splitSentences(text: string, spans: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const span of spans) {
    for (const block of blocks(text, span)) splitBlock(text, block, sentences);
  }
  return sentences;
}

/** Paragraphs and list items: runs of lines to be read as continuous prose. */
function blocks(text: string, span: Span): Span[] {
  const result: Span[] = [];
  let blockStart = -1;
  let lineStart = span.start;
  let previousEnd = span.start;
  while (lineStart <= span.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > span.end ? span.end : newline;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    const breaksBefore = LIST_ITEM.test(line) || HEADER_LIKE.test(line);
    if (blank || breaksBefore) {
      if (blockStart >= 0) result.push({ start: blockStart, end: previousEnd });
      blockStart = blank ? -1 : lineStart;
    } else if (blockStart < 0) {
      blockStart = lineStart;
    }
    previousEnd = lineEnd;
    if (lineEnd >= span.end) break;
    lineStart = lineEnd + 1;
  }
  if (blockStart >= 0) result.push({ start: blockStart, end: previousEnd });
  return result;
}

function splitBlock(text: string, block: Span, out: Sentence[]): void {
  const raw = text.slice(block.start, block.end);
  let sentenceStart = 0;
  const push = (end: number) => {
    const slice = raw.slice(sentenceStart, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed) {
      const start = block.start + sentenceStart + lead;
      out.push({ start, end: start + trimmed.length, text: trimmed.replace(/\n/g, ' ') });
    }
    sentenceStart = end;
  };
  const boundary = /[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9\u00a3])/g;
  for (let match = boundary.exec(raw); match; match = boundary.exec(raw)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '.' && endsWithAbbreviation(raw, match.index)) continue;
    push(end);
  }
  push(raw.length);
}

function endsWithAbbreviation(raw: string, dot: number): boolean {
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(raw.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word) && /\b[A-Z]$/.test(raw.slice(0, dot));
}
