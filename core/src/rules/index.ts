import type { Rule } from '../rule.ts';
import { confidentialToOutsider } from './confidential-to-outsider.ts';
import { copyMemberCorrespondenceConsent } from './copy-member-correspondence-consent.ts';
import { disciplinaryStatement } from './disciplinary-statement.ts';
import { memberCapacityUnstated } from './member-capacity-unstated.ts';
import { memberInstructsOfficer } from './member-instructs-officer.ts';
import { memberLetterObligation } from './member-letter-obligation.ts';
import { memberOfficialLetter } from './member-official-letter.ts';
import { noBlindCopyMember } from './no-blind-copy-member.ts';
import { officerContactDetailsMissing } from './officer-contact-details-missing.ts';
import { officerCriticisedPublicly } from './officer-criticised-publicly.ts';
import { officerStaffingApproach } from './officer-staffing-approach.ts';
import { outOfHoursContact } from './out-of-hours-contact.ts';
import { partyBusinessRequest } from './party-business-request.ts';
import { partyGroupConfidentiality } from './party-group-confidentiality.ts';
import { personalDataToMember } from './personal-data-to-member.ts';
import { preElectionMemberNamed } from './pre-election-member-named.ts';
import { preElectionPublicMeeting } from './pre-election-public-meeting.ts';
import { pressureOnOfficerAdvice } from './pressure-on-officer-advice.ts';
import { publicityGroupAttribution } from './publicity-group-attribution.ts';
import { publicityPartyAffiliation } from './publicity-party-affiliation.ts';
import { publicityPartyPolitical } from './publicity-party-political.ts';
import { recruitmentCanvassing } from './recruitment-canvassing.ts';
import { wardMembersNotCopied } from './ward-members-not-copied.ts';

/** Every rule, in alphabetical order of id. A test checks this list against the files beside it. */
export const rules: readonly Rule[] = [
  confidentialToOutsider,
  copyMemberCorrespondenceConsent,
  disciplinaryStatement,
  memberCapacityUnstated,
  memberInstructsOfficer,
  memberLetterObligation,
  memberOfficialLetter,
  noBlindCopyMember,
  officerContactDetailsMissing,
  officerCriticisedPublicly,
  officerStaffingApproach,
  outOfHoursContact,
  partyBusinessRequest,
  partyGroupConfidentiality,
  personalDataToMember,
  preElectionMemberNamed,
  preElectionPublicMeeting,
  pressureOnOfficerAdvice,
  publicityGroupAttribution,
  publicityPartyAffiliation,
  publicityPartyPolitical,
  recruitmentCanvassing,
  wardMembersNotCopied,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
