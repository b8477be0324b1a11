/**
 * Party politics in council publicity: members tied to a party, policy
 * credited to a party or group, and campaigning. The three publicity rules
 * share these so that the more specific reading wins for the same words.
 */
import type { Analysis } from '../analysis.ts';
import type { CouncilConfig, Span } from '../model.ts';
import type { Mention } from './mentions.ts';
import type { PartyMention } from './parties.ts';
import type { Sentence } from './sentences.ts';
import { anyOf, termGroup } from '../nlp/lexicon.ts';
import { evaluate, isNegative } from '../nlp/evaluation.ts';
import { clauses, wordsAfter, wordsBefore } from '../nlp/words.ts';
import { lexiconClasses } from '../nlp/verbs.ts';
import { firstWhere, startingIn } from '../spans.ts';
import publicity from '../../data/publicity.json';

/** A role a party label may stand before: "Labour councillor", "Conservative Leader of the Council", "Labour's Cabinet Member for Adult Social Care". */
const LABELLED_ROLE = String.raw`(?:(?:ward|borough|county|council)\s+)?(?:councillors?|leader)|cllrs?\.?|members?|group\s+leader|deputy\s+leader|spokesperson|spokesman|spokeswoman|candidate|mp|mayor|(?:cabinet|executive|lead)\s+member|portfolio\s+holder|chair(?:man|woman)?`;
/** What a role is of or for, in up to five words: "of the Council", "for Adult Social Care". */
const REMIT = String.raw`(?:\s+(?:for|of)(?:\s+(?:[A-Z][\w'-]*|and|&)){1,5})?`;
/** Up to two roles between a party and the name it labels: "Labour councillor", "Liberal Democrat council leader", "Labour councillor and Cabinet Member for Housing,". */
const ROLE_BEFORE_NAME = new RegExp(String.raw`^(?:'s)?\s+(?:(?:${LABELLED_ROLE})${REMIT}\s*(?:and\s+)?){0,2}(?:[,:]\s*)?$`, 'i');
/** How far before a name its party label may end: two roles, one with a five-word remit. */
const LABEL_REACH = 90;
/** A council role in apposition, between a name and a party label: "Cllr Ann Lee, Cabinet Member for Housing, and Labour councillor…". */
const ROLE_BETWEEN = String.raw`(?:(?:Cabinet|Executive|Lead)\s+Member|Portfolio\s+Holder|Chair(?:man|woman)?|Deputy\s+Leader|Leader)\s+(?:for|of)\s+[^,.;()\n]{1,60},\s*(?:and\s+)?`;
/** Up to the party: nothing, an opening bracket with up to two list items before it ("(Northfield, Lab"), or a short apposition, perhaps after a role. */
const APPOSITION = new RegExp(String.raw`^(?:\s*(?:\((?:[^(),;\n]{1,30}[,;]\s*){0,2})?|\s*,\s*(?:${ROLE_BETWEEN})?(?:(?:the|a|an|and)\s+|[a-z][\w'-]*\s+|(?:Deputy\s+)?(?:Leader|Chair|Whip|Spokesperson)\s+of\s+){0,5}|\s+(?:of|from|for)\s+the\s+)$`);
/** The rest of a bracketed list the party sits in: "(Labour, Northfield ward)". */
const BRACKET_REST = /^[^()\n]{0,40}\)/;
/** The party's people after its name: "the Liberal Democrat group", "Labour councillors". */
const PARTY_PEOPLE = /^(?:'s?)?\s+(?:group|councillors?|members?)\b/i;
const GROUP_AFTER = new RegExp(`^(?:'s)?\\s*(?:-\\s*)?${publicity.groupWords}\\b|^\\s+${publicity.groupWords}\\b`, 'i');
const DESCRIBED = new RegExp(`^${publicity.describedWords}$`, 'i');
/** Single-word forms that are also ordinary words ("Green skills scheme"): credited through describing words only as a possessive. */
const ORDINARY_FORMS = /^(?:green|independent|reform)$/i;
/** Word classes that end a run of describing words: "Labour has backed the scheme" credits nothing. */
const NOT_DESCRIBING = new Set(['Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun']);
const RULING = anyOf([publicity.ruling], 'gi');
const CREDIT_BEFORE = new RegExp(publicity.credit, 'i');
/** Verbs that only credit after a policy they act on: "a promise Kestrel Heath Labour made" credits; "Labour made a statement" does not. */
const POLICY_ONLY = new Set(['made', 'gave', 'kept']);
/**
 * The party as the doer, just after its name: "Labour has delivered…", "the
 * Conservatives, who voted to shut it", "the Greens wanted to close…". A
 * relative pronoun, auxiliaries and an adverb may come between, and an
 * intention ("voted to", "wanted to") before the verb.
 */
function partyAsAgent(verbs: string): RegExp {
  return new RegExp(String.raw`^(?:'s?)?,?\s+(?:(?:who|which|that)\s+)?(?:(?:has|have|had|then|finally|already|also|quietly|simply|\w+ly)\s+){0,3}(?:(?:voted|wanted|tried|planned|chose|decided|moved|went on)\s+to\s+)?${verbs}\b`, 'i');
}
const CREDIT_AGENT = partyAsAgent(termGroup(publicity.creditVerbs.filter((entry) => !POLICY_ONLY.has(entry.term))));
const HARM_AGENT = partyAsAgent(termGroup(publicity.harmVerbs));
/** A policy just before the party, which the party then made or kept: "a promise Kestrel Heath Labour made". */
const POLICY_BEFORE = new RegExp(String.raw`\b${publicity.describedWords}\s+(?:(?:that|which)\s+)?$`, 'i');
const POLICY_VERB_AFTER = new RegExp(String.raw`^\s+(?:(?:has|have|had)\s+)?${termGroup(publicity.creditVerbs)}\b`, 'i');
/** A counterfactual about a party's rule: "Had Labour been running Eastbury…", "if the Greens had won…", "left to the Conservatives…". */
const COUNTERFACTUAL_BEFORE = /(?:^|[^\w'])(?:had|were|left to|up to)\s+(?:the\s+)?$/i;
const COUNTERFACTUAL_IF = /(?:^|[^\w'])if\s+(?:the\s+)?$/i;
const HAD_AFTER = /^\s+(?:had|'d)\b/i;
const WOULD = /\b(?:would|could|might)\b|'d\b/i;
const POLL_APPEAL = new RegExp(`\\b${termGroup(publicity.pollAppeals)}\\b`, 'i');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A clause told to the reader: it opens on a verb's bare form ("- keep the borough on the right track in May"). */
function opensWithBareVerb(text: string): boolean {
  return clauses(text).some((clause) => {
    const first = /^\s*(?:(?:so|then|now|just|please)\s+)?([a-z]+)/i.exec(text.slice(clause.start, clause.end))?.[1];
    return first !== undefined && lexiconClasses(first.toLowerCase()).includes('Infinitive');
  });
}

/** The readers of a release, as the subject an appeal is put to. */
const READERS = /\b(?:you|residents|voters|people|families|everyone|electors)\b/i;
/** Words about how to vote, not whom: registration, ID, postal and proxy votes, polling stations. Factual election notices use them. */
const ELECTORAL_PROCEDURE = /\b(?:register(?:ed|ing)?|registration|photo(?:graphic)? id|voter id|postal votes?|proxy|polling stations?|ballot papers?|poll card)\b/i;
/** A policy of the party, or one made by it, just before its name: "the flagship pledges of the", "the savings plan drawn up by the". */
const POLICY_OF = new RegExp(String.raw`\b${publicity.describedWords}(?:\s+[\w-]+){0,3}?\s+(?:of|by|from)\s+(?:the\s+)?$`, 'i');
/** How many words before a party a credited policy may stand: the policy noun, three words of how it was made, "by the". */
const POLICY_REACH = 6;
const CAMPAIGN = publicity.campaign.map((pattern) => new RegExp(pattern, 'i'));
const CAMPAIGN_BEFORE_PARTY = new RegExp(publicity.campaignBeforeParty, 'i');
const VOTE_CALL = anyOf([...publicity.voteCall, ...publicity.electoralAppeal.map((appeal) => appeal.pattern)]);
const ELECTION = new RegExp(publicity.election, 'i');
/** "The opposition", "the reckless opposition", "opposition councillors"; not residents' "opposition to the plans". */
const OPPOSITION = /\b(?:the (?:(?!opposition\b)[a-z]+ )?opposition\b(?! (?:to|from|of|among|amongst|by|within|in)\b)|opposition (?:group|groups|members|councillors|parties|party)\b)/gi;

const POLITICAL_FACT = new RegExp(publicity.politicalFact, 'i');
const QUOTED = new RegExp(publicity.quoted, 'i');
/** How many words after a name its speech verb may come: past an apposition such as "Cabinet Member for Environment and Leisure,". */
const QUOTE_REACH = 10;
/** A role in a party group ("Leader of the Labour Group", "Green group spokesperson"): who leads which group, not a party label. */
const GROUP_ROLE = /\b(?:leader|deputy leader|whip|chair|spokesperson|spokesman|spokeswoman)\b/i;
/** A group role just before a party's name: "the Leader of the", "Deputy Leader of the". */
const GROUP_ROLE_OF = new RegExp(String.raw`${GROUP_ROLE.source}\s+of\s+(?:the\s+)?$`, 'i');

/**
 * A sentence that reports an election's outcome or who holds control ("the
 * Liberal Democrats won 28 seats and retain overall control") states a fact:
 * naming the parties there is neither credit nor an attack, as long as it
 * condemns nobody.
 */
function reportsPoliticalFact(analysis: Analysis, at: number): boolean {
  const sentence = sentenceAt(analysis, at);
  return sentence !== undefined && POLITICAL_FACT.test(sentence.text) && !isNegative(evaluate(sentence.text));
}

/** Whether the member is quoted: a speech verb or a quotation mark just after the name or its apposition, or just before it ("said Cllr Lee"). */
function isQuoted(analysis: Analysis, mention: Mention): boolean {
  const sentence = sentenceAt(analysis, mention.start);
  if (!sentence) return false;
  const text = analysis.body.text;
  const before = wordsBefore(text.slice(sentence.start, mention.start), mention.start - sentence.start, 3);
  const after = wordsAfter(text.slice(0, sentence.end), mention.end, QUOTE_REACH);
  return QUOTED.test(before) || QUOTED.test(after);
}

function sentenceAt(analysis: Analysis, at: number): Sentence | undefined {
  const sentence = analysis.sentences[firstWhere(analysis.sentences, (candidate) => candidate.end > at)];
  return sentence && sentence.start <= at ? sentence : undefined;
}

export interface Affiliation { span: Span; mention: Mention; party: PartyMention }

const affiliationsOf = new WeakMap<Analysis, Affiliation[]>();
const attributionsOf = new WeakMap<Analysis, Span[]>();

/** Members and candidates named with their party: "Labour councillor Jane Okafor", "Cllr Okafor (Con)". */
export function partyAffiliations(analysis: Analysis): Affiliation[] {
  const known = affiliationsOf.get(analysis);
  if (known) return known;
  const text = analysis.body.text;
  const parties = analysis.parties.filter((party) => party.affiliation);
  const byEnd = [...parties].sort((a, b) => a.end - b.end);
  const found: Affiliation[] = [];
  for (const mention of analysis.mentions) {
    if (mention.who === 'officer') continue;
    const party = partyBefore(text, mention, byEnd) ?? partyWithin(mention, parties) ?? partyAfter(text, mention, parties);
    if (!party) continue;
    // Who leads which group, or who won a seat, is a fact; it labels the member only when they are quoted.
    const between = party.start > mention.end ? text.slice(mention.end, party.start) : mention.title ?? '';
    const factual = GROUP_ROLE.test(between) || reportsPoliticalFact(analysis, mention.start);
    if (factual && !isQuoted(analysis, mention)) continue;
    const start = Math.min(mention.start, party.start);
    let end = Math.max(mention.end, party.end);
    if (party.start > mention.end) {
      const rest = text.slice(end, end + 41);
      const bracket = text.slice(mention.end, party.start).includes('(') ? BRACKET_REST.exec(rest) : null;
      end += bracket?.[0].length ?? PARTY_PEOPLE.exec(rest)?.[0].length ?? 0;
    }
    found.push({ span: { start, end }, mention, party });
  }
  affiliationsOf.set(analysis, found);
  return found;
}

/** The earliest party ending shortly before the name, with at most two roles between: "Labour councillor". */
function partyBefore(text: string, mention: Mention, byEnd: readonly PartyMention[]): PartyMention | undefined {
  let earliest: PartyMention | undefined;
  let i = firstWhere(byEnd, (party) => party.end >= mention.start - LABEL_REACH);
  for (; i < byEnd.length && byEnd[i]!.end <= mention.start; i++) {
    const party = byEnd[i]!;
    if (earliest && earliest.start <= party.start) continue;
    if (ROLE_BEFORE_NAME.test(text.slice(party.end, mention.start))) earliest = party;
  }
  return earliest;
}

/** A party in the role a member is named by: "the Leader of the Conservative Group". */
function partyWithin(mention: Mention, byStart: readonly PartyMention[]): PartyMention | undefined {
  return mention.title ? startingIn(byStart, mention.start, mention.end).find((party) => party.end <= mention.end) : undefined;
}

/** The first party starting up to 60 characters after the name, in apposition: "Cllr Okafor (Con)", "Jane Okafor, the Labour…". */
function partyAfter(text: string, mention: Mention, byStart: readonly PartyMention[]): PartyMention | undefined {
  return startingIn(byStart, mention.end, mention.end + 131).find((party) => {
    const between = text.slice(mention.end, party.start);
    // A line break may fall between a name and its party ("Cllr Jane Okafor\n(Labour)"); a blank line parts them.
    return !/[.!?"]|\n\s*\n/.test(between) && APPOSITION.test(between);
  });
}

/** Credit given to a party, a party group or the ruling group: "the Labour administration's new scheme". */
export function groupAttributions(analysis: Analysis): Span[] {
  const known = attributionsOf.get(analysis);
  if (known) return known;
  const text = analysis.body.text;
  const attached = new Set(partyAffiliations(analysis).map((affiliation) => affiliation.party));
  const spans: Span[] = [];
  for (const party of analysis.parties) {
    if (attached.has(party) || party.abbreviation || inPlaceName(text, party) || isAttackOn(analysis, party)) continue;
    // "The Leader of the Labour Group" says who leads which group: a fact, not credit (issue #9, point 7).
    if (GROUP_ROLE_OF.test(wordsBefore(text, party.start, 4))) continue;
    // Who took control is a fact, but a policy credited to the party in the same sentence is still credit.
    if (reportsPoliticalFact(analysis, party.start) && !POLICY_OF.test(wordsBefore(text, party.start, POLICY_REACH))) continue;
    const after = GROUP_AFTER.exec(text.slice(party.end, party.end + 40));
    if (after && (party.affiliation || /group/i.test(after[0]))) {
      spans.push({ start: withArticle(text, party.start), end: party.end + after[0].length });
      continue;
    }
    const described = party.affiliation ? describedAfter(text, party) : 0;
    if (described) {
      spans.push({ start: withArticle(text, party.start), end: party.end + described });
      continue;
    }
    // A local party is named after its area: "delivered by Calderbrook Labour", "a promise Kestrel Heath Labour made".
    const start = localPartyStart(analysis, party);
    const before = text.slice(Math.max(0, start - 40), start);
    if (!party.affiliation) continue;
    if (CREDIT_BEFORE.test(before)) {
      spans.push({ start: withArticle(text, start), end: party.end });
      continue;
    }
    const next = text.slice(party.end, party.end + 60);
    const credited = CREDIT_AGENT.exec(next) ?? (POLICY_BEFORE.test(before) ? POLICY_VERB_AFTER.exec(next) : null);
    if (credited) spans.push({ start: withArticle(text, start), end: party.end + credited[0].length });
  }
  for (const span of analysis.newText) {
    // A phrase may be wrapped over two lines ("The ruling\ngroup"): a single line break reads as a space, offsets unchanged.
    for (const match of text.slice(span.start, span.end).replace(/\n+/g, (breaks) => (breaks.length === 1 ? ' ' : breaks)).matchAll(RULING)) {
      spans.push({ start: span.start + match.index!, end: span.start + match.index! + match[0].length });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  attributionsOf.set(analysis, spans);
  return spans;
}

/**
 * A party form that is also an ordinary word, inside a place's name: "Abbey
 * Green", "Bethnal Green", "Green Lane". A capitalised word other than "the"
 * just before it, or a street word just after it, makes it a place: no party
 * for credit, attack or campaigning.
 */
function inPlaceName(text: string, party: PartyMention): boolean {
  if (!ORDINARY_FORMS.test(text.slice(party.start, party.end))) return false;
  const before = capitalisedBefore(text, party.start)?.[1];
  return (before !== undefined && !/^the$/i.test(before)) || /^\s+(?:Lane|Road|Street|Park|Way|Close|Avenue|Common|End)\b/.test(text.slice(party.end, party.end + 12));
}

/** The capitalised word just before `at`, with the space after it ([0]) and the word alone ([1]). */
function capitalisedBefore(text: string, at: number): RegExpExecArray | null {
  return /([A-Z][\w'-]*)\s+$/.exec(text.slice(Math.max(0, at - 30), at));
}

const placeWords = new WeakMap<CouncilConfig, Set<string>>();
const pollReferences = new WeakMap<CouncilConfig, RegExp>();

/** The words of the council's and its wards' names, lower case, once per configuration. */
function placeWordsOf(config: CouncilConfig): Set<string> {
  let words = placeWords.get(config);
  if (!words) {
    words = new Set([config.council, ...config.members.flatMap((member) => member.wards)].join(' ').toLowerCase().split(/\s+/));
    placeWords.set(config, words);
  }
  return words;
}

/** Where a local party's name starts: the capitalised words of the council's or a ward's name just before the party ("Kestrel Heath Labour"). */
function localPartyStart(analysis: Analysis, party: PartyMention): number {
  const text = analysis.body.text;
  const places = placeWordsOf(analysis.config);
  let start = party.start;
  for (let words = 0; words < 3; words++) {
    const word = capitalisedBefore(text, start);
    if (!word || !places.has(word[1]!.toLowerCase())) break;
    start -= word[0].length;
  }
  return start;
}

/**
 * The length of up to four describing words and a policy or group noun after
 * the party, or 0: "Labour's flagship free breakfast club scheme", "the Labour
 * flagship scheme". A verb, a joining word or punctuation ends the run.
 */
function describedAfter(text: string, party: PartyMention): number {
  const after = text.slice(party.end, party.end + 80);
  const possessive = /^'s?(?=\s)/.exec(after)?.[0].length ?? 0;
  if (!possessive && ORDINARY_FORMS.test(text.slice(party.start, party.end))) return 0;
  const words = /^(?:\s+[^\s]+){1,5}/.exec(after.slice(possessive))?.[0] ?? '';
  let length = possessive;
  for (const spaced of words.match(/\s+[^\s]+/g) ?? []) {
    const word = spaced.trim();
    const bare = word.replace(/[,.;:!?)"]+$/, '');
    length += spaced.length - (word.length - bare.length);
    if (DESCRIBED.test(bare)) return length;
    if (bare !== word || !isDescribing(bare, possessive > 0)) return 0;
  }
  return 0;
}

/** A word that can stand between a party and what is credited to it: "flagship", "free", "£2m", "long-awaited". */
function isDescribing(word: string, possessive: boolean): boolean {
  if (!/^(?:[A-Za-z][\w'-]*|£?\d[\d.,]*(?:m|bn|k)?)$/.test(word)) return false;
  const classes = lexiconClasses(word.toLowerCase());
  return !classes.some((kind) => NOT_DESCRIBING.has(kind) && (!possessive || kind !== 'PastTense'));
}

/**
 * Campaigning for or against a party, or attacks on a party or the
 * opposition, in sentences not already read as credit to a group. A party
 * named as a member's affiliation is that rule's (SPEC 5), and an attack must
 * stand near the party it is about, on the same side of any quotation mark.
 */
export function partyPolitical(analysis: Analysis): Array<{ sentence: Sentence; span: Span }> {
  const text = analysis.body.text;
  const attributions = groupAttributions(analysis);
  const affiliated = new Set(partyAffiliations(analysis).map((affiliation) => affiliation.party));
  const results: Array<{ sentence: Sentence; span: Span }> = [];
  const poll = pollReference(analysis);
  // Sentences and attributions both in text order: `reach` is the furthest end of those starting before this sentence ends.
  let seen = 0;
  let reach = -1;
  for (const sentence of analysis.sentences) {
    for (; seen < attributions.length && attributions[seen]!.start < sentence.end; seen++) reach = Math.max(reach, attributions[seen]!.end);
    if (reach > sentence.start) continue;
    const parties = startingIn(analysis.parties, sentence.start, sentence.end)
      .filter((party) => party.affiliation && party.end <= sentence.end && !affiliated.has(party) && !inPlaceName(text, party));
    // "The Leader of the Opposition" is a member's role, not the opposition spoken of.
    const roles = startingIn(analysis.mentions, sentence.start, sentence.end).filter((mention) => mention.title);
    const targets: Span[] = [...parties, ...[...sentence.text.matchAll(OPPOSITION)]
      .map((match) => ({ start: sentence.start + match.index!, end: sentence.start + match.index! + match[0].length }))
      .filter((target) => !roles.some((role) => role.start <= target.start && target.end <= role.end))];
    if (targets.length === 0) continue;
    // A party named beside polling day is campaigning, unless the sentence reports a result ("Labour held the seat on 6 May").
    const campaign = CAMPAIGN.some((pattern) => pattern.test(sentence.text))
      || parties.some((party) => CAMPAIGN_BEFORE_PARTY.test(text.slice(Math.max(sentence.start, party.start - 30), party.start)))
      || parties.length > 0 && poll.test(sentence.text) && !POLITICAL_FACT.test(sentence.text);
    if (!campaign && !targets.some((target) => attackNear(text, sentence, target))) continue;
    results.push({ sentence, span: { start: sentence.start, end: sentence.end } });
  }
  return results;
}

/**
 * A call to vote one way with no party named ("will know exactly where to put
 * their cross"). It is campaigning when tied to the election: by the release
 * falling in the pre-election period (`inPeriod`), or by the election named in
 * it or the sentence either side.
 */
export function voteCalls(analysis: Analysis, inPeriod: boolean): Sentence[] {
  const sentences = analysis.sentences;
  const poll = pollReference(analysis);
  return sentences.filter((sentence, index) => {
    if (!VOTE_CALL.test(sentence.text) && !(inPeriod && appealsAtThePoll(sentence, poll))) return false;
    return inPeriod || sentences.slice(Math.max(0, index - 1), index + 2).some((other) => ELECTION.test(other.text));
  });
}

/**
 * How a draft can point at polling day: "polling day", "at the polls", or the
 * day or month of one of the council's polls ("on 6 May", "in May"). "From
 * 1 May" says when something starts, not the poll.
 */
function pollReference(analysis: Analysis): RegExp {
  const known = pollReferences.get(analysis.config);
  if (known) return known;
  const months = [...new Set(analysis.config.elections.map((election) => MONTHS[Number(election.poll.slice(5, 7)) - 1]!))];
  const dated = months.length > 0 ? String.raw`|\b(?:on|in|this|next|come|after|before|by)\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${months.join('|')})\b` : '';
  const reference = new RegExp(String.raw`\b(?:polling day|election day|at the polls|at the ballot box)\b${dated}`);
  pollReferences.set(analysis.config, reference);
  return reference;
}

/**
 * An appeal about the outcome, tied to polling day: continuity or reversal of
 * the council's work ("keep the borough on the right track in May", "on 6 May
 * residents have the chance to make sure this work carries on") or support
 * asked for the writers ("on 7 May … back us"). Words about how to vote
 * (registering, photo ID, postal votes) make it an election notice instead.
 */
function appealsAtThePoll(sentence: Sentence, poll: RegExp): boolean {
  const text = sentence.text;
  if (!poll.test(text) || ELECTORAL_PROCEDURE.test(text)) return false;
  if (/\b(?:back|support|vote for|re-?elect|stand (?:by|with)|stick with)\s+us\b/i.test(text)) return true;
  // Continuity or reversal is an appeal only when put to the readers: told to them, or offered to them as a chance.
  return POLL_APPEAL.test(text) && (READERS.test(text) || opensWithBareVerb(text));
}

/** A party named in a sentence that attacks it is party-political, not credit to a group. */
function isAttackOn(analysis: Analysis, party: PartyMention): boolean {
  const sentence = analysis.sentences[firstWhere(analysis.sentences, (candidate) => candidate.start > party.start) - 1];
  return sentence !== undefined && party.end <= sentence.end && attackNear(analysis.body.text, sentence, party);
}

/**
 * Attacks a party need no phrase list: a negative evaluation (AFINN-165 and the
 * council supplement) in the clause that names the party, or in a relative
 * clause just after it ("the Liberal Democrats, whose sums never add up"), on
 * the same side of any quotation mark. These structural forms carry the
 * attack without an evaluative word.
 */
const STRUCTURAL_ATTACK = [
  // What a place was like under a party: "the state of the park under the Conservatives", "the bad old days of Labour".
  /\b(?:state|condition|shape|mess|days|years|decade) (?:\S+ ){0,5}?(?:under|of|left by)(?: the)?\s*$/i,
  /\bwhat (?:\S+ ){1,4}?(?:looked|was|were) like under(?: the)?\s*$/i,
  // A reminder of a party's last time in charge: "residents remember what happened the last time Labour ran the town hall".
  /\b(?:remember|remembers|remembered|recall|recalls|forget|forgets|forgotten) what happened (?:the )?last time(?: the)?\s*$/i,
  /\bput (?:\S+ ){0,4}?at risk\b/i,
  // The harm a party's plan would have done: "would have shut two libraries".
  /\bwould have (?:shut|closed|cut|sold|scrapped|axed|slashed|hiked|raised|doubled|abandoned|hit)\b/i,
  /(?:\bnot|\bnever|n't|\bcannot) (?:be )?trust(?:ed)?\b/i,
  /\bvot(?:e|es|ed|ing) against\b/i,
  /\btr(?:y|ies|ied|ying) to (?:stop|block|prevent|derail|wreck|sabotage|scrap)\b/i,
  // Neglect charged to a party: "let the lido rot", "let the town centre fall apart".
  /\blet (?:\S+ ){1,3}?(?:rot|decay|crumble|decline|wither|fall apart|fall into disrepair|go to rack and ruin|go to ruin)\b/i,
];
/** What turns to another subject: attack words after it are about something else ("opposed by residents, but the Greens…"). */
const CONTRAST = /^\s*(?:but|however|while|whilst|whereas|although|though)\b/i;

/** Negative words about the target: in its clause, or after it up to the next turn of subject, quotation mark or semicolon. */
function attackNear(text: string, sentence: Sentence, target: Span): boolean {
  const local = sentence.text;
  const at = target.start - sentence.start;
  const parts = clauses(local);
  const index = parts.findIndex((clause) => clause.start <= at && at < clause.end);
  if (index < 0) return false;
  const scope = [parts[index]!];
  for (let next = index + 1; next < parts.length; next++) {
    const clause = parts[next]!;
    if (CONTRAST.test(local.slice(clause.start, clause.end)) || /["\u201c\u201d;]/.test(local.slice(scope[scope.length - 1]!.end, clause.start))) break;
    scope.push(clause);
  }
  const leadIn = local.slice(parts[index]!.start, at);
  const after = local.slice(target.end - sentence.start);
  if (HARM_AGENT.test(after)) return true;
  // A counterfactual about a party's rule says what it would have done: "Had Labour been running Eastbury, parents would still be waiting".
  const counterfactual = COUNTERFACTUAL_BEFORE.test(leadIn) || COUNTERFACTUAL_IF.test(leadIn) && HAD_AFTER.test(after);
  if (counterfactual && WOULD.test(local)) return true;
  if (STRUCTURAL_ATTACK.some((pattern) => pattern.test(leadIn) || scope.some((clause) => pattern.test(local.slice(clause.start, clause.end))))) return true;
  return scope.some((clause) => isNegative(evaluate(local, clause)));
}

function withArticle(text: string, start: number): number {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) ? start - 4 : start;
}
