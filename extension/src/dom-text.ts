/**
 * Turns an editor's DOM into the plain text the engine checks, and keeps the
 * map back from text offsets to DOM positions so findings can be underlined
 * where they are without touching the editor.
 */
import type { Span } from '@probity/core';

/** How a site marks quoted material: the element itself, or everything from it to the end of the body. */
export type QuoteMarking = 'none' | 'element' | 'rest';

export interface TextSegment {
  /** Offset in the extracted text where this node's text begins. */
  start: number;
  node: Text;
}

export interface ExtractedText {
  text: string;
  quoted: Span[];
  segments: TextSegment[];
}

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

/**
 * Reads `root` the way a reader sees it: a line break for `<br>` and around
 * blocks, text nodes as they are (a no-break space counts as one space so
 * offsets stay one-to-one with the DOM).
 */
export function extractText(root: Element, quoteMarking: (element: Element) => QuoteMarking = () => 'none'): ExtractedText {
  let text = '';
  const segments: TextSegment[] = [];
  const quoted: Span[] = [];
  let quotedToEnd: number | null = null;

  // Whether the text ends a line, kept aside: asking the growing string itself would flatten it on every block.
  let atLineStart = true;
  const breakLine = () => {
    if (!atLineStart) text += '\n';
    atLineStart = true;
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      segments.push({ start: text.length, node: node as Text });
      text += data.replace(/\u00a0/g, ' ');
      atLineStart = data.endsWith('\n');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIPPED_ELEMENTS.has(element.tagName) || element.hasAttribute('hidden')) return;
    if (element.tagName === 'BR') {
      text += '\n';
      atLineStart = true;
      return;
    }
    const block = BLOCK_ELEMENTS.has(element.tagName);
    if (block) breakLine();
    const marking = quotedToEnd === null ? quoteMarking(element) : 'none';
    const quoteStart = text.length;
    if (marking === 'rest') quotedToEnd = quoteStart;
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakLine();
    if (marking === 'element' && text.length > quoteStart) quoted.push({ start: quoteStart, end: text.length });
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  if (quotedToEnd !== null && text.length > quotedToEnd) quoted.push({ start: quotedToEnd, end: text.length });
  return { text, quoted: mergeSpans(quoted), segments };
}

/** The DOM position of a text offset; an offset on a line break made by markup lands at the next text. */
export function positionAt(extracted: ExtractedText, offset: number, affinity: 'start' | 'end'): { node: Text; offset: number } | null {
  const { segments } = extracted;
  if (segments.length === 0) return null;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low]!;
  const within = offset - segment.start;
  if (within < 0) return { node: segment.node, offset: 0 };
  if (within <= segment.node.data.length) {
    // At the very end of a node the range should start in the next node, not before it.
    if (affinity === 'start' && within === segment.node.data.length && segments[low + 1]) {
      return { node: segments[low + 1]!.node, offset: 0 };
    }
    return { node: segment.node, offset: within };
  }
  const next = segments[low + 1];
  if (affinity === 'start' && next) return { node: next.node, offset: 0 };
  return { node: segment.node, offset: segment.node.data.length };
}

/** A live Range over text offsets [start, end) of the extracted text, or null when they fall outside it. */
export function rangeFor(extracted: ExtractedText, start: number, end: number): Range | null {
  if (start < 0 || end <= start || end > extracted.text.length) return null;
  const from = positionAt(extracted, start, 'start');
  const to = positionAt(extracted, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
