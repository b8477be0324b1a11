import type { Rule } from '../rule.ts';
import { directivesIn, type Directive } from '../nlp/directive.ts';
import { valenceOf } from '../nlp/evaluation.ts';
import { allHits, alternation, termGroup, terms, type Hit } from '../nlp/lexicon.ts';
import { isQuestion } from '../nlp/mood.ts';
import { clauseAt, negatedAt, words, wordsAfter, wordsBefore } from '../nlp/words.ts';
import advice from '../../data/advice-pressure.json';
import { reportInSentence } from './support.ts';

/** A report named: a sentence, its neighbours or the subject naming one makes the advice a report's. */
const REPORT_CONTEXT = new RegExp(`\\b(?:${alternation(terms(advice.reportWords))})s?\\b`, 'i');
/**
 * The general frame: a TARGET that is part of a report's advice ("the 10pm condition", "option C", "that phrase",
 * "it" after "appendix C"), a CHANGE to it from the data ("taken out", "left out", "can go", "wasn't in the version",
 * "moved from red to amber", "survived into the published version"), and the member's STANCE over the change: a
 * directive force that governs it ("I'd like…", "You need to…", "Let's…"), a request put as a question ("Is there a
 * form of words that…?"), an evaluation of it ("It would be a real shame if…"), or the member's own leave ("X can go").
 */
type Kind = 'removal' | 'absence' | 'presence';
/** Where the target stands in a form: before the change, inside it (its object), after it, or the form names it itself (a rating). */
type TargetAt = 'before' | 'inside' | 'after' | 'self';
/** How a change that ends its clause may be followed: 'strict' only by the end of the clause, 'open' by anything but an idiom of publishing. */
type Final = 'strict' | 'open' | undefined;
interface Entry { forms: string[]; kind: string; final?: string; place?: boolean; stance?: boolean }
interface Form { pattern: RegExp; targetAt: TargetAt; kind: Kind; final: Final; place: boolean; stance: boolean }

const TARGET = new RegExp(`\\b(?:${alternation(terms(advice.targets))})s?\\b`, 'i');
const PLACE = new RegExp(`\\b(?:${alternation(terms(advice.places))})s?\\b`, 'i');
const RATING = `(?:${alternation(terms(advice.ratings))})`;
const RATED = new RegExp(`\\b${RATING}\\b`, 'i');
/** How many words an object, or the words between a target and its change, may run to. */
const OBJECT_WORDS = 8;
const TARGET_REACH = 12;
/** A word of an object, which runs to no punctuation that ends a phrase. */
const OBJECT_WORD = '[^\\s,;:!?"“”]+';
/**
 * The object a change verb takes, between the verb and its particle: "take [the 10pm condition] out". Counted in
 * words, so that a sentence without the particle is read once, not again from each of its words.
 */
const OBJECT = `((?:${OBJECT_WORD}\\s+){0,${OBJECT_WORDS - 1}}?${OBJECT_WORD})`;
/** How many words after a change its place in the report may come: "vanish from the [published] paper". */
const PLACE_REACH = 6;
/** Pronouns standing for advice named before: "Let's leave it out", "I'd like that one taken out". */
const PRONOUN = /^(?:it|this|that|they|them|these|those|(?:this|that) one)$/i;
/** A pronoun ending the words before a change: "I'd like [it] taken out". */
const PRONOUN_BEFORE = /\b(?:it|this|that|they|them|these|those)(?:\s+one)?(?:\s+\S+){0,2}\s*$/i;
/** A pronoun object not moved by the change: "drop it round", "take it in". */
const PRONOUN_NOT_OBJECT = /^\s+(?:round|in|into|by|over|back|up|to|with|on|at|for)\b/i;
/** A label for one of several options named just before: "went with options A and B and left [C] out". */
const LABEL = /^(?:[A-Z]|\d+(?:\.\d+)*|[ivx]+)$/;
/** What may follow a change that must end its clause ("option C can go as well"), not "can go to Cabinet" or "come out with". */
const FINAL = /^\s*(?:$|[.,;:!?)"”—–-]|(?:and|or|so|but|because|as well|too|altogether|entirely|completely|now|please|for good|from|of)\b)/i;
/** "Come out" as published or turned out, not taken out: "come out with", "come out in favour", "come out on top", "come out next week". */
const PUBLISHED = /^\s+(?:with|in|on|at|ahead|to|for|against|as|well|badly|right|by|next|this|tomorrow|today|soon)\b/i;
/** A change moved out of or from a place: only out of the report counts ("take it out of the diary" does not). */
const OUT_OF = /^\s+(?:of|from)\b/i;
/** Clauses opened by a relative word belong to the noun before: "a form of words [that makes the same point without…]". */
const RELATIVE = new Set(['that', 'which', 'who']);
/** An evaluation of what would happen: "it would be a real shame if", "it would help if", "I'd hate it if", "I'd love to see". */
const EVALUATIVE = /\b(?:(?:it|that)(?:['’]d|['’]ll|\s+would|\s+will|\s+might)?\s+(?:be\s+((?:[\w'’-]+\s+){1,3}?)|(help)\s+(?:\w+\s+)?)if|I(?:['’]d|\s+would)\s+(hate|love)\s+(?:it\s+)?(?:if|for|to\s+see))\b/gi;
/** An evaluation that is negated or leads to an infinitive ("it would not be fair if", "it would be good to know if") judges nothing done to the advice. */
const NOT_EVALUATION = /\b(?:to|not|never)\b|n['’]t\b/i;
/** A question asking what is or was so, not for a change: "Has option C been taken out?", "Was it removed?". */
const INFORMATION_QUESTION = /^\s*(?:has|have|had|is(?!\s+there)|are(?!\s+there)|was|were|did|does|do|what|which|when|where|who)\b/i;
/** What opens a request put as a question, before or in the change it asks for: "could option 3 be taken out?", "is there a form of words…?". */
const ASKING_FOR = /\b(?:could|can|would|will|shall|should|might|may|is\s+there|are\s+there|any\s+chance|how\s+about|what\s+about|why\s+not|why\s+don['’]t)\b/i;
const NEGATED_FORCE = /n['’]t\b|\b(?:not|never)\b/i;

/** The decisions a report may recommend, from the data, and options by name ("option B", "the in-house option"). */
const OUTCOME_WORD = `(?:${termGroup(advice.outcomes)}|option \\w+|the (?:\\w+ )?option)`;
const INSTEAD = termGroup(advice.insteadOf);
/**
 * Another outcome recommended in place of the officer's: "recommend" with "rather than", "instead of" or "in place
 * of" within four words ("recommend refusal rather than approval"), or an outcome then "instead" or "not"
 * ("recommending refusal, not approval", "recommend a warning instead").
 */
const OTHER_OUTCOME = new RegExp(`\\brecommend(?:s|ed|ing)?\\s+(?:(?:\\S+\\s+){0,4}?${INSTEAD}|(?:\\S+\\s+)?${OUTCOME_WORD},?\\s+(?:instead|not))\\b`, 'gi');
/**
 * Advice said to be, read or come out as an outcome, under a force: "the recommendation needs to be
 * refusal", "…more comfortable if the officer recommendation read as approval". A copula or a verb
 * of saying links advice to its outcome; "the recommendation for approval" names one and asks nothing.
 */
const ADVICE_AS_OUTCOME = new RegExp(`\\b(?:recommendations?|advice|conclusions?)\\b(?:\\s+\\S+){0,6}?\\s+(?:be|is|are|was|were|read|reads|say|says|said|come|comes|came|go|goes|went|end up|changed? to)\\b(?:\\s+\\S+){0,3}?\\s+${OUTCOME_WORD}\\b`, 'i');
/** The outcome a force asks the officer to recommend: "prepared to recommend refusal", "expect your report … to recommend a warning". */
const RECOMMEND_OUTCOME = new RegExp(`\\b(?:recommend|to recommending)\\b(?:\\s+\\S+){0,3}?\\s+${OUTCOME_WORD}\\b`, 'i');
const forms = (list: ReadonlyArray<{ forms: string[] }>) => alternation(list.flatMap((entry) => entry.forms));
/**
 * Advice written so that it reads differently: a verb of writing, up to three words, "so (that)", "so as not to",
 * "in a way that" or "such that", up to three words, and a verb of seeming ("worded so it doesn't read as though…",
 * "word the conclusion so it gives the impression that…").
 */
const REFRAME = new RegExp(`\\b(?:${forms(advice.reframeVerbs)})\\s+(?:\\S+\\s+){0,3}?(?:so\\s+that|so\\s+as\\s+not\\s+to|so|in\\s+a\\s+way\\s+that|such\\s+that)\\s+(?:\\S+\\s+){0,3}?(?:${forms(advice.readsAs)})\\b`, 'gi');
const REFRAMED_PART = new RegExp(`${TARGET.source}|\\breports?\\b`, 'i');
/** Asking about the advice, not for a change: "why", "how", "whether", or a verb of knowing before "if", "what", "when", "who" or "which" ("tell me what…", "check if…"). */
const ASKING_ABOUT = new RegExp(`\\b(?:why|how|whether)\\b|\\b${termGroup(advice.askingVerbs)}\\s+(?:\\S+\\s+){0,2}?(?:if|what|when|who|which)\\b`, 'i');
/** The writer disclaiming pressure: "I'm not asking you to pretend…", "not suggesting that you…". */
const DISCLAIMED = new RegExp(`\\b(?:not|never)\\s+${termGroup(advice.disclaimers)}\\s+(?:you|that\\s+you|officers)\\b`, 'i');
/** The writer accepting the advice: "I respect your professional judgement", "I accept the officers' view". */
const RESPECTED = /\bI\s+(?:respect|accept)\s+(?:your|the\s+officers['’]|officers['’])\s+(?:advice|professional|view|judgement|judgment|recommendation)\b/i;
/** The writer disagreeing ("I disagree with the recommendation"), which presses only when a change is then asked ("so please change it"). */
const DISAGREEING = /\b(?:I|we)\s+(?:disagree|do\s+not\s+agree|don['’]t\s+agree)\b/i;
const THEN_ASKED = /\b(?:so|therefore)\s+(?:please|change|remove)\b/i;
/** "Why don't we…", "why not…": a suggestion, not a question (Cambridge Grammar of English 421, suggestions). */
const SUGGESTING = /\bwhy\s+(?:not|don['’]t|do\s+not)\b/i;

const FORMS: Form[] = (advice.changes as Entry[]).flatMap((entry) => entry.forms.map((form) => compileForm(form, entry)));

function compileForm(form: string, entry: Entry): Form {
  const tokens = form.split(/\s+/);
  const at = tokens.indexOf('X');
  const targetAt: TargetAt = at < 0 ? 'self' : at === 0 ? 'before' : at === tokens.length - 1 ? 'after' : 'inside';
  const kept = targetAt === 'before' ? tokens.slice(1) : targetAt === 'after' ? tokens.slice(0, -1) : tokens;
  const source = kept.map((token) => (token === 'X' ? OBJECT : token === 'R' ? RATING : `(?:${alternation(token.split('|'))})`)).join('\\s+');
  return { pattern: new RegExp(`\\b${source}\\b`, 'gi'), targetAt, kind: entry.kind as Kind, final: entry.final as Final, place: entry.place === true, stance: entry.stance === true };
}

/** Model protocol 33 and 61, Part 5 protocol 3.1, Harrow protocol 2.6: officers' advice is theirs to give, and members may not press them to change it. */
export const pressureOnOfficerAdvice: Rule = {
  meta: {
    id: 'pressure-on-officer-advice',
    title: "Pressure to change officers' advice",
    severity: 'error',
    description: 'A request to change, withhold, soften or drop professional advice, options or recommendations in a report.',
    messages: {
      pressure: '"{words}" asks an officer to change their professional advice.',
    },
    suggestions: {
      pressure: 'Put your view to the committee or add it as a member comment; the officer\'s advice must stay their own.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role === 'officer' && !analysis.addressees.some((person) => person.role === 'officer')) return;
    if (!analysis.addressees.some((person) => person.role === 'officer')) return;
    const inSubject = mentionsReport(analysis.subject.text);
    const sentences = analysis.sentences;
    for (const [index, sentence] of sentences.entries()) {
      // A report named nearby (two sentences before, one after) or in the subject makes this advice in a report.
      const nearby = sentences.slice(Math.max(0, index - 2), index + 2).some((other) => mentionsReport(other.text));
      const before = sentences.slice(Math.max(0, index - 2), index).map((other) => other.text).join(' ');
      const hit = advicePressureIn(sentence.text, directivesIn(sentence), inSubject || nearby, before);
      if (!hit) continue;
      reportInSentence(context, analysis, sentence, hit, 'pressure');
    }
  },
};

/**
 * A request to change, withhold, soften, drop or reframe advice, or to recommend another outcome: "change the
 * recommendation to refusal"; not a question about it ("why was option 3 removed?"). `before` is the text of the
 * sentences just before, where a pronoun's advice may have been named ("My worry is paragraph 6.3. … Could we take it out?").
 */
function advicePressureIn(text: string, directives: readonly Directive[], reportContext: boolean, before = ''): Hit | null {
  if (disclaimed(text) || !(reportContext || REPORT_CONTEXT.test(text))) return null;
  const hits = changesPressed(text, directives, before);
  const outcomes = [...allHits(OTHER_OUTCOME, text), ...directedOutcomes(text, directives), ...(REFRAMED_PART.test(text) ? allHits(REFRAME, text) : [])];
  // An outcome or a reframing must be what a force governs ("could you recommend refusal instead"), or what a question asks for.
  const governed = (hit: Hit) => isQuestion(text) || directives.some((force) => hit.start < force.governed.end && hit.end > force.governed.start);
  hits.push(...outcomes.filter((hit) => governed(hit) && !askingAbout(text, hit)));
  return hits.sort((a, b) => a.start - b.start)[0] ?? null;
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

/** Every change to a target that the member presses: "You need to take the 10pm condition out of the recommendation". */
function changesPressed(text: string, directives: readonly Directive[], before: string): Hit[] {
  const hits: Hit[] = [];
  // No target named here or just before, and no rating: nothing to change (and the forms need not be read).
  if (!TARGET.test(`${before} ${text}`) && !RATED.test(text)) return hits;
  for (const form of FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      const change = { start: match.index, end: match.index + match[0].length };
      const after = text.slice(change.end);
      if (form.final === 'strict' ? !FINAL.test(after) : form.final === 'open' && PUBLISHED.test(after)) continue;
      if (form.place ? !PLACE.test(wordsAfter(text, change.end, PLACE_REACH)) : OUT_OF.test(after) && !PLACE.test(wordsAfter(text, change.end, PLACE_REACH))) continue;
      if (form.kind !== 'absence' && negatedAt(text, change.start) && !SUGGESTING.test(wordsBefore(text, change.start, 4))) continue;
      const hit = targetOf(text, form, match, before);
      if (hit && !askingAbout(text, hit) && pressed(text, hit, form, directives)) hits.push(hit);
    }
  }
  return hits;
}

/** The target and its change as one span, or null when the change has no target. */
function targetOf(text: string, form: Form, match: RegExpMatchArray, before: string): Hit | null {
  const start = match.index!;
  const end = start + match[0].length;
  const named = (at: number) => TARGET.test(`${before} ${text.slice(0, at)}`);
  switch (form.targetAt) {
    case 'self':
      return { start, end };
    case 'inside': {
      const object = match[1]!.trim();
      if (words(object).length > OBJECT_WORDS) return null;
      if (TARGET.test(object) || PRONOUN.test(object) && named(start)) return { start, end };
      return LABEL.test(object) && TARGET.test(text.slice(0, start)) ? { start, end } : null;
    }
    case 'after': {
      const object = wordsAfter(text, end, OBJECT_WORDS);
      const clauseEnd = /[,;:!?]/.exec(object)?.index ?? object.length;
      const target = TARGET.exec(object.slice(0, clauseEnd));
      if (target) return { start, end: end + target.index + target[0].length };
      const pronoun = /^\s+(it|this|that|them|these|those)\b/i.exec(object);
      return pronoun && named(start) && !PRONOUN_NOT_OBJECT.test(text.slice(end + pronoun[0].length)) ? { start, end: end + pronoun[0].length } : null;
    }
    case 'before': {
      const lead = leadingWords(text, start);
      const target = [...lead.matchAll(new RegExp(TARGET.source, 'gi'))].pop();
      if (target) return { start: start - lead.length + target.index!, end };
      return PRONOUN_BEFORE.test(lead) && named(start) ? { start: start - (PRONOUN_BEFORE.exec(lead)![0].length), end } : null;
    }
  }
}

/** The words of a change's clause before it, reaching back over a relative clause to its noun ("a form of words that…"). */
function leadingWords(text: string, index: number): string {
  let clause = clauseAt(text, index);
  if (RELATIVE.has(clause.opener) && words(text.slice(clause.start, index)).length <= 1 && clause.start > 0) clause = clauseAt(text, clause.start - 1);
  return text.slice(Math.max(clause.start, index - wordsBefore(text, index, TARGET_REACH).length), index);
}

/** Whether the member presses the change: wished, asked for or welcomed; for advice staying in, regretted or not wanted. */
function pressed(text: string, hit: Hit, form: Form, directives: readonly Directive[]): boolean {
  const wantsChange = form.kind !== 'presence';
  if (form.stance && wantsChange) return true;
  for (const force of directives) {
    if (hit.start >= force.governed.end || hit.end <= force.governed.start) continue;
    const negated = NEGATED_FORCE.test(text.slice(clauseAt(text, force.start).start, force.end));
    if (negated !== wantsChange) return true;
  }
  if (wantsChange && isQuestion(text) && !INFORMATION_QUESTION.test(text) && ASKING_FOR.test(text.slice(0, hit.end))) return true;
  for (const evaluation of text.slice(0, hit.start).matchAll(EVALUATIVE)) {
    const judged = evaluation[1] ?? evaluation[2] ?? evaluation[3]!;
    if (NOT_EVALUATION.test(judged)) continue;
    const valence = words(judged).reduce((sum, word) => sum + valenceOf(word.lower), 0);
    if (valence !== 0 && valence > 0 === wantsChange) return true;
  }
  return false;
}

/** Whether the writer disclaims pressing the officer, accepts the advice, or only disagrees with it. */
function disclaimed(text: string): boolean {
  if (DISCLAIMED.test(text) || RESPECTED.test(text)) return true;
  const disagreeing = DISAGREEING.exec(text);
  return disagreeing !== null && !THEN_ASKED.test(text.slice(disagreeing.index));
}

/** Whether the clause asks about the advice rather than for a change to it: "tell me why option 3 was taken out". */
function askingAbout(text: string, hit: Hit): boolean {
  const lead = text.slice(clauseAt(text, hit.start).start, hit.start);
  return ASKING_ABOUT.test(lead) && !SUGGESTING.test(lead);
}

function mentionsReport(text: string): boolean {
  return REPORT_CONTEXT.test(text);
}
