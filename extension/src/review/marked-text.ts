/**
 * The reviewed document's text with its flagged words marked. Findings may
 * overlap (a warning inside an error's sentence) or touch; the text is cut at
 * every finding's edge and the pieces are joined back into runs, so every
 * character is shown once, inside at most one <mark>, coloured by the most
 * serious finding that covers it.
 */
import type { Field, Finding, Severity, Span } from '@probity/core';
import { element } from '../pages/elements.ts';

export interface TextRun {
  start: number;
  end: number;
  /** The most serious finding's severity over the run; null for unflagged text. */
  severity: Severity | null;
  /** Every finding that covers some of the run, in the order they start. */
  findings: Finding[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Cuts `text` into runs covering all of it. Neighbouring pieces stay in one
 * run while they share a finding and the same severity, so an error sentence
 * with a warning inside it is one error mark, while two errors that merely
 * touch stay two marks.
 */
export function markedRuns(text: string, findings: readonly Finding[], field: Field = 'body'): TextRun[] {
  const spans = findings.flatMap((finding) => {
    if (finding.field !== field || finding.start === null || finding.end === null) return [];
    const start = Math.max(0, Math.min(finding.start, text.length));
    const end = Math.max(0, Math.min(finding.end, text.length));
    return start < end ? [{ start, end, finding }] : [];
  });
  const edges = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);

  // A sweep over the edges with the spans open at each, so thousands of findings stay cheap.
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  let open: typeof spans = [];
  const runs: TextRun[] = [];
  for (let index = 0; index + 1 < edges.length; index += 1) {
    const start = edges[index]!;
    const end = edges[index + 1]!;
    open = open.filter((span) => span.end > start);
    while (next < byStart.length && byStart[next]!.start === start) open.push(byStart[next++]!);
    const covering = open.map((span) => span.finding);
    const severity = mostSerious(covering);
    const previous = runs.at(-1);
    if (previous && previous.severity === severity && (severity === null || covering.some((finding) => previous.findings.includes(finding)))) {
      previous.end = end;
      for (const finding of covering) if (!previous.findings.includes(finding)) previous.findings.push(finding);
    } else {
      runs.push({ start, end, severity, findings: covering });
    }
  }
  return runs;
}

/** The most serious severity among `findings`, or null when there are none. */
export function mostSerious(findings: readonly Finding[]): Severity | null {
  let top: Severity | null = null;
  for (const { severity } of findings) if (top === null || RANK[severity] > RANK[top]) top = severity;
  return top;
}

export interface MarkedText {
  nodes: Node[];
  /** Each marked finding's <mark> elements, so the findings panel can point at them. */
  marks: Map<Finding, HTMLElement[]>;
}

/** Text nodes and <mark> elements for `text`, built with DOM calls only. */
export function renderMarkedText(document: Document, text: string, runs: readonly TextRun[]): MarkedText {
  const marks = new Map<Finding, HTMLElement[]>();
  const nodes = runs.map((run): Node => {
    const words = text.slice(run.start, run.end);
    if (run.severity === null) return document.createTextNode(words);
    const mark = element(document, 'mark', {
      className: `mark mark--${run.severity}`,
      text: words,
      // Focusable and announced as a control: its card opens on click, hover or keyboard focus (see word-card.ts).
      attributes: { 'data-rules': [...new Set(run.findings.map((finding) => finding.ruleId))].join(' '), tabindex: '0', role: 'button' },
    });
    for (const finding of run.findings) marks.set(finding, [...(marks.get(finding) ?? []), mark]);
    return mark;
  });
  return { nodes, marks };
}

/** The words that head a quoted or forwarded part of the document, so nobody takes it for checked text. */
export const QUOTED_LABEL = 'Quoted or forwarded: not checked as the author’s own words';

/**
 * `text` as one block per paragraph (a paragraph keeps the blank lines after it), each
 * marked as renderMarkedText does; a finding that crosses paragraphs has a mark in each.
 * Each `quoted` span becomes a labelled group of its own blocks.
 * The page lets the browser skip laying out blocks that are off screen, so a long
 * report shows as quickly as a short one.
 */
export function renderParagraphs(document: Document, text: string, runs: readonly TextRun[], quoted: readonly Span[] = []): MarkedText {
  const marks = new Map<Finding, HTMLElement[]>();
  const nodes: Node[] = [];
  const quotedParts = [...quoted].filter((span) => span.start < span.end).sort((a, b) => a.start - b.start);
  let group: HTMLElement | null = null;
  let groupSpan: Span | null = null;
  let next = 0;
  for (const { start, end } of blockSpans(text, quotedParts)) {
    const clipped: TextRun[] = [];
    while (next < runs.length && runs[next]!.end <= start) next += 1;
    for (let index = next; index < runs.length && runs[index]!.start < end; index += 1) {
      const run = runs[index]!;
      clipped.push({ ...run, start: Math.max(run.start, start), end: Math.min(run.end, end) });
    }
    const rendered = renderMarkedText(document, text, clipped);
    for (const [finding, elements] of rendered.marks) {
      const known = marks.get(finding);
      if (known) known.push(...elements);
      else marks.set(finding, elements);
    }
    const paragraph = element(document, 'div', { className: 'document__paragraph' }, rendered.nodes);
    const inside = quotedParts.find((span) => span.start <= start && end <= span.end) ?? null;
    if (!inside) {
      nodes.push(paragraph);
    } else {
      if (groupSpan !== inside || !group) {
        group = element(document, 'div', { className: 'document__quoted' }, [element(document, 'p', { className: 'document__quoted-label', text: QUOTED_LABEL })]);
        nodes.push(group);
      }
      group.append(paragraph);
    }
    groupSpan = inside;
  }
  return { nodes, marks };
}

/** Paragraphs, cut again wherever a quoted part starts or ends, so every block is wholly quoted or wholly not. */
function blockSpans(text: string, quoted: readonly Span[]): Span[] {
  const cuts = [...new Set(quoted.flatMap((span) => [span.start, span.end]))].filter((cut) => cut > 0 && cut < text.length).sort((a, b) => a - b);
  return paragraphSpans(text).flatMap(({ start, end }) => {
    const inner = cuts.filter((cut) => cut > start && cut < end);
    return [start, ...inner].map((from, index) => ({ start: from, end: inner[index] ?? end }));
  });
}

/** Where each paragraph of `text` starts and ends; a paragraph keeps the blank lines after it. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const gap of text.matchAll(/\n(?:[ \t]*\n)+/g)) {
    const end = gap.index + gap[0].length;
    if (end < text.length) {
      spans.push({ start, end });
      start = end;
    }
  }
  if (start < text.length || spans.length === 0) spans.push({ start, end: text.length });
  return spans;
}
