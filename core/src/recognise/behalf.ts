/**
 * Where a sentence says it speaks for the Council: "on behalf of the Council",
 * "on the Council's behalf", "on behalf of <its name>"; never when negated
 * ("I write as ward councillor, not on behalf of the Council"). Two rules ask
 * it: a member's official letter, and a member's letter that binds the Council.
 */
import { anyOf, firstHit, termGroup, type Hit } from '../nlp/lexicon.ts';
import { negatedAt } from '../nlp/words.ts';
import { escapeRegExp } from '../text.ts';
import officialLetter from '../../data/official-letter.json';

/** The Council by its kind: "council", "borough council", "the local authority", "the borough", "the cabinet". */
const THE_COUNCIL = `(?:(?:${termGroup(officialLetter.councilKinds)} )?(?:council|authority)|borough|cabinet)`;
/** Writing for the Council, not for people or places named after it ("on behalf of council tenants", "…the council's residents"). */
const BEHALF = [
  `\\bon behalf of (?:the |this )?${THE_COUNCIL}\\b(?!['’]| ${termGroup(officialLetter.councilCompounds.terms)}\\b)`,
  `\\bon (?:the |this )?${THE_COUNCIL}['’]s behalf\\b`,
  `\\bin the name of (?:the |this )?(?:${termGroup(officialLetter.councilKinds)} )?(?:council|authority)\\b`,
];
/** A council named in full ("on behalf of Kingsbridge Borough Council"): capitals tell a name from "residents across the borough". */
const NAMED_COUNCIL = /\b[Oo]n behalf of (?:the )?(?:[A-Z][\w'’-]+ ){1,4}(?:Council|Borough)\b/g;
const behalfPatterns = new Map<string, RegExp>();

export function councilBehalfIn(text: string, council: string): Hit | null {
  let pattern = behalfPatterns.get(council);
  if (!pattern) {
    const name = escapeRegExp(council.trim()).replace(/\s+/g, '\\s+');
    pattern = anyOf([...BEHALF, `\\bon behalf of (?:the )?${name}`, `\\bon ${name}['’]s behalf\\b`], 'gi');
    behalfPatterns.set(council, pattern);
  }
  const hit = earliest(firstHit(pattern, text), firstHit(NAMED_COUNCIL, text));
  return hit && !negatedAt(text, hit.start) ? hit : null;
}

export function earliest(...hits: Array<Hit | null>): Hit | null {
  return hits.reduce<Hit | null>((first, hit) => (hit && (!first || hit.start < first.start) ? hit : first), null);
}
