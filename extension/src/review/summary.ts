/** The review's summary as term/value pairs: what was checked, against what, and what was found. */
import type { Finding, Kind, Review, Role } from '@probity/core';
import { describeCounts } from '@probity/ui';

/** What the "checked as at" moment was taken from. */
export type MomentBasis = 'chosen' | 'email' | 'now';

export interface SummaryInput {
  review: Review;
  chosenKind: Kind | undefined;
  council: string;
  moment: Date;
  momentBasis: MomentBasis;
  shown: readonly Finding[];
  dismissed: number;
}

const ROLE_WORDS: Record<Role, string> = {
  member: 'councillor', officer: 'council officer', press: 'press', government: 'government',
  external: 'outside the council', unknown: 'role not recognised',
};

const BASIS_WORDS: Record<MomentBasis, string> = { chosen: 'as chosen', email: "the email's date", now: 'now' };

export function summaryRows(input: SummaryInput): Array<[term: string, value: string]> {
  const { review } = input;
  const author = review.author.name
    ? `${review.author.name} (${ROLE_WORDS[review.author.role]})`
    : review.author.role === 'unknown' ? 'Not recognised' : `Unnamed (${ROLE_WORDS[review.author.role]})`;
  const counts = describeCounts(input.shown);
  return [
    ['Kind', `${review.kind} (${input.chosenKind ? 'as chosen' : 'detected'})`],
    ['Author', author],
    ['Findings', input.dismissed ? `${counts}; ${input.dismissed} dismissed` : counts],
    ['Council', input.council],
    ['Checked as at', `${formatMoment(input.moment)} (${BASIS_WORDS[input.momentBasis]})`],
  ];
}

export function formatMoment(moment: Date): string {
  return moment.toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
