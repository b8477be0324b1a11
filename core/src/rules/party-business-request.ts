import type { Rule } from '../rule.ts';
import type { Analysis } from '../analysis.ts';
import { isAsking } from '../nlp/directive.ts';
import { anyOf, firstHit, termGroup, type Hit } from '../nlp/lexicon.ts';
import { rememberer } from '../nlp/remember.ts';
import { clauses, words, wordsAfter } from '../nlp/words.ts';
import type { Sentence } from '../recognise/sentences.ts';
import { startingIn } from '../spans.ts';
import partyWork from '../../data/party-work.json';
import { reportInSentence } from './support.ts';

/** Model protocol 83 and 133 and the other protocols' equivalents: officers and council resources are not used for party or campaign work. */
export const partyBusinessRequest: Rule = {
  meta: {
    id: 'party-business-request',
    title: 'Party-political work asked of officers',
    severity: 'error',
    description: 'An officer is asked for party-political or campaign work, or council resources are used for it.',
    messages: {
      partyWork: '"{words}" asks for party or campaign work from council staff or resources.',
    },
    suggestions: {
      partyWork: 'Do party and campaign work through the party, not council officers or resources; officers can brief a group on council business only.',
    },
  },
  check(analysis, context) {
    if (!analysis.addressees.some((person) => person.role === 'officer')) return;
    if (analysis.author.role !== 'member' && analysis.author.role !== 'unknown') return;
    const sentences = analysis.sentences;
    const every = [...sentences.keys()];
    const parties = sentences.map((sentence) => partiesIn(analysis, sentence));
    const asking = sentences.map((sentence) => isAsking(sentence));
    const named = sentences.map((sentence, at) => namedPartyWork(sentence, parties[at]!));
    const purpose = sentences.map((sentence, at) => purposeIn(sentence, parties[at]!));
    const tasks = sentences.map((sentence, at) => (asking[at] ? taskIn(sentence.text) : null));
    // A sentence beside a request gives it a purpose only when it is the writer's own party or campaign
    // ("We're holding a Pennock Conservatives action day… Could you knock up a leaflet?") or says where the
    // work goes ("They will go into the party's supporters list."), not a forecast about another party
    // ("…will be on every Tory leaflet. I expect you to remove that paragraph.").
    const own = sentences.map((sentence, at) => (FIRST_PERSON.test(sentence.text) || REFERS_BACK.test(sentence.text))
      && Boolean(named[at] || purpose[at]));
    const ownWork = (at: number) => Boolean(named[at] && own[at]);
    // A request with a party task, its purpose in the request or beside it ("The Ferry Lane Labour newsletter is
    // nearly done. Could you tidy up the headline?").
    // A request that gives its own purpose ("… so the library manager can thank them") takes none from beside it.
    const besideLends = (at: number) => !statesPurpose(sentences[at]!.text) && Boolean(named[at - 1] || own[at - 1] || named[at + 1] || own[at + 1]);
    const purposed = every.filter((at) => tasks[at] && (named[at] || purpose[at] || besideLends(at)));
    // Each request put to the officer naming party work or beside the writer's own ("Our Moorside Focus goes to
    // the printers… Would you have half an hour to knock it into shape?"); failing those, each request naming
    // it; failing those, the first request beside the writer's own.
    const direct = every.filter((at) => asking[at] && TO_OFFICER.test(sentences[at]!.text) && (named[at] || ownWork(at - 1) || ownWork(at + 1)));
    const namedRequests = every.filter((at) => asking[at] && named[at]);
    const beside = every.filter((at) => asking[at] && (ownWork(at - 1) || ownWork(at + 1))).slice(0, 1);
    const reported = purposed.length > 0
      ? [...new Set([...purposed, ...direct])].sort((a, b) => a - b)
      : [direct, namedRequests, beside].find((list) => list.length > 0) ?? [];
    for (const at of reported) {
      const sentence = sentences[at]!;
      reportInSentence(context, analysis, sentence, named[at] ?? tasks[at] ?? { start: 0, end: sentence.text.length }, 'partyWork');
    }
  },
};

/** The party names in a sentence, as offsets within it. */
function partiesIn(analysis: Analysis, sentence: Sentence): Hit[] {
  return startingIn(analysis.parties, sentence.start, sentence.end)
    .filter((party) => party.end <= sentence.end && party.affiliation)
    .map((party) => ({ start: party.start - sentence.start, end: party.end - sentence.start }));
}

// ---- Party work named outright: "our Lib Dem Focus leaflet", "the Abbey Conservatives' leaflet", "canvassing".

/** Words that leave a phrase's owner open: "our", "my", "the party's", "the group's". */
const OWNER = "(?:our|my|the party['’]s|the group['’]s)";
/**
 * The shapes of party work named in a sentence (Model protocol 83, 106 and 133), each a structure over the
 * word lists in party-work.json:
 * - party or campaign material: a party label before material ("Lib Dem literature", "election address");
 * - a campaign's events ("campaign launch", "re-election bid");
 * - campaign activity ("canvassing", "knock on their doors");
 * - a party's own business ("party fundraiser", "party group business") and the writer's own campaign ("our candidates");
 * - selections and conferences ("candidate selection", "the Conservative spring conference");
 * - a party's or campaign's lists ("the party's supporters list", "our campaign database");
 * - signing people up to the party, and a local party's meetings ("our branch AGM");
 * - work for the campaign or the party ("for the campaign").
 */
const PARTY_WORK = anyOf([
  `\\b${termGroup(partyWork.partyLabels)}\\s+${termGroup(partyWork.partyMaterials)}\\b`,
  `\\b(?:campaign|election|re-?election)\\s+${termGroup(partyWork.campaignEvents)}\\b`,
  `\\b${termGroup(partyWork.campaignActivities)}\\b`,
  "\\bknock(?:s|ing)?\\s+on\\s+(?:(?:their|the|people['’]s|residents['’]|voters['’])\\s+)?doors\\b",
  `\\bparty\\s+${termGroup(partyWork.partyBusiness)}\\b`,
  `\\b${OWNER}\\s+${termGroup(partyWork.ownCampaign)}\\b`,
  `\\b${termGroup(partyWork.selections)}\\s+selection\\b`,
  `\\b${termGroup(partyWork.conferenceKinds)}\\s+(?:\\w+\\s+){0,2}(?:party\\s+)?conference\\b`,
  `\\b(?:${termGroup(partyWork.listOwners)}|(?:our|my|the)\\s+(?:election\\s+|re-?election\\s+)?campaign)(?:['’]s)?\\s+(?:[\\w'’-]+\\s+){0,2}?${termGroup(partyWork.partyLists)}\\b`,
  "\\b(?:join|joining|sign(?:ing)?\\s+(?:(?:them|people|residents)\\s+)?up\\s+to|recruit\\s+(?:them|residents|people)\\s+(?:to|into))\\s+(?:the|our|my)\\s+(?:local\\s+)?party\\b",
  `\\b${OWNER}\\s+(?:local\\s+)?${termGroup(partyWork.partyUnits)}\\s+${termGroup(partyWork.unitEvents)}\\b`,
  '\\bfor\\s+(?:the|our)\\s+(?:campaign|election\\s+leaflet|party)\\b',
], 'gi');
/**
 * Party newsletters by their own titles, capitals mattering: "our Moorside Focus", "the latest In Touch", but
 * not "our focus" or "our focus on…". After a place name a title stands even before "on" ("the attached
 * Southgate Focus on the copier"); only a focus group is no newsletter there.
 */
const TITLE = termGroup(partyWork.newsletterTitles);
const PARTY_TITLE = new RegExp(`\\b(?:[Oo]ur|[Mm]y|[Tt]he|[Nn]ext|[Tt]his|[Ll]ast)(?:\\s+${termGroup(partyWork.editions)})?\\s+`
  + `(?:(?:[A-Z][\\w'’-]+\\s+){1,2}${TITLE}\\b(?!\\s+groups?\\b)|${TITLE}\\b(?!\\s+${termGroup(partyWork.focusSenses)}\\b))`, 'g');
/**
 * What follows a party's name that makes it the party's work, within the party's own noun phrase: "the Abbey
 * Conservatives' leaflet", "the Oakwood East Conservatives' autumn "In Touch" leaflet", not "Labour complained
 * about the leaflet".
 */
const AFTER_PARTY = new RegExp(`^(?:['’]s?|s['’])?(?:\\s+(?!${termGroup(partyWork.phraseEnds)}\\b)[\\w'’"“”-]+){0,3}?\\s+`
  + `(?:${termGroup(partyWork.partyLists)}|${termGroup(partyWork.partyOwned)}|(?:candidate\\s+|candidates['’]\\s+)?selection(?:\\s+${termGroup(partyWork.selectionEvents)})?)\\b`, 'i');
/** Something to be produced: asked for in a sentence naming a party, it is party work ("could you knock up a four-pager for the Canal ward Labour team"). */
const PRODUCTION = new RegExp(`\\b${termGroup(partyWork.production)}\\b`, 'i');
/** Council work a party group or ward member may properly ask for: a group briefing, a ward surgery (Brent protocol 3.1-3.3, Model protocol 103). */
const ALLOWED_PARTY = anyOf([
  `\\b${termGroup(partyWork.councilWork)}\\b`,
  '\\bbrief(?:ing)?\\s+(?:the|our|my)\\s+(?:\\w+\\s+)?group\\b',
  '\\b(?:take|talk|walk)\\s+(?:us|the\\s+group|members)\\s+through\\b',
]);
/**
 * How many words after a party name its material may end: a possessive's "s", three words between, and a material
 * of up to three words ("the Oakwood East Conservatives' autumn "In Touch" leaflet", "candidate selection meeting").
 */
const AFTER_PARTY_WORDS = 8;
/** How many words apart ringing round and an election, or voters' numbers and a campaign, may stand in one sentence. */
const CALL_REACH = 15;
const CALL_ROUND = new RegExp(`\\b${termGroup(partyWork.callRound)}\\b`, 'gi');
const ELECTION = new RegExp(`\\b${termGroup(partyWork.electionWords)}\\b`, 'gi');
/** Voters' numbers: "residents' phone numbers", "contact details of electors". */
const VOTER_NUMBERS = new RegExp(`\\b${termGroup(partyWork.electors)}['’]?\\s+${termGroup(partyWork.phoneDetails)}\\b|\\b${termGroup(partyWork.phoneDetails)}\\s+(?:of|for)\\s+${termGroup(partyWork.electors)}\\b`, 'gi');

/** Party or campaign work; `parties` are the party names in the sentence, so "the Northfield Labour Party mailing list" and "the Tories' leaflet" count. */
function namedPartyWork(sentence: Sentence, parties: readonly Hit[]): Hit | null {
  const text = sentence.text;
  if (ALLOWED_PARTY.test(text)) return null;
  const work = firstHit(PARTY_WORK, text) ?? firstHit(PARTY_TITLE, text) ?? campaignCalls(text);
  if (work) return work;
  for (const party of parties) {
    const list = AFTER_PARTY.exec(wordsAfter(text, party.end, AFTER_PARTY_WORDS));
    if (list) return { start: party.start, end: party.end + list[0].length };
  }
  // Directive force over a party task: something to be produced, asked for in a sentence that names a party.
  const production = parties.length > 0 && isAsking(sentence) ? PRODUCTION.exec(text) : null;
  return production ? { start: production.index, end: production.index + production[0].length } : null;
}

/** Ringing round voters before an election, or voters' phone numbers for a campaign: "ring round before the election". */
function campaignCalls(text: string): Hit | null {
  const starts = words(text).map((word) => word.start);
  const election = placed(ELECTION, text, starts);
  const calls = placed(CALL_ROUND, text, starts).find((call) => election.some((word) => word.word > call.word && word.word - call.word <= CALL_REACH));
  if (calls) return calls;
  return placed(VOTER_NUMBERS, text, starts).find((numbers) => election.some((word) => Math.abs(word.word - numbers.word) <= CALL_REACH)) ?? null;
}

// ---- A task councils may not do for a party, and a party or campaign purpose for it.

const wordsOf = (list: ReadonlyArray<{ term: string }>) => new RegExp(`\\b${termGroup(list)}\\b`, 'gi');
const PEOPLE = wordsOf(partyWork.people);
const CONTACT_DETAILS = wordsOf(partyWork.contactDetails);
const LISTS = wordsOf(partyWork.lists);
const MAKING = wordsOf(partyWork.making);
const MATERIALS = wordsOf(partyWork.materials);
const COPYING = wordsOf(partyWork.copying);
const COUNCIL_KIT = wordsOf(partyWork.councilKit);
const OWN_WORK = wordsOf(partyWork.ownWork);
const CAMPAIGN = wordsOf(partyWork.campaignActions);
/** The writer's own group as who will use the work: "our local association", "our volunteers", "the Residents' Association". */
const OWN_GROUP = new RegExp(`\\b(?:our|my)\\s+(?:[\\w'’-]+\\s+){0,3}?${termGroup(partyWork.groups)}\\b|\\b[A-Z][\\w'’-]*\\s+Association\\b`, 'g');
/** The writers' own publicity as where the work goes: "so we can send them our newsletter", "for our spring leaflet". */
const OUR_MATERIAL = new RegExp(`\\bour\\s+(?:[\\w'’-]+\\s+){0,2}?${termGroup(partyWork.partyOwned)}\\b`, 'i');
/** The officer or their team as who is asked: "could you…", "could your team…". */
const TO_OFFICER = /\byour?\b/i;
const FIRST_PERSON = /\b(?:we|we['’](?:re|ve|ll|d)|our|us|my|I|I['’](?:m|ve|ll|d))\b/i;
/** A sentence that opens by pointing back at what the one before it asked for: "They will go into…". */
const REFERS_BACK = /^\s*(?:they|these|those|it|this)\b/i;
const NUMBER = /^\s*\d/;
/** A number of copies asked for with any verb: "could the print room do 500 copies". */
const COPIES = /\b\d[\d,]*\s+copies\b/i;
/** How many words apart a list and the people on it may stand ("the register, sorted street by street, with the postal voters"), or a making verb and its material ("knock up a two-sided A5 leaflet"). */
const TASK_REACH = 10;
/** How many words after a copying verb its number of copies may come ("run off 600 copies", "print 200 posters"). */
const COPIES_REACH = 2;

interface Placed extends Hit { word: number }

/** Each match of a pattern, with the index of the word it starts at. */
function placed(pattern: RegExp, text: string, starts: readonly number[]): Placed[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index, end: match.index + match[0].length, word: starts.filter((start) => start < match.index).length,
  }));
}

const rememberTask = rememberer<Hit | null>();

/**
 * The task a request asks for, when it is one a council may not do for a party (Model protocol 131 and 133;
 * Brent protocol 4.1): a list of people with their contact details ("the list of stallholders with their contact
 * details"), campaign material made or polished ("knock up a leaflet", "sharpen up the piece"), or copies run off
 * on council equipment ("run off 600 copies on the big printer").
 */
function taskIn(text: string): Hit | null {
  return rememberTask(text, () => {
    const starts = words(text).map((word) => word.start);
    const people = placed(PEOPLE, text, starts);
    const lists = [...placed(LISTS, text, starts), ...placed(CONTACT_DETAILS, text, starts)];
    const list = pairWithin(lists, people, TASK_REACH, 'either');
    if (list) return list;
    const making = pairWithin(placed(MAKING, text, starts), placed(MATERIALS, text, starts), TASK_REACH, 'after');
    if (making) return making;
    const copying = placed(COPYING, text, starts);
    const kit = placed(COUNCIL_KIT, text, starts);
    const copies = copying.find((verb) => kit.length > 0 || NUMBER.test(wordsAfter(text, verb.end, COPIES_REACH)));
    if (copies) return { start: copies.start, end: Math.max(copies.end, ...kit.map((item) => item.end)) };
    return firstHit(COPIES, text);
  });
}

/** The first two hits no more than `reach` words apart, the second after the first or on either side. */
function pairWithin(first: readonly Placed[], second: readonly Placed[], reach: number, side: 'after' | 'either'): Hit | null {
  for (const a of first) {
    const b = second.find((hit) => hit !== a && (side === 'either' || hit.word > a.word) && Math.abs(hit.word - a.word) <= reach);
    if (b) return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  }
  return null;
}

/** A purpose clause with its own subject: "so the library manager can thank them", "so that I can check". */
const PURPOSE_CLAUSE = /^so\s+(?:that\s+)?(?:I|we|you|they|he|she|it|the|our|my|his|her|their|everyone)\b/i;

function statesPurpose(text: string): boolean {
  return clauses(text).some((clause) => clause.opener === 'so' && PURPOSE_CLAUSE.test(text.slice(clause.start, clause.end)));
}

/**
 * The party or campaign purpose in a sentence: the writer's name or record on the work ("under our own name",
 * "what we've delivered"), a party or the writer's group as who will use it ("so the Green Party can invite
 * them", "so our local association can…"), the writers' own publicity ("so we can send them our newsletter"), or a campaign action with the writer as its agent ("so our
 * volunteers know which doors to knock on", "We want to get a leaflet through their doors").
 */
function purposeIn(sentence: Sentence, parties: readonly Hit[]): Hit | null {
  const text = sentence.text;
  if (ALLOWED_PARTY.test(text)) return null;
  const own = firstHit(OWN_WORK, text);
  if (own) return own;
  if (parties.length > 0) return parties[0]!;
  const group = firstHit(OWN_GROUP, text) ?? firstHit(OUR_MATERIAL, text);
  if (group) return group;
  const campaign = firstHit(CAMPAIGN, text);
  return campaign && FIRST_PERSON.test(text) ? campaign : null;
}
