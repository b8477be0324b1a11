/**
 * Separates what the author writes now from the thread being replied to or
 * forwarded (SPEC 3.2), and keeps who wrote each quoted part: the rules about
 * copying a member's correspondence depend on it.
 */
import type { Address, Span } from '../model.ts';
import { firstWhere } from '../spans.ts';

export interface QuotedPart extends Span {
  /** Who wrote the quoted message, when its header says so. */
  author: Address | null;
  forwarded: boolean;
}

interface Line { start: number; end: number; text: string }

const ATTRIBUTION = /^\s*On\b.{0,300}\bwrote:\s*$/i;
const ATTRIBUTION_OPENING = /^\s*On\s.{4,200}$/i;
const DIVIDER = /^\s*-{2,}\s*(?:original message|forwarded message|forwarded by .*)\s*-{2,}\s*$|^\s*begin forwarded message:\s*$/i;
/** A divider is a short line; a longer one is never tried against DIVIDER, whose "forwarded by" name and padding are ambiguous. */
const DIVIDER_LONGEST = 200;
const FORWARD_DIVIDER = /forward/i;
const RULE_LINE = /^\s*_{8,}\s*$/;
const FROM_HEADER = /^\s*\*?From:\*?\s*(.+)$/i;
const SENT_HEADER = /^\s*\*?(?:Sent|Date|To|Subject):\*?\s/i;
const QUOTE_MARK = /^\s*>/;
/** The quote marks opening a line, nested ones included: "> > From:". */
const QUOTE_MARK_PREFIX = /^(?:\s*>)+\s?/;

/**
 * Finds the quoted parts of a body; `marked` are spans the source's markup marks as quoted.
 * In a document (`ownHeader`), a From/Sent/To/Subject block on its first lines is the
 * document's own header, as classic Outlook's "Save as text" or a paste writes it, not a quote.
 */
export function findQuotedParts(text: string, marked: readonly Span[], ownHeader = false): QuotedPart[] {
  const lines = splitLines(text);
  const parts: QuotedPart[] = [];
  const firstLine = lines.findIndex((line) => line.text.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const header = threadHeaderAt(lines, i);
    if (!header) continue;
    if (ownHeader && i === firstLine && !header.attribution && FROM_HEADER.test(lines[i]!.text)) continue;
    const previous = parts[parts.length - 1];
    if (previous && previous.end > lines[i]!.start) previous.end = lines[i]!.start;
    const end = header.attribution ? endOfMarkedReply(lines, i + header.lines) : null;
    parts.push({ start: lines[i]!.start, end: end ?? text.length, author: header.author, forwarded: header.forwarded });
    i += header.lines - 1;
  }
  // Lines marked with ">" outside the parts found so far: inline quoting.
  for (const run of quoteMarkRuns(lines, parts)) {
    parts.push({ ...run, author: markedAuthor(lines, run), forwarded: false });
  }
  // Parts found in the text do not overlap: only the last one starting at or before a marked span can cover it.
  // Marked spans are taken outermost first, so `markedReach` tells whether one taken before covers the next.
  const fromText = [...parts].sort((a, b) => a.start - b.start);
  let markedReach = -1;
  for (const span of [...marked].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const covering = fromText[firstWhere(fromText, (part) => part.start > span.start) - 1];
    if (covering && covering.end >= span.end || markedReach >= span.end) continue;
    markedReach = Math.max(markedReach, span.end);
    parts.push({ start: span.start, end: span.end, author: attributionBefore(lines, span.start), forwarded: false });
  }
  return parts.sort((a, b) => a.start - b.start);
}

/** The spans of `length` not covered by any quoted part: the new text. */
export function newTextSpans(length: number, parts: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const part of [...parts].sort((a, b) => a.start - b.start)) {
    if (part.start > cursor) spans.push({ start: cursor, end: part.start });
    cursor = Math.max(cursor, part.end);
  }
  if (cursor < length) spans.push({ start: cursor, end: length });
  return spans;
}

/**
 * Where an "On … wrote:" quote ends when its lines are marked with ">" and the author
 * writes again below them (a reply under the quote, or answers between its parts);
 * null when the quote runs on to the end or the next header.
 */
function endOfMarkedReply(lines: Line[], from: number): number | null {
  let index = from;
  while (index < lines.length && !lines[index]!.text.trim()) index++;
  if (index === lines.length || !QUOTE_MARK.test(lines[index]!.text)) return null;
  let end = lines[index]!.end;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (QUOTE_MARK.test(line.text)) end = line.end;
    else if (line.text.trim()) return threadHeaderAt(lines, index) ? null : end;
  }
  return null;
}

interface ThreadHeader {
  author: Address | null;
  forwarded: boolean;
  /** How many lines the header takes. */
  lines: number;
  /** An "On … wrote:" line, under which a mail program marks the quote with ">". */
  attribution: boolean;
}

function threadHeaderAt(lines: Line[], i: number): ThreadHeader | null {
  const line = lines[i]!.text;
  if (ATTRIBUTION.test(line)) return { author: parseAttribution(line), forwarded: false, lines: 1, attribution: true };
  const next = lines[i + 1]?.text ?? '';
  if (ATTRIBUTION_OPENING.test(line) && !/wrote:\s*$/i.test(line) && /^\s*\S.{0,200}wrote:\s*$/i.test(next)) {
    return { author: parseAttribution(`${line} ${next}`), forwarded: false, lines: 2, attribution: true };
  }
  if (line.length <= DIVIDER_LONGEST && DIVIDER.test(line)) {
    const from = fromHeaderWithin(lines, i + 1, 6);
    return { author: from?.author ?? null, forwarded: FORWARD_DIVIDER.test(line), lines: from ? from.index - i + 1 : 1, attribution: false };
  }
  if (RULE_LINE.test(line) && FROM_HEADER.test(nextNonBlank(lines, i + 1)?.text ?? '')) {
    const from = fromHeaderWithin(lines, i + 1, 3);
    return { author: from?.author ?? null, forwarded: false, lines: from ? from.index - i + 1 : 1, attribution: false };
  }
  const from = FROM_HEADER.exec(line);
  if (from && hasHeaderWithin(lines, i + 1, 5)) return { author: parseMailbox(from[1]!), forwarded: false, lines: 1, attribution: false };
  return null;
}

function hasHeaderWithin(lines: Line[], from: number, count: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + count); j++) {
    if (SENT_HEADER.test(lines[j]!.text)) return true;
  }
  return false;
}

/** The From line of a message header block, and where it is, so the block is read once. */
function fromHeaderWithin(lines: Line[], from: number, count: number): { author: Address | null; index: number } | null {
  for (let j = from; j < Math.min(lines.length, from + count); j++) {
    const match = FROM_HEADER.exec(lines[j]!.text);
    if (match) return { author: parseMailbox(match[1]!), index: j };
  }
  return null;
}

function nextNonBlank(lines: Line[], from: number): Line | undefined {
  for (let j = from; j < lines.length; j++) if (lines[j]!.text.trim()) return lines[j];
  return undefined;
}

function attributionBefore(lines: Line[], offset: number): Address | null {
  const index = firstWhere(lines, (line) => line.end >= offset);
  if (index === lines.length) return null;
  for (let j = index; j >= Math.max(0, index - 3); j--) {
    const line = lines[j];
    if (line && ATTRIBUTION.test(line.text)) return parseAttribution(line.text);
  }
  return null;
}

/**
 * Who wrote a run of ">" lines, when the run opens with its own header: some
 * mail programs mark the "On … wrote:" line or the From/Sent block with ">"
 * as well as the message under it.
 */
function markedAuthor(lines: Line[], run: Span): Address | null {
  const first = firstWhere(lines, (line) => line.start >= run.start);
  const unmarked: Line[] = [];
  for (let j = first; j < lines.length && lines[j]!.start < run.end && unmarked.length < 6; j++) {
    unmarked.push({ ...lines[j]!, text: lines[j]!.text.replace(QUOTE_MARK_PREFIX, '') });
  }
  const opening = unmarked.findIndex((line) => line.text.trim() !== '');
  if (opening < 0) return null;
  if (ATTRIBUTION.test(unmarked[opening]!.text)) return parseAttribution(unmarked[opening]!.text);
  const from = FROM_HEADER.exec(unmarked[opening]!.text);
  return from && hasHeaderWithin(unmarked, opening + 1, 5) ? parseMailbox(from[1]!) : null;
}

/** Runs of ">" lines that no part in `found` (in text order, not overlapping) covers. */
function quoteMarkRuns(lines: Line[], found: readonly Span[]): Span[] {
  const runs: Span[] = [];
  let next = 0;
  for (const line of lines) {
    while (next < found.length && found[next]!.end <= line.start) next++;
    const covering = found[next];
    if (covering && covering.start <= line.start || !QUOTE_MARK.test(line.text)) continue;
    const last = runs[runs.length - 1];
    if (last && last.end + 1 >= line.start) last.end = line.end;
    else runs.push({ start: line.start, end: line.end });
  }
  return runs;
}

/** "On 3 Mar 2026, at 09:12, Cllr Grace Mensah <cllr.grace.mensah@example.gov.uk> wrote:" */
export function parseAttribution(line: string): Address | null {
  // Whitespace is collapsed first: a header line may carry any run of it.
  const body = line.replace(/\s+/g, ' ').replace(/^\s*On\s+/i, '').replace(/\s*wrote:\s*$/i, '');
  // The address ends the line: it is read back from the end, so no pattern is tried from every position.
  const open = body.lastIndexOf('<');
  const angle = open < 0 ? null : /^<\s*([^<>\s]+)\s*>\s*$/.exec(body.slice(open));
  if (angle && isAddress(angle[1]!)) {
    const nameStart = Math.max(body.lastIndexOf(',', open - 1), body.lastIndexOf('<', open - 1), body.lastIndexOf('>', open - 1)) + 1;
    return { name: cleanName(body.slice(nameStart, open)), address: angle[1]!.toLowerCase() };
  }
  const lastWord = /(?:^|[\s,<>])([^\s,<>]+)$/.exec(body.trimEnd())?.[1] ?? '';
  if (isAddress(lastWord)) return { name: '', address: lastWord.toLowerCase() };
  const name = body.split(',').pop()?.replace(/^\s*at\s+\d{1,2}[:.]\d{2}\s*/i, '') ?? '';
  return name.trim() ? { name: cleanName(name), address: '' } : null;
}

/** An "@" with something on either side of it. */
function isAddress(value: string): boolean {
  const at = value.indexOf('@', 1);
  return at > 0 && at < value.length - 1;
}

/** "Cllr Jane Okafor <cllr.jane.okafor@example.gov.uk>", "Okafor, Jane [mailto:…]", "jane@x.org". */
export function parseMailbox(value: string): Address | null {
  const text = value.trim();
  const angle = /^(.*?)[<[]\s*(?:mailto:)?([^<>[\]\s@]+@[^<>[\]\s]+)\s*[>\]]/i.exec(text);
  if (angle) return { name: cleanName(angle[1]!), address: angle[2]!.toLowerCase() };
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { name: '', address: text.toLowerCase() };
  return text ? { name: cleanName(text), address: '' } : null;
}

function cleanName(value: string): string {
  let name = value.replace(/["*]/g, '').replace(/\s+/g, ' ').trim();
  const surnameFirst = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (surnameFirst && !/\d/.test(name)) name = `${surnameFirst[2]} ${surnameFirst[1]}`;
  return name;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

export { splitLines, type Line };
