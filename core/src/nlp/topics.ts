/**
 * Lexical detectors for the conduct rules, each compiled once from its word
 * list in core/data. Each returns where in a sentence it matched.
 */
import type { Sentence } from '../recognise/sentences.ts';
import { allHits, anyOf, firstHit, notAfterRules, phrases, type Hit } from './lexicon.ts';
import disciplinary from '../../data/disciplinary.json';
import advice from '../../data/advice-pressure.json';
import partyWork from '../../data/party-work.json';
import groupMeetings from '../../data/group-meetings.json';
import personalData from '../../data/personal-data.json';
import confidential from '../../data/confidential-markings.json';
import staffing from '../../data/staffing.json';
import recruitment from '../../data/recruitment.json';
import urgency from '../../data/urgency.json';
import { directivesIn, isAsking } from './directive.ts';
import { negatedAt } from './words.ts';
import type { Directive } from './directive.ts';
import { lexiconClasses } from './verbs.ts';
import { isQuestion } from './mood.ts';

const DISCIPLINARY_KEYWORDS = new RegExp(disciplinary.keywords, 'i');
const DISCIPLINARY = anyOf(disciplinary.patterns, 'gi');
const GOVERNING = new RegExp(disciplinary.governing, 'gi');
const NOT_DEMAND = anyOf(disciplinary.notDemand);
const ALTER = new RegExp(`\\b(?:${advice.alter.map((word) => word.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi');
const ADVICE_WORD = `(?:${advice.advice.join('|')})s?\\b`;
const ADVICE = new RegExp(`\\b${ADVICE_WORD}`, 'i');
const REPORT_CONTEXT = new RegExp(advice.reportContext, 'i');
const NOT_PRESSURE = anyOf(advice.notPressure);
/** Advice taken out: "strip out option 3", "take the option out", "option 3 should be taken out", "I'd like the paragraph removed", "the paragraph could vanish from the report". */
const REMOVAL = anyOf([
  `\\b(?:${advice.removal.verbs}) (?:out|off) (?:\\S+ ){0,3}?${ADVICE_WORD}`,
  `\\b(?:${advice.removal.objectFirst}) (?:\\S+ ){0,3}?${ADVICE_WORD}(?: \\S+){0,6}? (?:out|off)\\b`,
  `\\b${ADVICE_WORD}(?: \\S+){0,6}? (?:(?:be|been|being|were|was|get|gets|got) (?:\\S+ )?${advice.altered}|com(?:e|es|ing) out of)\\b`,
  `\\b${advice.wanting} (?:\\S+ ){0,3}?${ADVICE_WORD}(?: \\S+){0,4}? ${advice.altered}\\b`,
  `\\b${ADVICE_WORD}(?: \\S+){0,6}? ${advice.vanish}`,
  // Advice the writer would rather not see in the report: "I would not want to see the legal advice … in the public report".
  `\\b${advice.unwanted}(?:\\S+ ){0,3}?${ADVICE_WORD}(?: \\S+){0,8}? (?:in|into) (?:the |a |any )?(?:\\S+ )?(?:report|version|papers?|agenda|appendix)\\b`,
  // "Option C needs to go", "the paragraph in your report saying the zone isn't justified … needs to go": within the sentence.
  `\\b${ADVICE_WORD}(?: [^\\s.;:]+){0,16}? ${advice.goes}`,
  // Euphemisms: "it might be best if the paragraph about closing … didn't survive the next edit".
  `\\b(?:${advice.hedge})?(?:the |this |that |our |your )?${ADVICE_WORD}(?: \\S+){0,8}? ${advice.notSurvive}`,
], 'gi');
/** Advice named by a pronoun: "take it out", "soften them", "could that be removed", "could that quietly disappear from the report". */
const PRONOUN_ALTER = anyOf([advice.pronoun.removal, advice.pronoun.alter, advice.pronoun.passive,
  `\\b(?:it|this|that|they|these|those) (?:\\S+ ){0,2}?${advice.vanish}`], 'gi');
/** The decisions a report may recommend, from the data, and options by name ("option B", "the in-house option"). */
const OUTCOME_WORD = `(?:${phrases(advice.outcomes.map((entry) => entry.term)).source.slice(2, -2)}|option \\w+|the (?:\\w+ )?option)`;
/** Another outcome recommended ("recommend refusal rather than approval"), or the advice softened in tone. */
const OUTCOME = anyOf([...advice.outcome.map((pattern) => pattern.replace('{outcome}', OUTCOME_WORD)), advice.soften], 'gi');
/**
 * Advice said to be, read or come out as an outcome, under a force: "the recommendation needs to be
 * refusal", "…more comfortable if the officer recommendation read as approval". A copula or a verb
 * of saying links advice to its outcome; "the recommendation for approval" names one and asks nothing.
 */
const ADVICE_AS_OUTCOME = new RegExp(`\\b(?:recommendations?|advice|conclusions?)\\b(?:\\s+\\S+){0,6}?\\s+(?:be|is|are|was|were|read|reads|say|says|said|come|comes|came|go|goes|went|end up|changed? to)\\b(?:\\s+\\S+){0,3}?\\s+${OUTCOME_WORD}\\b`, 'i');
/** The outcome a force asks the officer to recommend: "prepared to recommend refusal", "expect your report … to recommend a warning". */
const RECOMMEND_OUTCOME = new RegExp(`\\b(?:recommend|to recommending)\\b(?:\\s+\\S+){0,3}?\\s+${OUTCOME_WORD}\\b`, 'i');
/** Advice written so that it reads differently: "worded so it doesn't read as though…". */
const REFRAME = new RegExp(advice.reframe, 'gi');
const REFRAMED_PART = new RegExp(`${ADVICE.source}|\\breports?\\b`, 'i');
const ASKING_ABOUT = new RegExp(advice.askingAbout, 'i');
const PARTY_WORK = anyOf(partyWork.work, 'gi');
const ALLOWED_PARTY = anyOf(partyWork.allowed);
/** Party newsletter titles; capitals matter, so "our Moorside Focus" counts and "our focus" does not. */
const PARTY_TITLE = new RegExp(partyWork.titles, 'g');
/** What follows a party name that makes it party work: "the Abbey Conservatives' leaflet", "our Lib Dem selection meeting". */
const AFTER_PARTY = new RegExp(partyWork.afterParty, 'i');
const PRODUCTION = new RegExp(partyWork.production, 'i');
const GROUP_MEETING = anyOf([groupMeetings.meeting], 'gi');
const RELAY = anyOf([groupMeetings.relay, ...groupMeetings.relayForms.map((form) => form.pattern)]);
const NOT_RELAY = anyOf([groupMeetings.notRelay]);
const GROUP_PRONOUN = new RegExp(groupMeetings.groupPronoun, 'i');
const PARTY_GROUP = new RegExp(groupMeetings.afterParty, 'i');
const PERSONAL_CATEGORY = anyOf([...personalData.categories, ...personalData.categoryForms.map((form) => form.pattern)], 'gi');
const PERSONAL_REFERENCE = new RegExp(personalData.personal, 'i');
const CONSENT = anyOf([personalData.consent]);
const FULL_NAME = /\b([A-Z][a-z]+)\s+(?:[A-Z]\.?\s+)?([A-Z][a-z]*['-]?[A-Z]?[a-z]+)\b/g;
const NOT_SURNAME = new RegExp(personalData.notSurnames);
const FIRST_NAME = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** A colleague or member named as who will help ("Sarah Mills from the benefits team will call"), not as the one the record is about. */
const NOT_SUBJECT = new RegExp(personalData.notSubject, 'i');
const MEMBER_TITLE = /\b(?:cllr|councillor|coun)\.?\s+$/i;
const MARKING = anyOf(confidential.markings, 'gi');
const NOT_SENT = anyOf([confidential.notSent]);
const EMAIL_NOTICE = new RegExp(confidential.emailNotice, 'i');
const STAFFING = anyOf(staffing.patterns, 'gi');
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
const URGENT = anyOf([urgency.pattern]);
const NOT_URGENT = anyOf([urgency.notUrgent]);

/**
 * Words that suspend, dismiss or discipline an officer, or demand it; not when the
 * clause that says so is negated ("I am not saying he should be disciplined") or asks
 * about an outcome ("whether disciplinary action will be taken").
 */
export function disciplinaryIn(sentence: Sentence): Hit | null {
  const text = sentence.text;
  // The long pattern list is the costliest to compile; most drafts never need it.
  if (!firstHit(DISCIPLINARY_KEYWORDS, text)) return null;
  for (const hit of allHits(DISCIPLINARY, text)) {
    const clauseStart = clauseStartBefore(text, hit.start);
    const clause = text.slice(clauseStart, hit.start);
    const governing = [...clause.matchAll(GOVERNING)].at(-1);
    const negated = negatedAt(text, hit.start)
      || (governing !== undefined && negatedAt(text, clauseStart + governing.index));
    if (!negated && !NOT_DEMAND.test(text.slice(clauseStart, hit.end))) return hit;
  }
  return null;
}

/**
 * A request to change, withhold, soften, drop or reframe advice, or to recommend another
 * outcome: "change the recommendation to refusal"; not a question about it ("why was option 3 removed?").
 * `before` is the text of the sentences just before, where a pronoun's advice may have been named
 * ("My worry is paragraph 6.3. … Could we take it out?").
 */
export function advicePressureIn(sentence: Sentence, reportContext: boolean, before = ''): Hit | null {
  const text = sentence.text;
  if (NOT_PRESSURE.test(text) || !(reportContext || REPORT_CONTEXT.test(text))) return null;
  const directives = directivesIn(sentence);
  if (directives.length === 0 && !isQuestion(text)) return null;
  const hits = [...allHits(REMOVAL, text), ...allHits(OUTCOME, text), ...alterationsIn(text), ...directedOutcomes(text, directives)];
  const pronoun = firstHit(PRONOUN_ALTER, text);
  if (pronoun && ADVICE.test(`${before} ${text.slice(0, pronoun.end)}`)) hits.push(pronoun);
  if (REFRAMED_PART.test(text)) hits.push(...allHits(REFRAME, text));
  // The advice altered must be what a force governs ("could you soften the warning", "option 3 should be taken out"), or what a question asks for.
  const governed = (hit: Hit) => isQuestion(text) || directives.some((force) => hit.start < force.governed.end && hit.end > force.governed.start);
  return hits.filter((hit) => governed(hit) && !ASKING_ABOUT.test(text.slice(clauseStartBefore(text, hit.start), hit.start)))
    .sort((a, b) => a.start - b.start)[0] ?? null;
}

/**
 * Directive force over the outcome advice must reach: advice said to be an outcome in the force's
 * clause ("the officer recommendation needs to come back as approval"), or a force
 * governing "recommend" and an outcome ("would you be prepared to recommend refusal").
 */
function directedOutcomes(text: string, directives: readonly Directive[]): Hit[] {
  const hits: Hit[] = [];
  for (const force of directives) {
    const outcome = ADVICE_AS_OUTCOME.exec(text.slice(force.governed.start, force.governed.end));
    if (outcome) hits.push({ start: force.governed.start + outcome.index, end: force.governed.start + outcome.index + outcome[0].length });
    const governed = text.slice(force.end, force.governed.end);
    const recommended = RECOMMEND_OUTCOME.exec(governed);
    if (recommended) hits.push({ start: force.end + recommended.index, end: force.end + recommended.index + recommended[0].length });
  }
  return hits;
}

/** An altering verb with advice as its object within a few words: "tone down the paragraph". */
function alterationsIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(ALTER)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 50);
    const noun = ADVICE.exec(after);
    if (noun && !/[.;]/.test(after.slice(0, noun.index))) {
      hits.push({ start: match.index, end: match.index + match[0].length + noun.index + noun[0].length });
    }
  }
  return hits;
}

/** Where the clause holding `index` starts: after the last comma, semicolon, colon, bracket or dash before it. */
function clauseStartBefore(text: string, index: number): number {
  return text.slice(0, index).search(/[^,;:(—]*$/);
}

export function mentionsReport(text: string): boolean {
  return REPORT_CONTEXT.test(text);
}

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
 * What one party group said or was advised, passed on: "at the Labour group's pre-meeting, members said…".
 * `parties` are the party names in the sentence, so "the Liberal Democrat group" is a group of any party's name.
 */
export function groupRelayIn(sentence: Sentence, parties: readonly Hit[] = [], next?: Sentence): Hit | null {
  const text = sentence.text;
  // What the group said may follow in the next sentence: "I briefed the Labour group last night. They are leaning towards option B."
  const relayed = (candidate: string) => !NOT_RELAY.test(candidate) && RELAY.test(candidate);
  if (NOT_RELAY.test(text) || !(relayed(text) || next !== undefined && GROUP_PRONOUN.test(next.text) && relayed(next.text))) return null;
  const meeting = firstHit(GROUP_MEETING, text);
  if (meeting) return meeting;
  for (const party of parties) {
    const group = PARTY_GROUP.exec(text.slice(party.end, party.end + 20));
    if (group) return { start: party.start, end: party.end + group[0].length };
  }
  return null;
}

export function personalDataIn(sentence: Sentence, previous: Sentence | undefined): Hit | null {
  const hit = firstHit(PERSONAL_CATEGORY, sentence.text);
  if (!hit) return null;
  const personal = refersToPerson(sentence.text) || (previous !== undefined && refersToPerson(previous.text));
  return personal ? hit : null;
}

/** A title, a pronoun, a record label ("Claimant:") or a first name and surname ("Craig Benson", not "Victoria Road"). */
function refersToPerson(text: string): boolean {
  if (PERSONAL_REFERENCE.test(text)) return true;
  for (const match of text.matchAll(FULL_NAME)) {
    const [name, first, last] = match;
    if (NOT_SURNAME.test(last!) || !lexiconClasses(first!.toLowerCase()).some((wordClass) => FIRST_NAME.has(wordClass))) continue;
    const end = match.index + name.length;
    if (MEMBER_TITLE.test(text.slice(Math.max(0, match.index - 12), match.index)) || NOT_SUBJECT.test(text.slice(end, end + 80))) continue;
    return true;
  }
  return false;
}

export function mentionsConsent(text: string): boolean {
  return CONSENT.test(text);
}

/** A confidential marking on material that is being sent: not one that explains why something is withheld. */
export function confidentialMarkingIn(text: string, neighbours = ''): Hit | null {
  const hit = firstHit(MARKING, text);
  if (!hit || NOT_SENT.test(text) || NOT_SENT.test(neighbours)) return null;
  return hit;
}

/** An email's own confidentiality notice ("This email is confidential and intended only for…"), not a marking on material. */
export function isEmailNotice(text: string): boolean {
  return EMAIL_NOTICE.test(text);
}

export function ownStaffingIn(sentence: Sentence): Hit | null {
  return firstHit(STAFFING, sentence.text);
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

/** Urgent words or an evident emergency, unless the writer says it is not urgent ("No rush on this one"). */
export function isUrgent(text: string): boolean {
  return !NOT_URGENT.test(text) && URGENT.test(text);
}
