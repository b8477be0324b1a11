/**
 * Sentences of the new text, with their offsets. Hard-wrapped lines are joined
 * (a newline is not a sentence break), list items and paragraphs are kept
 * apart, and UK abbreviations such as "Cllr." do not end a sentence.
 *
 * Text with no sentence end for thousands of characters (a pasted table, a
 * run of words) is cut at whitespace into pieces of bounded length, so the
 * tagger never reads one unbounded sentence (SPEC 6).
 */
import type { Span } from '../model.ts';

export interface Sentence extends Span {
  /** The folded text of the sentence with line breaks as spaces (same length as the span). */
  text: string;
}

/** Far longer than any real sentence; compromise reads one this long in a few tens of milliseconds. */
const MAX_SENTENCE = 1_000;

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
  const pieces: Span[] = [];
  for (const span of spans) {
    for (const block of blocks(text, span)) splitBlock(text, block, pieces);
  }
  return pieces.map(({ start, end }) => ({ start, end, text: text.slice(start, end).replace(/\n/g, ' ') }));
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

const SENTENCE_END = /[.!?]+["')\]]*/g;
/** Checked where a run of sentence-ending marks stops, so that each run is read once. */
const NEXT_SENTENCE = /\s+["'(\[]?[A-Z0-9\u00a3]/y;
const SPACE = /\s/;

function splitBlock(text: string, block: Span, out: Span[]): void {
  const raw = text.slice(block.start, block.end);
  let sentenceStart = 0;
  for (const match of raw.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    NEXT_SENTENCE.lastIndex = end;
    if (!NEXT_SENTENCE.test(raw)) continue;
    if (match[0][0] === '.' && endsWithAbbreviation(raw, match.index)) continue;
    pushPieces(raw, sentenceStart, end, block.start, out);
    sentenceStart = end;
  }
  pushPieces(raw, sentenceStart, raw.length, block.start, out);
}

/** `raw[from, to)` without surrounding whitespace, in pieces of at most `MAX_SENTENCE` cut at whitespace. */
function pushPieces(raw: string, from: number, to: number, offset: number, out: Span[]): void {
  const slice = raw.slice(from, to);
  const trimmed = slice.trim();
  if (!trimmed) return;
  let start = from + slice.length - slice.trimStart().length;
  const end = start + trimmed.length;
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(raw, start);
    out.push({ start: offset + start, end: offset + start + raw.slice(start, cut).trimEnd().length });
    start = cut;
    while (SPACE.test(raw[start]!)) start++;
  }
  out.push({ start: offset + start, end: offset + end });
}

/** The last whitespace within `MAX_SENTENCE` of `start`, or, in one enormous word, that length without parting a surrogate pair. */
function cutPoint(raw: string, start: number): number {
  const limit = start + MAX_SENTENCE;
  for (let i = limit; i > start; i--) if (SPACE.test(raw[i]!)) return i;
  return /[\udc00-\udfff]/.test(raw[limit]!) ? limit - 1 : limit;
}

function endsWithAbbreviation(raw: string, dot: number): boolean {
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(raw.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word) && /\b[A-Z]$/.test(raw.slice(Math.max(0, dot - 2), dot));
}
