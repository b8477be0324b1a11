/** The review's summary as term/value pairs: what was checked, against what, by whom, when, and what was found. */
import { PROFILE_PROTOCOLS, ukDateTime, type Finding, type Kind, type Profile, type Review, type Role } from '@probity/core';
import { describeCounts } from '@probity/ui';

/** What the "checked as at" moment was taken from. */
export type MomentBasis = 'chosen' | 'email' | 'now';

export interface SummaryInput {
  title: string;
  review: Review;
  chosenKind: Kind | undefined;
  council: string;
  profile: Profile;
  moment: Date;
  momentBasis: MomentBasis;
  /** When the review was done, and by whom (empty when no name was given). */
  reviewedAt: Date;
  reviewer: string;
  shown: readonly Finding[];
  dismissed: number;
}

const ROLE_WORDS: Record<Role, string> = {
  member: 'councillor', officer: 'council officer', press: 'press', government: 'government',
  external: 'outside the council', unknown: 'role not recognised',
};

const KIND_WORDS: Record<Kind, string> = { email: 'Email', letter: 'Letter', 'press-release': 'Press release' };

const BASIS_WORDS: Record<MomentBasis, string> = { chosen: 'as chosen', email: "the email's date", now: 'the time of the review' };

export function summaryRows(input: SummaryInput): Array<[term: string, value: string]> {
  const { review } = input;
  const author = review.author.name
    ? `${review.author.name} (${ROLE_WORDS[review.author.role]})`
    : review.author.role === 'unknown' ? 'Not recognised' : `Unnamed (${ROLE_WORDS[review.author.role]})`;
  const counts = describeCounts(input.shown);
  return [
    ['Document', input.title],
    ['Council', input.council],
    ['Protocol', PROFILE_PROTOCOLS[input.profile].name],
    ['Kind', `${KIND_WORDS[review.kind]} (${input.chosenKind ? 'as chosen' : 'detected'})`],
    ['Author', author],
    ['Checked as at', `${formatMoment(input.moment)} (${BASIS_WORDS[input.momentBasis]})`],
    ['Reviewed', formatMoment(input.reviewedAt)],
    ['Reviewer', input.reviewer || 'Not given'],
    ['Findings', input.dismissed ? `${counts}; ${input.dismissed} dismissed` : counts],
  ];
}

/** A moment as people in England write it, on the council's clock: "Monday 2 March 2026, 10:00". */
export function formatMoment(moment: Date): string {
  return ukDateTime(moment);
}
