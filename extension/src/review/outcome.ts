/**
 * The review's outcome in one line and the notes that qualify it. Probity
 * says a document follows the protocol only when it read every part as the
 * author's words and nothing was dismissed; otherwise it says what was not
 * checked or what was set aside, so a filed report never reassures about
 * something nobody looked at.
 */
import { outcomeOf, type Finding, type Span } from '@probity/core';

export type OutcomeLevel = 'error' | 'warning' | 'unchecked' | 'dismissed' | 'clean';

export interface Outcome {
  level: OutcomeLevel;
  /** The core's one line (outcomeOf), with the quoted parts counted among what was not read. */
  headline: string;
  notes: string[];
}

export interface OutcomeInput {
  /** The findings still open. */
  shown: readonly Finding[];
  dismissed: readonly Finding[];
  /** The body's text, to tell how much of it the quoted parts cover. */
  body: string;
  /** Spans of the body read as quoted or forwarded, not as the author's words. */
  quoted: readonly Span[];
  /** Parts of the file that were not read, in words (Review.unread). */
  unread: readonly string[];
  /** Why there was nothing to check, or null (Review.nothingToCheck). */
  nothingToCheck: string | null;
  /** Checked against the example council, which stands in for the council's own. */
  demoCouncil: boolean;
  /** The council has no election set up, so nothing was checked against a pre-election period. */
  noElection: boolean;
}

export function reviewOutcome({ shown, dismissed, body, quoted, unread, nothingToCheck, demoCouncil, noElection }: OutcomeInput): Outcome {
  const notes: string[] = [];
  const unchecked = uncheckedWords(body, quoted);
  let quotedPart: string | null = null;
  if (unchecked.all) {
    quotedPart = 'all of the text, which reads as a quoted or forwarded message';
    notes.push('None of the text was checked as the author’s own words. If it is the author’s text, remove the From:, Sent:, To: and Subject: lines above it, or the “wrote:” line, and check it again.');
  } else if (unchecked.parts > 0) {
    quotedPart = `${unchecked.parts === 1 ? 'a quoted or forwarded part' : `${unchecked.parts} quoted or forwarded parts`}, as the author’s own words`;
    notes.push(`${unchecked.parts === 1 ? 'The quoted part is' : 'The quoted parts are'} marked in the document.`);
  }
  if (dismissed.length > 0) notes.push(`${dismissed.length === 1 ? 'One finding was' : `${dismissed.length} findings were`} dismissed with a reason; see “Dismissed findings”.`);
  if (demoCouncil) notes.push('Checked against the example council, a demo: its members, parties and elections are not your council’s. Set up your council in Probity’s settings, or open its council.json here.');
  if (noElection) notes.push('No election is set up for this council, so nothing was checked against a pre-election period.');

  const core = outcomeOf({ findings: shown, dismissed, unread: [...unread, ...(quotedPart ? [quotedPart] : [])], nothingToCheck }, 'document');
  const level: OutcomeLevel = core.status === 'findings'
    ? (shown.some((finding) => finding.severity === 'error') ? 'error' : 'warning')
    : core.status === 'follows-protocol' ? 'clean'
      : core.status === 'nothing-left' && unread.length === 0 && !quotedPart ? 'dismissed' : 'unchecked';
  return { level, headline: core.headline, notes };
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
