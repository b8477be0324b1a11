/**
 * What Probity may honestly say about a draft once checked. "Follows the
 * protocol" only when every part was read and nothing was dismissed; an empty
 * draft or bytes that are not text get "nothing to check" and the reason,
 * never "no findings" (the team's rule: fail safe and say so).
 */
import type { Draft, Finding } from './model.ts';

/** A share above which the body is binary or in an encoding we did not detect, not text with a few bad bytes. */
const UNREADABLE_SHARE = 0.3;

/** The draft the rules should read: a body that is not text is set aside and listed as unread. */
export function readablePart(draft: Draft): Draft {
  const { visible, notText } = countCharacters(draft.body);
  if (visible === 0 || notText / visible <= UNREADABLE_SHARE) return draft;
  const share = Math.round((notText / visible) * 100);
  return { ...draft, body: '', quoted: [], unread: [...draft.unread ?? [], `the text: ${share}% of its characters are unreadable bytes, so it is probably not a text file`] };
}

/**
 * Characters other than white space, and those of them no written text is
 * made of: U+FFFD, which decoders put where bytes are not valid in the
 * encoding, and control characters other than tab, line and page breaks.
 * Random bytes read as UTF-8 are about 60 % these. One pass, no copies:
 * bodies run to megabytes.
 */
function countCharacters(text: string): { visible: number; notText: number } {
  let visible = 0;
  let notText = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue;
    visible++;
    if (code === 0xfffd || code < 0x20 || code === 0x7f) notText++;
  }
  return { visible, notText };
}

/** Why there is nothing to check, or null when there is: text in the subject or body, or a recipient. */
export function nothingToCheck(draft: Draft): string | null {
  const recipients = draft.to.length + draft.cc.length + draft.bcc.length;
  if (draft.body.trim() || draft.subject.trim() || recipients > 0) return null;
  if (draft.unread?.length) return `nothing in it could be read (${draft.unread.join('; ')})`;
  return draft.source === 'document' ? 'it has no text' : 'it has no text and no recipients';
}

export interface ReviewCoverage {
  findings: readonly Finding[];
  dismissed: readonly Finding[];
  unread: readonly string[];
  nothingToCheck: string | null;
}

export type Outcome =
  /** Nothing could be checked; `reason` says why. */
  | { status: 'nothing-to-check'; headline: string; reason: string }
  /** Findings remain to be dealt with. */
  | { status: 'findings'; headline: string }
  /** Nothing to raise, but the check was not complete: something was dismissed or not read. */
  | { status: 'nothing-left'; headline: string; reservations: string[] }
  /** Everything was read, nothing was found and nothing dismissed. */
  | { status: 'follows-protocol'; headline: string };

/**
 * The one line every surface leads with. `noun` is what the user checked:
 * "message", "document".
 */
export function outcomeOf(review: ReviewCoverage, noun = 'draft'): Outcome {
  if (review.nothingToCheck) {
    return { status: 'nothing-to-check', headline: `Nothing to check: ${review.nothingToCheck}.`, reason: review.nothingToCheck };
  }
  if (review.findings.length > 0) {
    const count = review.findings.length;
    return { status: 'findings', headline: `${count === 1 ? '1 finding' : `${count} findings`} to look at.` };
  }
  const reservations = [
    ...(review.dismissed.length ? [`${review.dismissed.length === 1 ? '1 finding was' : `${review.dismissed.length} findings were`} dismissed`] : []),
    ...review.unread.map((part) => `not read: ${part}`),
  ];
  if (reservations.length > 0) {
    return { status: 'nothing-left', headline: `No findings left, but ${reservations.join('; ')}.`, reservations };
  }
  return { status: 'follows-protocol', headline: `Nothing to raise: this ${noun} follows the protocol as far as Probity can tell.` };
}
