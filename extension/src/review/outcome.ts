/**
 * The review's outcome in one line and the notes that qualify it. Probity
 * says a document follows the protocol only when it read every part as the
 * author's words and nothing was dismissed; otherwise it says what was not
 * checked or what was set aside, so a filed report never reassures about
 * something nobody looked at.
 */
import type { Finding, Span } from '@probity/core';
import { describeCounts } from '@probity/ui';

export type OutcomeLevel = 'error' | 'warning' | 'unchecked' | 'dismissed' | 'clean';

export interface Outcome {
  level: OutcomeLevel;
  headline: string;
  notes: string[];
}

export interface OutcomeInput {
  /** The findings still open. */
  shown: readonly Finding[];
  dismissed: number;
  /** The body's text, to tell how much of it the quoted parts cover. */
  body: string;
  /** Spans of the body read as quoted or forwarded, not as the author's words. */
  quoted: readonly Span[];
  /** Checked against the example council, which stands in for the council's own. */
  demoCouncil: boolean;
  /** The council has no election set up, so nothing was checked against a pre-election period. */
  noElection: boolean;
}

export function reviewOutcome({ shown, dismissed, body, quoted, demoCouncil, noElection }: OutcomeInput): Outcome {
  const notes: string[] = [];
  if (demoCouncil) notes.push('Checked against the example council, a demo: its members, parties and elections are not your council’s. Set up your council in Probity’s settings, or open its council.json here.');
  if (noElection) notes.push('No election is set up for this council, so nothing was checked against a pre-election period.');
  const unchecked = uncheckedWords(body, quoted);
  if (unchecked.all) {
    notes.push('All of the text reads as a quoted or forwarded message, so none of it was checked as the author’s own words. If it is the author’s text, remove the From:, Sent:, To: and Subject: lines above it, or the “wrote:” line, and check it again.');
  } else if (unchecked.parts > 0) {
    notes.push(`${unchecked.parts === 1 ? 'One quoted or forwarded part was' : `${unchecked.parts} quoted or forwarded parts were`} not checked as the author’s own words; ${unchecked.parts === 1 ? 'it is' : 'they are'} marked in the document.`);
  }
  if (dismissed > 0) notes.push(`${dismissed === 1 ? 'One finding was' : `${dismissed} findings were`} dismissed with a reason; see “Dismissed findings”.`);

  const errors = shown.filter((finding) => finding.severity === 'error').length;
  if (errors > 0) return { level: 'error', headline: `Not ready to send: ${describeCounts(shown)} to resolve.`, notes };
  if (shown.length > 0) return { level: 'warning', headline: `Check before sending: ${describeCounts(shown)}.`, notes };
  if (unchecked.all) return { level: 'unchecked', headline: 'Not checked: nothing in it was read as the author’s own words.', notes };
  if (unchecked.parts > 0) return { level: 'unchecked', headline: 'No findings in the author’s own words; quoted parts were not checked.', notes };
  if (dismissed > 0) return { level: 'dismissed', headline: 'No open findings, but some were dismissed: the reasons are part of this review.', notes };
  return { level: 'clean', headline: 'No findings: this document follows the protocol as far as Probity can tell.', notes };
}

/** How many quoted parts hold words, and whether the author wrote no words outside them. */
function uncheckedWords(body: string, quoted: readonly Span[]): { parts: number; all: boolean } {
  const withWords = quoted.filter((span) => /\p{L}/u.test(body.slice(span.start, span.end)));
  if (withWords.length === 0) return { parts: 0, all: false };
  let outside = '';
  let from = 0;
  for (const span of [...quoted].sort((a, b) => a.start - b.start)) {
    outside += body.slice(from, Math.max(from, span.start));
    from = Math.max(from, span.end);
  }
  outside += body.slice(from);
  return { parts: withWords.length, all: !/\p{L}/u.test(outside) };
}
