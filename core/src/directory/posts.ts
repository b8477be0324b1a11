/**
 * Key posts ("Leader of the Council", "Deputy Leader and Portfolio Holder for
 * Youth & Community", "Conservative - Group Leader") turned into member roles.
 * A post that gives no role Probity uses (whips, business managers,
 * neighbourhood leads) is left out.
 */
import { MEMBER_ROLES, type MemberRole } from '../model.ts';
import { foldKey } from '../text.ts';
import { canonicalParty } from './party-names.ts';

const SPOKESPERSON = /\b(?:shadow|spokes(?:person|man|woman))\b/;

/**
 * Where one text holds two posts: before a word that opens a post, so
 * "Deputy Leader and Portfolio Holder for Youth" splits but "Cabinet Member for
 * Health and Wellbeing" does not.
 */
const NEXT_POST = / ?(?:,|&|\band\b) (?=(?:deputy|vice|leader|chair|chairman|chairwoman|cabinet|portfolio|executive|mayor|lord mayor|shadow|spokesperson|opposition)\b)/;

export function rolesFromPosts(texts: readonly string[]): MemberRole[] {
  const found = new Set<MemberRole>();
  for (const text of texts) {
    for (const line of text.split(/[;|\n]/)) {
      for (const post of foldKey(line).split(NEXT_POST)) {
        const role = roleOfPost(post);
        if (role) found.add(role);
      }
    }
  }
  return MEMBER_ROLES.filter((role) => found.has(role));
}

/** The role one post gives, on folded text; first match wins, so "Deputy Leader" is never "Leader". */
function roleOfPost(folded: string): MemberRole | undefined {
  const post = folded.replace(/^the /, '');
  const asRoleName = post.replace(/ /g, '-');
  const ownName = MEMBER_ROLES.find((role) => role === asRoleName);
  if (ownName) return ownName;
  const dash = post.indexOf(' - ');
  if (dash > 0 && isGroupName(post.slice(0, dash))) return roleInGroup(post.slice(dash + 3));
  if (SPOKESPERSON.test(post)) return 'spokesperson';
  if (/\bleader\b/.test(post) && /\b(?:group|opposition)\b/.test(post)) return /^deputy\b/.test(post) ? undefined : 'group-leader';
  // Deputy and assistant cabinet members help a portfolio holder but take no executive decisions.
  if (/^(?:deputy|assistant) (?:cabinet member|executive member|portfolio holder)\b/.test(post)) return undefined;
  if (/^deputy (?:council )?leader\b/.test(post)) return 'deputy-leader';
  if (/^(?:council )?leader\b/.test(post)) return 'leader';
  // Where the mayor is elected, a "Deputy Mayor for Housing" holds a portfolio.
  if (/^deputy (?:lord )?mayor for\b/.test(post)) return 'cabinet';
  // Where the chair of the council is styled mayor, as in a borough, the vice-chair is styled deputy mayor.
  if (/^deputy (?:lord )?mayor\b/.test(post)) return 'vice-chair';
  if (/\bmayor\b/.test(post)) return 'mayor';
  if (/\b(?:vice|deputy)[ -]?chair/.test(post)) return 'vice-chair';
  if (/\bchair(?:man|woman|person)?\b/.test(post)) return 'chair';
  if (/\b(?:cabinet|executive) member\b|\bportfolio holder\b/.test(post)) return 'cabinet';
  return undefined;
}

/** "Conservative", "Green & Valley Independent Group": the part before the dash of a group's own post. */
function isGroupName(text: string): boolean {
  return /\bgroup$/.test(text) || canonicalParty(text) !== undefined;
}

/** Within a group only its leader and its spokespeople hold roles Probity uses; a deputy group leader holds none. */
function roleInGroup(post: string): MemberRole | undefined {
  if (SPOKESPERSON.test(post)) return 'spokesperson';
  if (/\bleader\b/.test(post) && !/\bdeputy\b/.test(post)) return 'group-leader';
  return undefined;
}
