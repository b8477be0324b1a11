/** The rule catalogue of SPEC §5 and §4 as the product contract fixes it, for the tests that hold the code to it. */
import type { Profile, Severity } from '../core/src/index.ts';

/** SPEC §5, in the order the catalogue lists them, with each rule's default severity. */
export const SPEC_CATALOGUE: Record<string, Severity> = {
  'no-blind-copy-member': 'error',
  'copy-member-correspondence-consent': 'warning',
  'member-letter-obligation': 'error',
  'member-official-letter': 'info',
  'member-capacity-unstated': 'warning',
  'ward-members-not-copied': 'warning',
  'officer-contact-details-missing': 'info',
  'publicity-party-affiliation': 'error',
  'publicity-group-attribution': 'error',
  'publicity-party-political': 'error',
  'pre-election-member-named': 'error',
  'pre-election-public-meeting': 'warning',
  'officer-criticised-publicly': 'warning',
  'member-instructs-officer': 'warning',
  'pressure-on-officer-advice': 'error',
  'disciplinary-statement': 'error',
  'party-business-request': 'error',
  'party-group-confidentiality': 'warning',
  'personal-data-to-member': 'warning',
  'confidential-to-outsider': 'warning',
  'officer-staffing-approach': 'warning',
  'recruitment-canvassing': 'warning',
  'out-of-hours-contact': 'info',
};

/** SPEC §4: the only rules limited to some profiles; every other rule is on in all of them. */
export const SPEC_PROFILE_ONLY: Record<string, Profile[]> = {
  'ward-members-not-copied': ['part5-borough'],
  'officer-contact-details-missing': ['london-councils'],
};
