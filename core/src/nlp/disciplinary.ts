/**
 * Employment action against an officer, demanded or declared: the signal
 * behind disciplinary-statement, and what member-instructs-officer leaves to
 * it. The words (core/data/disciplinary.json) name sanctions ("suspended",
 * "let * go"), proceedings ("a final written warning") and the verbs that
 * start or receive them; this file says when they are a member's demand rather
 * than a mention:
 *
 * - declared to the officer: "you are suspended", "I'm removing you from…";
 * - wanted as an outcome for someone: under a directive force ("he should be
 *   taken off the case", "I want him disciplined") or a verb of demanding
 *   ("whoever signed those letters wants suspending", "he deserves a final
 *   warning");
 * - the officer's place denied ("she shouldn't be working here") or their
 *   position put in question ("I'd be looking hard at his position").
 *
 * Not when the demand is negated ("I am not saying he should be
 * disciplined") or asked about ("whether disciplinary action will be taken").
 */
import data from '../../data/disciplinary.json';
import staff from '../../data/staff-references.json';
import type { Sentence } from '../recognise/sentences.ts';
import { directivesIn } from './directive.ts';
import { rememberer } from './remember.ts';
import { phrasePattern, type Hit } from './lexicon.ts';
import { lexiconClasses } from './verbs.ts';
import { negatedAt, words, wordsAfter, wordsBefore } from './words.ts';

interface Entry { term: string; forms?: string[]; reach?: number }

/** Any possessive, for "his" in a form: "relieved of her duties", "lose their job". */
const POSSESSIVE = '(?:his|her|their|your|my)';
/** The officer acted on, for "*" in a form: one to three words, checked to be a person by naming(). */
const SLOT = "([\\w'’-]+(?:\\s+[\\w'’-]+){0,2}?)";

function formPattern(form: string): string {
  return form.split(/\s+/).map((word) => (word === '*' ? SLOT : word === 'his' ? POSSESSIVE : phrasePattern(word))).join('\\s+');
}
function alternation(forms: readonly string[]): string {
  return [...forms].sort((a, b) => b.length - a.length).map(formPattern).join('|');
}
const formsOf = (list: readonly Entry[]) => list.flatMap((entry) => entry.forms ?? [entry.term]);

/** Sanctions that can be wanted for someone, and those that only a member declaring them can impose ("removed from"). */
const SANCTION = new RegExp(`\\b(?:${alternation(formsOf(data.sanctions))})\\b`, 'gi');
const DECLARED_ONLY = new RegExp(`\\b(?:${alternation(formsOf(data.declaredOnly))})\\b`, 'gi');
const EITHER_SANCTION = new RegExp(`${SANCTION.source}|${DECLARED_ONLY.source}`, 'gi');
/** A proceeding, with the grades of warning the Acas Code names: "a first written warning", "a final warning". */
const PROCEEDING = new RegExp(`\\b(?:(?:formal|final|first|written|verbal|gross misconduct)\\s+){0,2}(?:${alternation(data.proceedings.map((entry) => entry.term))})\\b`, 'gi');
/** "A disciplinary" stands for the hearing only when nothing follows it: "she deserves a disciplinary", not "the disciplinary policy". */
const BARE_DISCIPLINARY = /^disciplinary$/i;
const AFTER_BARE = /^\s*(?:[.,;:!?)]|$|(?:for|over|about|against|now|today|immediately)\b)/i;
/** Verbs that take, start or receive a proceeding, up to three words before it ("start a disciplinary investigation", "face the sack"). */
const ACTION_BEFORE = new RegExp(`\\b(?:${alternation(formsOf(data.actions))})\\b(?:\\s+[\\w'’-]+){0,3}\\s*$`, 'i');
/** Standing before a hearing, up to two words before it ("in front of a disciplinary panel"): a person must be named before. */
const APPEARANCE_BEFORE = new RegExp(`\\b(?:${alternation(formsOf(data.appearances))})\\b(?:\\s+[\\w'’-]+){0,2}\\s*$`, 'i');
/** The same verbs after it, passive: "disciplinary action must be taken", "proceedings are brought". */
const ACTION_AFTER = new RegExp(`^(?:\\s+[\\w'’-]+){0,3}?\\s+(?:be|is|are|being|been|gets?)\\s+(?:[\\w'’-]+\\s+)?(?:${alternation(formsOf(data.actions))})\\b|^\\s+against\\b`, 'i');
/** Words of demanding, each with how many words before the sanction it may stand ("wants suspending": 1; "calling for the staff involved to be disciplined": 6). */
const DEMANDS = data.demands.map((entry) => {
  const [first, ...rest] = entry.term.split(' ');
  return { opening: new RegExp(`^${phrasePattern(first!)}(?:s|es|ed|d|ing)?${rest.map((word) => `\\s+${phrasePattern(word)}`).join('')}\\b`, 'i'), reach: entry.reach };
});
const LONGEST_REACH = Math.max(...data.demands.map((entry) => entry.reach));
const DEFERRAL = new RegExp(`\\b(?:${alternation(data.deferrals.map((entry) => entry.term))})\\b`, 'i');
/** A verb of knowing or asking before an embedded question: "I want to know why…", "tell me if…". */
const INQUIRY = new RegExp(`\\b(?:${alternation(data.inquiries.map((entry) => entry.term))})\\w*(?:\\s+[\\w'’-]+){0,2}?\\s+(?:if|why|how|when|what|who)\\b`, 'i');
const SAYING = new RegExp(`^(?:${data.saying.map((entry) => phrasePattern(entry.term)).join('|')})(?:s|es|ed|d|ing)?$|^(?:said|thought|meant|sought)$`, 'i');
/** The officer's place denied: "no place in this Council", "shouldn't be working here"; negation is checked at the word. */
const EMPLOYMENT = new RegExp(`\\b(?:${alternation(data.employment.map((entry) => entry.term))})\\b`, 'gi');
const WORKPLACE = new RegExp(`^\\s+(?:working\\s+)?(?:(?:in|at|for|by|with|within)\\s+(?:this|the|our|a|any)?\\s*(?:[\\w'’-]+\\s+)?)?(?:${alternation(data.workplaces.map((entry) => entry.term))})\\b`, 'i');
/** What may follow the place and still end the thought: "…here any more", "…for this Council at all". */
const CLAUSE_END = /^\s*(?:[.,;:!?)"”—-]|$|any ?more\b|any longer\b|(?:for )?much longer\b|at all\b)/i;
/** A position put in question: a reviewing verb, then "his position" or "her future" ending its clause. */
const POSITION = new RegExp(`\\b(?:${data.reviewing.map((entry) => phrasePattern(entry.term)).join('|')})\\w*\\b(?:\\s+[\\w'’-]+){0,3}?\\s+${POSSESSIVE}\\s+(?:position|future)(?=\\s*(?:[.,;:!?)]|$|here\\b|at the council\\b|with (?:us|the council)\\b|in (?:the|this|your|our) (?:team|department|service|council)\\b))`, 'gi');
/** Said to the officer: "you are (hereby) suspended", "consider yourself relieved of…". */
const DECLARED_PASSIVE = /\b(?:you(?:['’]re|\s+are)|consider\s+(?:yourself|yourselves|him|her|them))(?:\s+(?:hereby|now|formally|immediately|\w+ly))?\s+$/i;
/** Done by the writer: "I am dismissing him", "I'm removing you from…". */
const DECLARED_ACTIVE = /\bI(?:['’]m|\s+am|['’]ve|\s+have)?(?:\s+(?:hereby|now|formally|immediately))?\s+$/i;
/**
 * A wish about the past, said of someone else: "he would have been shown the
 * door by now", "she should have been suspended" (Cambridge Grammar of English
 * 290: 'would/should have' + past participle for what did not happen but was
 * wanted). "Must have been" infers and is left out.
 */
const COUNTERFACTUAL = /\b(?:would|should|ought\s+to|['’]d)\s+have\s+been\s+(?:[\w'’-]+ly\s+)?$/i;
/** "He must have been suspended": an inference about what happened, never a demand, whatever force reaches it. */
const INFERRED = /\bmust\s+have\s+been\s+(?:[\w'’-]+ly\s+)?$/i;
/** The second of two sanctions joined by "and" or "or" shares the first one's force: "taken off the streets and disciplined". */
const JOINED = /\b(?:and|or)\s+(?:then\s+|also\s+|even\s+)?$/i;
/** Words that carry no subject, so a clause of them alone takes its subject from before an apposition ("Liam, the surveyor who…, should be suspended"). */
const AUXILIARIES = new Set(['should', 'must', 'would', 'will', 'shall', 'ought', 'to', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'have', 'has', 'get', 'got', 'now', 'also', 'simply', 'just']);
/** How many commas back a subject is looked for across an apposition. */
const APPOSITION_STEPS = 2;
/** How many words before a sanction a force, a saying verb or an embedded question is looked for. */
const REACH = 12;

/** Pronouns and titles that stand for a person ("Ms Rahman"). */
const PRONOUNS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'you', 'yourself', 'he', 'she', 'they', 'him', 'her', 'them', 'whoever', 'anyone', 'anybody', 'someone', 'somebody', 'who', 'whom']);
/** Staff and people nouns: the council's staff words (core/data/staff-references.json) and plain words for a person. */
const PEOPLE = new Set([...staff.people.map((entry) => entry.term), 'adviser', 'advisor', 'supervisor', 'analyst', 'engineer', 'ranger', 'worker', 'handler', 'clerk', 'assistant', 'individual', 'person', 'man', 'woman', 'lad', 'employee', 'responsible']);
const NAME = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
/** Sanctions whose words also name what is done to things ("the scheme was suspended", "the appeal was dismissed"): a person must be named before them. */
const THINGS_TOO = new Set(['suspend', 'dismiss', 'fire', 'let go', 'strike off', 'take off work', 'demote', 'reprimand']);
const SANCTION_OF = new Map(data.sanctions.flatMap((entry) => (entry.forms ?? [entry.term]).map((form) => [form.split(' ')[0]!.toLowerCase(), entry.term])));

const rememberDisciplinary = rememberer<Hit | null>();

/** Read once per sentence text: a host re-checks every sentence on each keystroke, and two rules ask. */
export function disciplinaryIn(sentence: Sentence): Hit | null {
  return rememberDisciplinary(sentence.text, () => readDisciplinary(sentence));
}

function readDisciplinary(sentence: Sentence): Hit | null {
  const text = sentence.text;
  const candidates = [
    ...[...text.matchAll(SANCTION)].filter((match) => wanted(sentence, match)).map(spanOf),
    ...[...text.matchAll(DECLARED_ONLY)].filter((match) => declared(text, match)).map(spanOf),
    ...[...text.matchAll(PROCEEDING)].filter((match) => proceeding(text, match) && forced(sentence, match.index) !== null && !refused(text, match.index)).map(spanOf),
    ...[...text.matchAll(EMPLOYMENT)].filter((match) => placeDenied(text, match)).map(spanOf),
    ...[...text.matchAll(POSITION)].filter((match) => !refused(text, match.index)).map(spanOf),
  ];
  return candidates.sort((a, b) => a.start - b.start)[0] ?? null;
}

function spanOf(match: RegExpMatchArray): Hit {
  return { start: match.index!, end: match.index! + match[0].length };
}

/** A sanction declared, or wanted for a person under a force. */
function wanted(sentence: Sentence, match: RegExpMatchArray): boolean {
  const text = sentence.text;
  const slot = match.slice(1).find((group) => group !== undefined);
  if (slot !== undefined && !naming(slot)) return false;
  if (declared(text, match)) return true;
  const before = words(text.slice(0, match.index));
  // The writer's own: "it is time I found a new role".
  if (/^(?:i|we)$/.test(before.at(-1)?.lower ?? '')) return false;
  const force = forced(sentence, match.index!);
  if (force === null || refused(text, match.index!)) return false;
  // "The bus lane enforcement should be suspended": for words that also name things, someone must be named.
  const sanction = SANCTION_OF.get(match[0].split(/\s+/)[0]!.toLowerCase());
  if (slot === undefined && sanction !== undefined && THINGS_TOO.has(sanction)) {
    return naming(text.slice(Math.min(force, subjectStartOf(text, match.index!)), match.index));
  }
  return true;
}

function declared(text: string, match: RegExpMatchArray): boolean {
  const before = text.slice(0, match.index);
  const slot = match.slice(1).find((group) => group !== undefined);
  if (slot !== undefined) return DECLARED_ACTIVE.test(before) && naming(slot);
  return DECLARED_PASSIVE.test(before) || /ing\b/i.test(match[0].split(/\s+/)[0]!) && DECLARED_ACTIVE.test(before);
}

/** A proceeding taken, started or received: not one only named ("the disciplinary procedure"). */
function proceeding(text: string, match: RegExpMatchArray): boolean {
  const end = match.index! + match[0].length;
  if (BARE_DISCIPLINARY.test(match[0]) && !AFTER_BARE.test(text.slice(end))) return false;
  if (ACTION_BEFORE.test(wordsBefore(text, match.index!, 4)) || ACTION_AFTER.test(wordsAfter(text, end, 6))) return true;
  const appearance = APPEARANCE_BEFORE.exec(wordsBefore(text, match.index!, 5));
  return appearance !== null && naming(text.slice(subjectStartOf(text, match.index!), match.index! - wordsBefore(text, match.index!, 5).length + appearance.index));
}

/**
 * Where the force over `index` starts, or null: a directive whose governed words reach it
 * (nlp/directive.ts), or a verb of demanding within its reach before it.
 */
function forced(sentence: Sentence, index: number): number | null {
  const text = sentence.text;
  if (INFERRED.test(wordsBefore(text, index, 5))) return null;
  const directive = directivesIn(sentence).find((force) => force.governed.start <= index && index < force.governed.end);
  if (directive) return Math.min(directive.start, index);
  const counterfactual = COUNTERFACTUAL.exec(wordsBefore(text, index, 6));
  if (counterfactual) {
    const modal = index - wordsBefore(text, index, 6).length + counterfactual.index;
    if (!/^(?:i|we)$/.test(words(text.slice(0, modal)).at(-1)?.lower ?? '')) return modal;
  }
  const joined = JOINED.exec(text.slice(0, index));
  const first = joined && [...text.slice(clauseStartOf(text, joined.index), joined.index).matchAll(EITHER_SANCTION)].at(-1);
  if (first) return forced(sentence, clauseStartOf(text, joined!.index) + first.index!);
  const before = sinceLastMark(wordsBefore(text, index, LONGEST_REACH));
  const list = words(before);
  for (const [at, word] of list.entries()) {
    const demand = DEMANDS.find(({ opening, reach }) => list.length - at <= reach && opening.test(before.slice(word.start)));
    if (demand && !negatedAt(text, index - before.length + word.start)) return index - before.length + word.start;
  }
  return null;
}

/** Negated, or asked about: "I am not saying he should be disciplined", "whether anyone will face disciplinary action". */
function refused(text: string, index: number): boolean {
  if (negatedAt(text, index)) return true;
  const before = sinceLastMark(wordsBefore(text, index, REACH));
  if (DEFERRAL.test(before) || INQUIRY.test(before)) return true;
  const offset = index - before.length;
  return words(before).some((word) => SAYING.test(word.lower) && negatedAt(text, offset + word.start));
}

/** The officer's place or job denied: "she shouldn't be working here", "has no place in this Council", "don't expect to still be working in allocations". */
function placeDenied(text: string, match: RegExpMatchArray): boolean {
  // Continuing work denied: "don't expect to still be working in allocations next month".
  const still = /\bstill\b/i.exec(wordsBefore(text, match.index!, 3));
  if (still && negatedAt(text, match.index! - wordsBefore(text, match.index!, 3).length + still.index)) return true;
  if (!negatedAt(text, match.index!)) return false;
  const place = WORKPLACE.exec(text.slice(match.index! + match[0].length));
  if (!place || !CLAUSE_END.test(text.slice(match.index! + match[0].length + place[0].length))) return false;
  return naming(text.slice(clauseStartOf(text, match.index!), match.index));
}

/** Whether the words name a person: a pronoun, a staff or person noun, or a name. */
function naming(phrase: string): boolean {
  return words(phrase).some((word) => PRONOUNS.has(word.lower) || PEOPLE.has(word.lower)
    || /^[A-Z][a-z]/.test(word.text) && lexiconClasses(word.lower).some((wordClass) => NAME.has(wordClass)));
}

/** The text after the last comma, semicolon, colon or bracket: what a demand may reach across. */
function sinceLastMark(text: string): string {
  return text.slice(text.search(/[^,;:()—]*$/));
}

/**
 * Where the subject of a passive sanction starts: back to the last mark, or
 * across an apposition when the words there carry no subject ("Liam Ashworth,
 * the surveyor who signed it off, should be suspended").
 */
function subjectStartOf(text: string, index: number): number {
  let start = clauseStartOf(text, index);
  for (let step = 0; step < APPOSITION_STEPS && start > 0 && words(text.slice(start, index)).every((word) => AUXILIARIES.has(word.lower) || word.lower.endsWith('ly')); step++) {
    start = clauseStartOf(text, start - 1);
  }
  return start;
}

/** Where the words before `index` start, back to the last mark. */
function clauseStartOf(text: string, index: number): number {
  return index - sinceLastMark(text.slice(0, index)).length;
}
