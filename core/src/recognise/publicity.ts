/**
 * Party politics in council publicity: members tied to a party, policy
 * credited to a party or group, and campaigning. The three publicity rules
 * share these so that the more specific reading wins for the same words.
 */
import type { Analysis } from '../analysis.ts';
import type { Span } from '../model.ts';
import type { Mention } from './mentions.ts';
import type { PartyMention } from './parties.ts';
import type { Sentence } from './sentences.ts';
import { anyOf } from '../nlp/lexicon.ts';
import { firstWhere, startingIn } from '../spans.ts';
import publicity from '../../data/publicity.json';

const ROLE_BEFORE_NAME = /^(?:'s)?\s+(?:(?:(?:ward\s+|borough\s+|county\s+)?councillors?|cllrs?\.?|members?|group\s+leader|leader|deputy\s+leader|spokesperson|spokesman|spokeswoman|candidate|cabinet\s+member|mp|mayor)\s*)?(?:[,:]\s*)?$/i;
const APPOSITION = /^(?:\s*(?:\(\s*)?|\s*,\s*(?:(?:the|a|an|and)\s+|[a-z][\w'-]*\s+){0,5}|\s+(?:of|from|for)\s+the\s+)$/;
const GROUP_AFTER = new RegExp(`^(?:'s)?\\s*(?:-\\s*)?${publicity.groupWords}\\b|^\\s+${publicity.groupWords}\\b`, 'i');
const RULING = anyOf([publicity.ruling], 'gi');
const CREDIT_BEFORE = new RegExp(publicity.credit, 'i');
const CAMPAIGN = publicity.campaign.map((pattern) => new RegExp(pattern.replace('{party}', '[A-Z][\\w ]+'), 'i'));
const ATTACK = anyOf([publicity.attack]);
const OPPOSITION = /\b(?:the opposition|opposition (?:group|groups|members|councillors|parties|party))\b/i;

export interface Affiliation { span: Span; mention: Mention; party: PartyMention }

/** Members and candidates named with their party: "Labour councillor Jane Okafor", "Cllr Okafor (Con)". */
export function partyAffiliations(analysis: Analysis): Affiliation[] {
  const text = analysis.body.text;
  const parties = analysis.parties.filter((party) => party.affiliation);
  const byEnd = [...parties].sort((a, b) => a.end - b.end);
  const found: Affiliation[] = [];
  for (const mention of analysis.mentions) {
    if (mention.who === 'officer') continue;
    const party = partyBefore(text, mention, byEnd) ?? partyAfter(text, mention, parties);
    if (!party) continue;
    const start = Math.min(mention.start, party.start);
    let end = Math.max(mention.end, party.end);
    if (text[end] === ')' && text[start] !== '(') end++;
    found.push({ span: { start, end }, mention, party });
  }
  return found;
}

/** The earliest party ending up to 40 characters before the name, with at most a role between: "Labour councillor". */
function partyBefore(text: string, mention: Mention, byEnd: readonly PartyMention[]): PartyMention | undefined {
  let earliest: PartyMention | undefined;
  let i = firstWhere(byEnd, (party) => party.end >= mention.start - 40);
  for (; i < byEnd.length && byEnd[i]!.end <= mention.start; i++) {
    const party = byEnd[i]!;
    if (earliest && earliest.start <= party.start) continue;
    if (ROLE_BEFORE_NAME.test(text.slice(party.end, mention.start))) earliest = party;
  }
  return earliest;
}

/** The first party starting up to 60 characters after the name, in apposition: "Cllr Okafor (Con)", "Jane Okafor, the Labour…". */
function partyAfter(text: string, mention: Mention, byStart: readonly PartyMention[]): PartyMention | undefined {
  return startingIn(byStart, mention.end, mention.end + 61).find((party) => {
    const between = text.slice(mention.end, party.start);
    return !/[.!?"\n]/.test(between) && APPOSITION.test(between);
  });
}

/** Credit given to a party, a party group or the ruling group: "the Labour administration's new scheme". */
export function groupAttributions(analysis: Analysis): Span[] {
  const text = analysis.body.text;
  const attached = new Set(partyAffiliations(analysis).map((affiliation) => affiliation.party));
  const spans: Span[] = [];
  for (const party of analysis.parties) {
    if (attached.has(party) || party.abbreviation || isAttackOn(analysis, party)) continue;
    const after = GROUP_AFTER.exec(text.slice(party.end, party.end + 40));
    if (after && (party.affiliation || /group/i.test(after[0]))) {
      spans.push({ start: withArticle(text, party.start), end: party.end + after[0].length });
      continue;
    }
    const before = text.slice(Math.max(0, party.start - 40), party.start);
    if (party.affiliation && CREDIT_BEFORE.test(before)) spans.push({ start: withArticle(text, party.start), end: party.end });
  }
  for (const span of analysis.newText) {
    for (const match of text.slice(span.start, span.end).matchAll(RULING)) {
      spans.push({ start: span.start + match.index!, end: span.start + match.index! + match[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Campaigning or attacks on a party or the opposition, in sentences not already read as credit to a group. */
export function partyPolitical(analysis: Analysis): Array<{ sentence: Sentence; span: Span }> {
  const attributions = groupAttributions(analysis);
  const results: Array<{ sentence: Sentence; span: Span }> = [];
  // Sentences and attributions both in text order: `reach` is the furthest end of those starting before this sentence ends.
  let seen = 0;
  let reach = -1;
  for (const sentence of analysis.sentences) {
    for (; seen < attributions.length && attributions[seen]!.start < sentence.end; seen++) reach = Math.max(reach, attributions[seen]!.end);
    if (reach > sentence.start) continue;
    const parties = startingIn(analysis.parties, sentence.start, sentence.end)
      .filter((party) => party.affiliation && party.end <= sentence.end);
    const opposition = OPPOSITION.exec(sentence.text);
    if (parties.length === 0 && !opposition) continue;
    if (!ATTACK.test(sentence.text) && !CAMPAIGN.some((pattern) => pattern.test(sentence.text))) continue;
    const target = parties[0] ? { start: parties[0].start, end: parties[0].end }
      : { start: sentence.start + opposition!.index, end: sentence.start + opposition!.index + opposition![0].length };
    results.push({ sentence, span: { start: sentence.start, end: Math.max(sentence.end, target.end) } });
  }
  return results;
}

/** A party named in a sentence that attacks or campaigns is party-political, not credit to a group. */
function isAttackOn(analysis: Analysis, party: PartyMention): boolean {
  const sentence = analysis.sentences[firstWhere(analysis.sentences, (candidate) => candidate.start > party.start) - 1];
  return sentence !== undefined && party.end <= sentence.end && ATTACK.test(sentence.text);
}

function withArticle(text: string, start: number): number {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) ? start - 4 : start;
}
