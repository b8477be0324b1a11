/**
 * Lexical detectors for the conduct rules, each compiled once from its word
 * list in core/data. Each returns where in a sentence it matched.
 */
import type { Sentence } from '../recognise/sentences.ts';
import { allHits, anyOf, firstHit, notAfterRules, type Hit } from './lexicon.ts';
import partyWork from '../../data/party-work.json';
import recruitment from '../../data/recruitment.json';
import { isAsking } from './directive.ts';

const PARTY_WORK = anyOf(partyWork.work, 'gi');
const ALLOWED_PARTY = anyOf(partyWork.allowed);
/** Party newsletter titles; capitals matter, so "our Moorside Focus" counts and "our focus" does not. */
const PARTY_TITLE = new RegExp(partyWork.titles, 'g');
/** What follows a party name that makes it party work: "the Abbey Conservatives' leaflet", "our Lib Dem selection meeting". */
const AFTER_PARTY = new RegExp(partyWork.afterParty, 'i');
const PRODUCTION = new RegExp(partyWork.production, 'i');
const RECRUITMENT = anyOf(recruitment.patterns, 'gi');
const SUPPORT = anyOf([recruitment.support], 'gi');
const SUPPORT_NOT_AFTER = notAfterRules(recruitment.supportNotAfter);
const ENDORSEMENT = anyOf([recruitment.endorsement], 'gi');
/** Case matters: the candidate is a name ("see Anil Gupta get the job"). */
const NAMED_CANDIDATE = new RegExp(recruitment.namedCandidate, 'g');
const RECRUITMENT_CONTEXT = anyOf([recruitment.recruitment]);
const POST_CONTEXT = anyOf([recruitment.post]);
const SUPPORT_NEGATED = new RegExp(recruitment.supportNegated, 'i');
const SUPPORT_REQUESTED = new RegExp(recruitment.supportRequested, 'i');
const SUPPORT_DECLINED = new RegExp(recruitment.supportDeclined, 'i');

/** Party or campaign work; `parties` are the party names in the sentence, so "the Northfield Labour Party mailing list" and "the Tories' leaflet" count. */
export function partyWorkIn(sentence: Sentence, parties: readonly Hit[] = []): Hit | null {
  if (ALLOWED_PARTY.test(sentence.text)) return null;
  const work = firstHit(PARTY_WORK, sentence.text) ?? firstHit(PARTY_TITLE, sentence.text);
  if (work) return work;
  for (const party of parties) {
    const list = AFTER_PARTY.exec(sentence.text.slice(party.end, party.end + 80));
    if (list) return { start: party.start, end: party.end + list[0].length };
  }
  // Directive force over a party task: something to be produced, asked for in a sentence that names a party.
  const production = parties.length > 0 && isAsking(sentence) ? PRODUCTION.exec(sentence.text) : null;
  return production ? { start: production.index, end: production.index + production[0].length } : null;
}

/**
 * Support sought or offered for someone in a council appointment: "I'd appreciate your support when the panel decides",
 * "Martin Greaves, who has applied, would be an outstanding choice", "I'd like to see Anil Gupta get the job",
 * "Mark Ellison is the one we want".
 */
export function recruitmentCanvassIn(sentences: readonly Sentence[], index: number): Hit | null {
  const text = sentences[index]!.text;
  const explicit = firstHit(RECRUITMENT, text);
  if (explicit) return explicit;
  const near = (reach: number) => sentences.slice(Math.max(0, index - reach), index + reach + 1).map((one) => one.text);
  // The context is looked for first: it is cheaper than the support and praise phrases, and most sentences have none.
  if (near(1).some((one) => RECRUITMENT_CONTEXT.test(one))) {
    const support = allHits(SUPPORT, text, SUPPORT_NOT_AFTER).find((hit) => !supportWithheld(text, hit, near(1)));
    if (support) return support;
  }
  // Praise of, or hopes for, one person count only near an application, an interview or a named post.
  if (!near(2).some((one) => POST_CONTEXT.test(one))) return null;
  return firstHit(ENDORSEMENT, text) ?? firstHit(NAMED_CANDIDATE, text);
}

/**
 * Support the writer withholds: negated ("I can't put in a word", but not "I can't recommend her highly enough"),
 * or someone else's request recounted and turned down ("she asked me to put in a word… I told her I can't").
 */
function supportWithheld(text: string, hit: Hit, near: readonly string[]): boolean {
  const before = text.slice(Math.max(0, hit.start - 60), hit.start);
  if (SUPPORT_NEGATED.test(before)) return !/^[^.;]{0,40}\b(?:enough|too (?:highly|strongly|much))\b/i.test(text.slice(hit.end));
  return SUPPORT_REQUESTED.test(before) && near.some((one) => SUPPORT_DECLINED.test(one));
}
