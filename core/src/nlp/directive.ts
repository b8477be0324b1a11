/**
 * Directive force: where a sentence tells or asks someone to bring something
 * about, and the words it governs. One signal for every rule about pressure,
 * instructions and requests; each rule then says what the target must be (a
 * report's advice, an officer's action, a party task, an appointment).
 *
 * The forms (core/data/directive.json): modals of obligation ("you must",
 * "the recommendation needs to be…"), necessity ("it is essential that…"),
 * stated preference ("I would much prefer the recommendation to be…", "it
 * would be better if…"), wanting with an object and its outcome ("I want X
 * done", "I expect the grant to be approved"), reliance ("I'm counting on you
 * to…"), performatives ("I am instructing you to…"), polite requests ("could
 * you…", "can we find softer wording…") and imperatives ("Stop sending…",
 * "… and tell him the meeting is off", causative "Have a revised version over
 * to me by Friday", "Get the contractor booked"), and the commanding "you
 * will" ("You will write to Mr Dawson today").
 */
import data from '../../data/directive.json';
import mood from '../../data/mood.json';
import type { Span } from '../model.ts';
import type { Sentence } from '../recognise/sentences.ts';
import { terms, type Hit } from './lexicon.ts';
import { rememberer } from './remember.ts';
import { isConditional, isQuestion, VOCATIVE } from './mood.ts';
import { lexiconClasses, verbPhrases } from './verbs.ts';
import { clauseAt, negatedAt, words, wordsAfter, wordsBefore, type Word } from './words.ts';

export type Strength = 'instruction' | 'request';

export interface Directive extends Hit {
  /** An instruction tells; a request asks or presses. */
  strength: Strength;
  /** From the start of the force's clause (its subject: "option 3 should…") to the end of what it governs. */
  governed: Span;
}

/** A term from the data as a pattern: whole words, any run of spaces, either apostrophe. */
function termPattern(term: string): string {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/\s+/g, '\\s+');
  return /^\w/.test(term) ? `\\b${escaped}` : escaped;
}
function alternation(terms: readonly string[]): string {
  return [...terms].sort((a, b) => b.length - a.length).map(termPattern).join('|');
}

const OBLIGATION = new RegExp(`(?:${alternation(terms(data.obligations))})\\b`, 'gi');
const OBLIGATION_STRENGTH = new Map(data.obligations.map((entry) => [entry.term.replace(/'/g, ''), entry.strength as Strength]));
/** "It is essential that…", "it's vital to…": necessity over a that- or to-clause. */
const NECESSITY = new RegExp(`\\b(?:it|this|that)(?:['’]s|\\s+is|\\s+was|\\s+will\\s+be|\\s+would\\s+be)\\s+(?:absolutely\\s+|really\\s+|quite\\s+|now\\s+)?(?:${alternation(terms(data.necessity))})\\s+(?:that|to|for)\\b`, 'gi');
/** "I would much prefer…", "the committee would be more comfortable if…", "I wouldn't want…": a preference about what others do. */
const PREFERENCE = new RegExp(`\\b(?:I|we|members|the committee|the panel|cabinet|colleagues|everyone)(?:['’]d|\\s+would)(?:\\s+not|n['’]t)?(?:\\s+(?:much|really|very much|far|so|just|also|certainly|definitely|strongly|all|be|feel|a lot|rather))*\\s+(?:${alternation(terms(data.preferences))})\\b`, 'gi');
/** "It would be better all round if…", "it's probably best if…". */
const IMPERSONAL = new RegExp(`\\b(?:it|that)(?:(?:['’]d|\\s+would|\\s+might|\\s+may|\\s+could)(?:\\s+\\w+)?\\s+be|['’]s|\\s+is)\\s+(?:probably\\s+|perhaps\\s+|much\\s+|far\\s+)?(?:${alternation(terms(data.impersonalPreferences))})(?:\\s+all\\s+round|\\s+for\\s+everyone|\\s+for\\s+all\\s+concerned)?\\s+if\\b`, 'gi');
/** The writer wanting an outcome: "I want…", "we really need…", "I don't want…". What must follow is checked in wantedOutcome. */
const WANTING = new RegExp(`\\b(?:I|we)(?:['’]d|\\s+would)?(?:\\s+(?:really|just|also|still|now|fully|certainly|absolutely|do|don['’]t|do\\s+not))*\\s+(?:${alternation(terms(data.wanting))})(?:s)?\\b`, 'gi');
const RELIANCE = new RegExp(`(?:${alternation(terms(data.reliance))})\\b`, 'gi');
/** "I am instructing you to…", "I've told the team to…", "I insist". */
const INSTRUCTING = new RegExp(`\\bI(?:['’]m|\\s+am|['’]ve|\\s+have)?(?:\\s+hereby)?\\s+(?:${alternation(terms(data.instructing))})\\b`, 'gi');
const REQUEST = new RegExp(`(?:${alternation(terms(data.requests))})\\b`, 'gi');
/** "Please ensure…", "please see to it": a polite form around a plain instruction. */
const PLEASE_ENSURE = /\bplease\s+(?:ensure|make\s+sure|arrange|see\s+to\s+it)\b/gi;
/** Who the instructing verbs are said to: staff or the reader, then "to". */
const INSTRUCTED = /^\s+(?:you|your\s+(?:team|staff|officers)|the\s+(?:team|department|contractors?)|officers|staff|them)\s+to\b/i;

/** Verbs that make someone else bring an outcome about: "have it over to me", "get the contractor booked". */
const CAUSATIVE = new Set(terms(data.causatives));
/** Nouns that carry the meaning after "have" ("have a look", "have a good weekend"): no outcome is caused. */
const DELEXICAL = new Set(terms(data.delexicalObjects));
/** Verbs of knowing, perceiving and receiving: "you will see…", "I want committee to get a fair picture" ask no one to act. */
const UNDIRECTED = new Set(terms(data.undirectedVerbs));
/** Words that open the object of a causative: a determiner or an object pronoun. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'them', 'him', 'her', 'my', 'your', 'our', 'their', 'his', 'its', 'some', 'all', 'every', 'everything', 'everyone', 'both', 'any']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'some', 'any', 'every', 'both']);
/** Word classes that never open the object of a causative: "get back to me", "get in touch", "get well soon". */
const NOT_OBJECT = new Set(['Preposition', 'Adverb', 'Conjunction', 'Adjective', 'Infinitive', 'Verb', 'PresentTense', 'Modal', 'QuestionWord']);
/** A causative's complement, after its object: a place or state the object is to be in ("the signs down", "it over to me", "the figures ready"). */
const COMPLEMENT_PARTICLES = new Set(['down', 'off', 'out', 'up', 'away', 'back', 'over', 'across', 'round', 'ready', 'finished']);
/** What may stand before a commanding "you will" in its clause: "And you will…", "So you will now…". */
const COMMAND_LEAD = new Set(['and', 'so', 'now', 'then', 'also', 'therefore', 'but']);
/** "You will write…", "you'll not contact…": the second person with "will" and an optional adverb before the verb. */
const YOU_WILL = /\byou(?:\s+will|['’]ll)((?:\s+(?:not|now|also|then|therefore|immediately|please|today|personally))*)\s+([a-z]+)\b/gi;
/** A writer's clause with a modal or "to" that a later bare verb may continue: "I'll ring the depot, remove…". */
const WRITER_MODAL_CLAUSE = /(?:^|[,;:]\s*)(?:I|we)(?:['’](?:ll|d)\b|\b[^,;:]*\b(?:will|shall|can|could|would|should|must|might|may|to)\b)[^,;:]*$/i;
const POLITE = new Set(terms(mood.politeImperatives));
const CONTACT = new Set(terms(mood.contactVerbs));
const DIRECTIVE = new Set(terms(mood.directiveVerbs));
const INFORMATION = new Set(terms(mood.informationVerbs));
/** Word classes that never open an imperative: "I have…", "The lights…", "Our team…", "People were told…". */
const NEVER_IMPERATIVE = new Set(['Pronoun', 'Determiner', 'Possessive', 'Preposition', 'Conjunction', 'Modal', 'QuestionWord', 'Plural', 'Cardinal', 'Condition']);
const NAME = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
/** A directing verb opening a later clause, with its object: "… and tell him the meeting is off", "…; remove the signs". */
const LATER_IMPERATIVE = /(?:[,;:]\s*|\b(?:and|then)\s+)(?:please\s+|also\s+|just\s+)?([a-z]+)(?:\s+(?:sure|out|off|down|up|back|away))?\s+(?:the|a|an|this|that|these|those|it|them|him|her|his|their|your|our|someone|somebody|all|any|every)\b/gi;
/**
 * A request passed on through the reader to someone named, opening a clause: "…, so ask Ewan to drop the paragraph",
 * "and get Priya to ring the agent". Case-sensitive, so that the one asked is a name ("Ewan"), not any word before "to".
 */
const RELAYED = /(?:^|[,;:]\s*|\b(?:and|so|then)\s+)(?:please\s+|just\s+)?([Aa]sk|[Tt]ell|[Gg]et)\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|him|her|them)\s+to\s+([a-z]+)\b/g;
/** Contact verbs aimed back at the writer are courtesy ("Ring me", "Call back when…"), not instructions. */
const AT_WRITER = /^\s+(?:me|us|back|round|in|if|when|on|anytime|any\s+time)\b/i;

/** The writer's own undertaking before a force ("I'll make sure…", "I need to…"): the writer binds only themselves. */
const WRITER_BEFORE = /\b(?:I|we)(?:['’]ll|['’]d|['’]m|['’]re|\s+will|\s+would|\s+shall|\s+can|\s+could|\s+am|\s+are)?(?:\s+(?:also|just|personally|certainly|definitely|then|now|always|try\s+to|want\s+to|need\s+to|have\s+to|be\s+sure\s+to|going\s+to))?\s*$/i;
/** A force inside an embedded question is asked about, not given: "whether you need to…", "how you will make sure…". */
const EMBEDDED_QUESTION = [
  /\bwhether\b[^.,;:!?]*$/i,
  /\b(?:know|ask|asking|wonder|wondering|tell me|tell us|explain|understand|hear|find out|clarify|confirm|set out)\b(?: [\w'’-]+){0,8}? (?:what|how|when|why|which|who)\b(?:(?! and )[^.;:!?])*$/i,
  /\b(?:know|ask|asked|asking|wonder|wondered|wondering|check|see|tell me|find out|clarify|confirm) (?:\w+ ){0,2}?if\b[^.,;:!?]*$/i,
];
/** "Anything you need to send would be appreciated": a force inside the subject of a polite predicate. */
const WELCOMED_AFTER = /^(?:(?! and | but )[^.,;:!?])*\b(?:would|will) be (?:\w+ ){0,2}(?:appreciated|welcome|helpful|useful|gratefully received)\b/i;
/** Participles that record, inform or include the writer: wanting them is not directing work ("I want it noted"). */
const NOT_OUTCOME = new Set(['noted', 'known', 'recorded', 'minuted', 'understood', 'involved', 'informed', 'updated', 'consulted', 'kept', 'told', 'copied', 'mentioned', 'promised', 'needed', 'wanted', 'explained', 'included']);
/** Participles the lexicon does not tag as verbs. */
const IRREGULAR_OUTCOME = new Set(['done', 'gone', 'cut', 'put', 'shut', 'set', 'sorted', 'fixed', 'removed', 'left', 'off']);
const PRONOUN_SUBJECT = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'which', 'that', 'who', 'what', 'when', 'where', 'how', 'if', 'whether']);
/** A deadline: "by Friday", "before the end of the month", "within two weeks"; not a clause ("before the campaign gets going"). */
const DEADLINE = /^(?:by|before|within)\s+(?:(?:the\s+)?(?:end|close|start)\b|(?:next|this)\s+\w+|tomorrow|tonight|noon|midday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|the\s+(?:weekend|meeting|deadline)|\w+\s+(?:days?|weeks?|hours?|months?)\b)/i;
/** How many words of an object may stand between "want" and its outcome: "I need the missed bins on Elm Road collected". */
const OBJECT_REACH = 6;
/** How many words before a force are read for the writer's own undertaking or an embedded question. */
const LOOK_BACK = 28;
/** How many words after a force are read for a polite predicate ("… would be much appreciated"). */
const LOOK_AHEAD = 16;
/** How far a force governs when its clause runs on: the words an excerpt and a target search may use. */
const GOVERNED_REACH = 30;

const remember = rememberer<Directive[]>();

/** Every directive force in a sentence, in order. */
export function directivesIn(sentence: Sentence): Directive[] {
  return remember(sentence.text, () => readDirectives(sentence));
}

function readDirectives(sentence: Sentence): Directive[] {
  const text = sentence.text;
  return [
    ...obligations(text), ...matches(NECESSITY, text, 'request'), ...preferences(text), ...matches(IMPERSONAL, text, 'request'),
    ...wanting(text), ...matches(RELIANCE, text, 'instruction'), ...instructing(text), ...requests(text), ...commandingWill(text),
    // An imperative inside a polite request is part of the asking: "Don't worry about it tonight - could you check…?".
    ...(politelyAsked(text) ? [] : imperatives(sentence)),
  ].filter((hit) => givenNotAsked(text, hit)).sort((a, b) => a.start - b.start);
}

/** The first force that tells rather than asks, or null. */
export function instructionIn(sentence: Sentence): Directive | null {
  return directivesIn(sentence).find((directive) => directive.strength === 'instruction') ?? null;
}

/** Whether the sentence asks or tells anyone anything: a question or any directive force. */
export function isAsking(sentence: Sentence): boolean {
  return isQuestion(sentence.text) || directivesIn(sentence).length > 0;
}

/** A question, or a request form beyond a bare "please" (which leaves "Please remove the signs" an instruction). */
function politelyAsked(text: string): boolean {
  return isQuestion(text) || [...text.matchAll(REQUEST)].some((match) => !/^(?:please|kindly|let\s+(?:me|us)\s+know)$/i.test(match[0]));
}

/** Whether the sentence is a polite request: a question, or a request form with no instruction in it. */
export function isPoliteRequest(text: string): boolean {
  if (isQuestion(text)) return true;
  REQUEST.lastIndex = 0;
  return REQUEST.test(text);
}

function directive(text: string, start: number, end: number, strength: Strength): Directive {
  const clause = clauseAt(text, start);
  return { start, end, strength, governed: { start: clause.start, end: governedEnd(text, end) } };
}

/** Where a force stops governing: the end of the sentence, a semicolon, or a new clause with its own subject ("…, but I…"), within a reach of words. */
function governedEnd(text: string, from: number): number {
  const stop = /[;!?]|\s[-–—]\s|,?\s+(?:and\s+|but\s+)?(?:I|we)\s/.exec(text.slice(from));
  const end = stop ? from + stop.index : text.length;
  const reach = words(text.slice(from, end)).slice(0, GOVERNED_REACH).at(-1);
  return reach ? from + reach.end : end;
}

function matches(pattern: RegExp, text: string, strength: Strength): Directive[] {
  return [...text.matchAll(pattern)].map((match) => directive(text, match.index, match.index + match[0].length, strength));
}

/** A modal of obligation whose subject is not the writer: "you must…" tells; "the paragraph should…", "we need to…" press. */
function obligations(text: string): Directive[] {
  const found: Directive[] = [];
  for (const match of text.matchAll(OBLIGATION)) {
    const subject = words(text.slice(clauseAt(text, match.index).start, match.index)).map((word) => word.lower);
    if (subject.at(-1) === 'i' || subject.at(-2) === 'i' && subject.length > 1 && /ly$|^(?:also|still|just|now)$/.test(subject.at(-1)!)) continue;
    if (negatedAt(text, match.index)) continue;
    const term = match[0].toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ');
    // "any figures you have to hand", "what you have to date".
    if (/have (?:got )?to$/.test(term) && /^\s+(?:hand|date)\b/i.test(text.slice(match.index + match[0].length))) continue;
    const addressed = subject.at(-1) === 'you' || subject[0] === 'you' || subject.join(' ').startsWith('your ');
    const strength = addressed ? OBLIGATION_STRENGTH.get(term) ?? 'request' : 'request';
    found.push(directive(text, match.index, match.index + match[0].length, strength));
  }
  return found;
}

function preferences(text: string): Directive[] {
  // "I'd like to know…", "I would like to thank…": the writer's own wish to learn or say, not a preference about others' work.
  return matches(PREFERENCE, text, 'request').filter((hit) => !/^\s+to\s+(?:know|ask|thank|hear|say|add|check|understand|see whether|see if|find out|come|attend|meet|visit|discuss|talk|speak|raise|mention|congratulate|request)\b/i.test(text.slice(hit.end)));
}

/**
 * The writer wanting an outcome of someone else's work: "I want you to close…", "I need the cones
 * removed", "I expect the grant to be approved", "I want Dan off the case". Not the writer's own
 * wish to do or learn something ("I want to know…") or to be told ("I want it noted").
 */
function wanting(text: string): Directive[] {
  const found: Directive[] = [];
  for (const match of text.matchAll(WANTING)) {
    const end = match.index + match[0].length;
    const outcome = wantedOutcome(text, end, /insist/i.test(match[0]));
    // "I'd expect…", "we would want…": the conditional presses rather than tells.
    if (outcome !== null) found.push(directive(text, match.index, outcome, /['’]d\b|\bwould\b/i.test(match[0]) ? 'request' : 'instruction'));
  }
  return found;
}

/** Where the wanted outcome ends, or null when what follows the wanting verb is no outcome of others' work. */
function wantedOutcome(text: string, from: number, insisting: boolean): number | null {
  const after = words(text.slice(from)).slice(0, OBJECT_REACH + 4);
  const at = (word: Word) => from + word.end;
  if (after.length === 0) return insisting ? from : null;
  if (insisting && /^(?:that|on|the|you|officers)$/.test(after[0]!.lower)) return at(after[0]!);
  if (after[0]!.lower === 'to') return after[1]?.lower === 'see' && after.length > 3 ? at(after[1]) : null;
  for (let i = 0; i < Math.min(after.length, OBJECT_REACH + 1); i++) {
    const word = after[i]!;
    if (i > 0 && word.lower === 'to') {
      // "I want you to close…", "I expect the grant to be approved".
      const next = after[i + 1];
      if (next?.lower === 'be') return after[i + 2] && isOutcome(after[i + 2]!.lower) ? at(after[i + 2]!) : null;
      // "I'd expect your report to the sub-committee to recommend…": "to" before a verb; "to the" is a preposition.
      const person = /^(?:you|officers|staff|them|him|her|team|department|service|contractors?|crews?)$/.test(after[i - 1]!.lower);
      if (next && !UNDIRECTED.has(next.lower) && (person || isVerb(next.lower))) return at(next);
      // "I want you to get a crew out", "I expect you to have a crew on site": staff made to cause an outcome.
      if (next && person && CAUSATIVE.has(next.lower) && !after.slice(i + 2, i + 4).some((word) => DELEXICAL.has(word.lower))) return at(next);
      continue;
    }
    if (i > 0 && isOutcome(word.lower) && !/^(?:all|properly|completely|fully)$/.test(word.lower)) return at(word);
    // "I expect this by Friday", "I want the redraft in my inbox by Thursday": a deadline on what is wanted.
    if (i > 0 && DEADLINE.test(text.slice(from + word.start))) return at(word);
    if (i > 0 && PRONOUN_SUBJECT.has(word.lower) || /[.,;:]/.test(text.slice(from + (after[i - 1]?.end ?? 0), from + word.start))) return null;
  }
  return null;
}

function isVerb(word: string): boolean {
  return lexiconClasses(word).some((wordClass) => wordClass === 'Infinitive' || wordClass === 'Verb' || wordClass === 'PresentTense');
}

function isOutcome(word: string): boolean {
  if (NOT_OUTCOME.has(word)) return false;
  if (IRREGULAR_OUTCOME.has(word) || /^[a-z]{2,}ed$/.test(word)) return true;
  return lexiconClasses(word).some((wordClass) => wordClass === 'Participle' || wordClass === 'PastTense');
}

/**
 * The commanding "you will": "You will write to Mr Dawson today", "you will not contact him again". "Will" with
 * the second person and an action verb gives an order that allows no refusal (Collins COBUILD English Grammar,
 * "Using will to give commands"; Huddleston and Pullum 2002, ch. 3, the deontic use of "will"). Only where "you"
 * opens its clause and no condition comes before it ("If you apply, you will…" predicts), and not with verbs of
 * knowing or receiving ("You will be aware…", "You will hear from us…").
 */
function commandingWill(text: string): Directive[] {
  const found: Directive[] = [];
  for (const match of text.matchAll(YOU_WILL)) {
    const verb = match[2]!.toLowerCase();
    if (UNDIRECTED.has(verb) || !isVerb(verb)) continue;
    const lead = words(text.slice(clauseAt(text, match.index).start, match.index));
    if (!lead.every((word) => COMMAND_LEAD.has(word.lower)) || isConditional(text.slice(0, match.index))) continue;
    found.push(directive(text, match.index, match.index + match[0].length, 'instruction'));
  }
  return found;
}

/**
 * Where a causative's object and complement end, or null when none follows: "have [a revised version] [over to
 * me]", "get [the contractor] [booked]", "get [Dan] [to ring] the agent", "have [the report] [by Friday]". A light
 * object ("have a look", "have a good weekend") or a particle straight after the verb ("get back to me") causes
 * nothing. A participle straight after a determiner describes the object ("a revised version"), not its outcome.
 */
function causedOutcome(text: string, from: number): number | null {
  const after = words(text.slice(from, clauseAt(text, from).end)).slice(0, OBJECT_REACH + 2);
  const first = after[0];
  if (!first || COMPLEMENT_PARTICLES.has(first.lower) || !opensObject(first) || after.slice(0, 2).some((word) => DELEXICAL.has(word.lower))) return null;
  for (let i = 1; i < after.length; i++) {
    const word = after[i]!;
    const previous = after[i - 1]!;
    const at = from + word.end;
    if (PRONOUN_SUBJECT.has(word.lower)) return null;
    if (COMPLEMENT_PARTICLES.has(word.lower) || DEADLINE.test(text.slice(from + word.start))) return at;
    // "to" before a verb or the receiver: "get the caretaker to stay on", "get the report to me"; "to the" starts a place.
    if (word.lower === 'to' && after[i + 1] && !DETERMINERS.has(after[i + 1]!.lower)) return from + after[i + 1]!.end;
    if (isOutcome(word.lower) && !DETERMINERS.has(previous.lower)) return at;
  }
  return null;
}

function opensObject(word: Word): boolean {
  if (OBJECT_OPENERS.has(word.lower)) return true;
  return !lexiconClasses(word.lower).some((wordClass) => NOT_OBJECT.has(wordClass));
}

function instructing(text: string): Directive[] {
  return matches(INSTRUCTING, text, 'instruction')
    .filter((hit) => /insist$|^i(?:'m| am)?(?: hereby)? (?:instructing|telling you|directing you|ordering you)$/i.test(text.slice(hit.start, hit.end).replace(/’/g, "'").replace(/\s+/g, ' '))
      || INSTRUCTED.test(text.slice(hit.end)));
}

function requests(text: string): Directive[] {
  const polite = matches(REQUEST, text, 'request');
  const telling = matches(PLEASE_ENSURE, text, 'instruction').filter((hit) => !writerBefore(text, hit));
  return [...telling, ...polite.filter((hit) => !telling.some((tell) => tell.start === hit.start))];
}

/** A bare imperative opening the sentence ("Stop sending…", "Dan, remove the signs"), or a directing verb opening a later clause. */
function imperatives(sentence: Sentence): Directive[] {
  const text = sentence.text;
  const found: Directive[] = [];
  const opening = openingImperative(sentence);
  if (opening && !writerBefore(text, opening)) found.push(directive(text, opening.start, opening.end, 'instruction'));
  for (const match of text.matchAll(LATER_IMPERATIVE)) {
    const verb = match[1]!.toLowerCase();
    const start = match.index + match[0].length - match[0].replace(/^[,;:\s]*(?:and|then)?\s*(?:please\s+|also\s+|just\s+)?/i, '').length;
    if (start <= (opening?.end ?? -1) || !DIRECTIVE.has(verb) && !CONTACT.has(verb) && !CAUSATIVE.has(verb)) continue;
    if (CAUSATIVE.has(verb) && causedOutcome(text, start + verb.length) === null) continue;
    if (sharesSubject(text, match.index, match[0], found.length > 0 || opensWithVerb(text))) continue;
    const hit = directive(text, start, start + match[0].length - (start - match.index), 'instruction');
    if (!writerBefore(text, hit)) found.push(hit);
  }
  for (const match of text.matchAll(RELAYED)) {
    const start = match.index + match[0].indexOf(match[1]!);
    if (start <= (opening?.end ?? -1) || !isVerb(match[2]!) && !DIRECTIVE.has(match[2]!) || sharesSubject(text, match.index, match[0], found.length > 0 || opensWithVerb(text))) continue;
    const hit = directive(text, start, match.index + match[0].length, 'instruction');
    if (!writerBefore(text, hit) && !found.some((other) => other.start === hit.start)) found.push(hit);
  }
  return found;
}

/**
 * Whether a later verb shares the subject of the clause before it rather than opening an imperative. Joined by
 * "and" or "then", it coordinates with that clause's verb ("She says you were rude … and then put the phone
 * down"), so it is an imperative only after another one ("ring the contractor and tell him…"). After a mark,
 * it continues the writer's clause only where a modal or "to" there governs it ("I'll ring the depot, remove
 * the signs…"); otherwise it opens a clause of its own ("I don't care what the modelling says, just strip it out").
 */
function sharesSubject(text: string, joinAt: number, join: string, afterImperative: boolean): boolean {
  if (/^[,;:\s]*(?:and|then)\b/i.test(join)) return !afterImperative;
  return WRITER_MODAL_CLAUSE.test(text.slice(0, joinAt));
}

/** Whether the sentence opens with a verb, past a name and "please": "Please book the hall and make sure…". */
function opensWithVerb(text: string): boolean {
  const rest = text.slice(VOCATIVE.exec(text)?.[0].length ?? 0);
  const word = /^([a-z]+)\b/i.exec(rest)?.[1]?.toLowerCase();
  return word !== undefined && opensImperative(word, rest);
}

function openingImperative(sentence: Sentence): Hit | null {
  const text = sentence.text;
  const lead = VOCATIVE.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead);
  const word = /^([a-z]+)\b/i.exec(rest)?.[1]?.toLowerCase();
  if (!word) return null;
  const afterWord = rest.slice(word.length);
  if (CAUSATIVE.has(word)) return causedOutcome(text, lead + word.length) === null ? null : spanOf(lead, rest);
  if (CONTACT.has(word)) return AT_WRITER.test(afterWord) ? null : spanOf(lead, rest);
  if (POLITE.has(word) && !DIRECTIVE.has(word)) return null;
  if (INFORMATION.has(word) && /^\s+(?:me|us)\b/i.test(afterWord)) return null;
  if (/^(?:don't|do not|never)\s+\w+/i.test(rest)) return { start: lead, end: lead + rest.indexOf(' ', 8) };
  if (!DIRECTIVE.has(word)) {
    if (!opensImperative(word, rest)) return null;
    const first = verbPhrases(sentence)[0];
    if (!first || first.start !== lead || first.form !== 'imperative') return null;
  }
  return spanOf(lead, rest);
}

function spanOf(lead: number, rest: string): Hit {
  return { start: lead, end: lead + Math.min(rest.length, /^\S+(?:\s+\S+){0,4}/.exec(rest)![0].length) };
}

/** Whether the opening word could be a verb telling someone what to do; a name alone ("Dan,", "Owen") is a greeting or sign-off. */
function opensImperative(word: string, rest: string): boolean {
  const classes = lexiconClasses(word);
  if (classes.some((wordClass) => NEVER_IMPERATIVE.has(wordClass))) return false;
  return !(classes.some((wordClass) => NAME.has(wordClass)) && /^\S+\s*$/.test(rest));
}

/** The writer's own undertaking just before: "I'll make sure…", "we will then ensure…". */
function writerBefore(text: string, hit: Hit): boolean {
  return WRITER_BEFORE.test(wordsBefore(text, hit.start, LOOK_BACK));
}

/**
 * Whether a force is given, not reported or asked about: not inside an embedded question ("whether you need to…"), not inside the
 * subject of "…would be appreciated".
 */
function givenNotAsked(text: string, hit: Directive): boolean {
  const before = wordsBefore(text, hit.start, LOOK_BACK);
  if (EMBEDDED_QUESTION.some((pattern) => pattern.test(before))) return false;
  return hit.strength === 'request' || !WELCOMED_AFTER.test(wordsAfter(text, hit.end, LOOK_AHEAD));
}
