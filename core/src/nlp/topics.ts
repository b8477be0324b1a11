/**
 * Lexical detectors for the conduct rules, each compiled once from its word
 * list in core/data. Each returns where in a sentence it matched.
 */
import type { Sentence } from '../recognise/sentences.ts';
import { anyOf, firstHit, type Hit } from './lexicon.ts';
import partyWork from '../../data/party-work.json';
import { isAsking } from './directive.ts';

const PARTY_WORK = anyOf(partyWork.work, 'gi');
const ALLOWED_PARTY = anyOf(partyWork.allowed);
/** Party newsletter titles; capitals matter, so "our Moorside Focus" counts and "our focus" does not. */
const PARTY_TITLE = new RegExp(partyWork.titles, 'g');
/** What follows a party name that makes it party work: "the Abbey Conservatives' leaflet", "our Lib Dem selection meeting". */
const AFTER_PARTY = new RegExp(partyWork.afterParty, 'i');
const PRODUCTION = new RegExp(partyWork.production, 'i');

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
