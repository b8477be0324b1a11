/**
 * Commitments on the Council's behalf (SPEC 3.3): "the Council will repair",
 * "your costs will be refunded", "we accept liability", "I can confirm the
 * Council will pay". A member who says they will ask, chase or pass something
 * on commits the Council to nothing, and neither do questions, conditions or
 * commitments the writer has just said they cannot give ("I can't promise
 * that the Council will…").
 */
import data from '../../data/commitments.json';
import type { Sentence } from '../recognise/sentences.ts';
import { allHits, anyOf, firstHit, phrases, type Hit } from './lexicon.ts';
import { isConditional, isQuestion } from './mood.ts';
import { CLAUSE_OPENERS, verbPhrases, type VerbPhrase } from './verbs.ts';
import { clauseAt, wordsAfter } from './words.ts';

const EXPLICIT = anyOf(data.explicit, 'gi');
/** What a commitment gives or costs the addressee: a fee, rates, enforcement action, the cost of something. */
const BENEFIT = phrases(data.benefits.map((entry) => entry.term));
/** How many words after a Council verb its benefit may come: "will meet the full cost", "will not be taking enforcement action". */
const OBJECT_WORDS = 5;
/** Where a verb's object gives way to a question about it: "officers will look at whether enforcement action is needed". */
const NOT_OBJECT = /\b(?:whether|if|what|how|when|why|that|to see)\b.*$/i;
/** "Consider the licence fee waived", "consider it done": an outcome declared, not promised, and as binding. */
const DECLARED = new RegExp(`\\bconsider\\s+(?:it|this|that|the|your)\\b(?:\\s+\\S+){0,5}?\\s+(?:waived|written\\s+off|cancelled|refunded|paid|settled|withdrawn|dropped|done|sorted|approved|granted)\\b`, 'i');
/** An exception the addressee can meet ("…unless the works are finished") leaves the Council bound either way. */
const EXCEPTION = /\bunless\b.*$/i;
const HEDGES = anyOf(data.hedges, 'gi');
const NEGATED_BEFORE = new RegExp(data.negatedBefore, 'i');
const OTHER_AGENT = new RegExp(data.otherAgent, 'i');
const REPORTED_SPEECH = new RegExp(data.reportedSpeech, 'i');
const RELAY_OUTCOME = new RegExp(`^(?:${data.relayOutcomes.join('|')})`, 'i');
const CLAUSE_BOUNDARIES = new RegExp(CLAUSE_OPENERS, 'gi');
const FUTURE_CUE = /\b(?:will|shall|won't|going to)\b|'ll\b/i;
const FUTURE_CUES = new RegExp(FUTURE_CUE.source, 'gi');
/** "I will", "…, and I'll", "I personally will": the writer, opening a clause, as the subject of a future cue. */
const WRITER_BEFORE_CUE = new RegExp(`(?:^|${CLAUSE_OPENERS})\\s*I(?:\\s+(?:personally|myself))?\\s*$`, 'i');
const WORD_AFTER_CUE = /^(?:\s+(?:also|then|still|now|certainly|definitely|\w+ly))*\s+([a-z]+)/i;
const COUNCIL_SUBJECT = new RegExp(`(?:^|\\s)(?:${data.councilSubjects.join('|')})$`, 'i');
const SELF_SUBJECT = new RegExp(`^(?:${data.selfSubjects.join('|')})$`, 'i');
const PROCESS = new Set(data.processVerbs);
const GUARANTEE = new Set(data.guaranteeVerbs);
const GUARANTEE_OPENERS = new Set(data.guaranteeVerbs.map((verb) => verb.split(' ')[0]!));
const ENSURE = new Set(data.ensureVerbs);
const INDIRECT_QUESTION = new Set(['when', 'whether', 'if', 'unless', 'until', 'before', 'after', 'while']);
const PERSONAL_SUBJECT = /^(?:i|you|he|she|we all|everyone)$/i;
/** "know what it will cost", "asked officers how long it will take": a wh-clause after a verb of knowing or asking. */
const WH_WORD = '(?:what|how|which|who|whom|whose|where|why)';
const WH_WORDS = new RegExp(`\\b${WH_WORD}\\b`, 'gi');
const QUESTION_LEAD = new RegExp(`\\b(?:${data.questionVerbs.join('|')})\\s+(?:[\\w'’-]+\\s+){0,2}$`, 'i');
/** The object of a causative "have the glass replaced": a short noun phrase, not a new clause with its own subject. */
const CAUSEE = /^(?!.*\b(?:i|you|we|they|he|she)\b)[\w'’-]+(?: [\w'’-]+){0,4}$/i;

const PAYER_QUESTION = new RegExp(data.payerQuestion, 'gi');
const PAYER_ANSWER = new RegExp(data.payerAnswer, 'i');

/**
 * An answer naming the Council as the payer to a question about who will pay, in the
 * same sentence ("As to who will pay, that will be the Council") or in the next
 * ("You asked me who will pay for the rebuild. The answer is the Council, in full.").
 */
export function payerAnswerIn(sentence: Sentence, previous: Sentence | null): Hit | null {
  const text = sentence.text;
  if (isQuestion(text) || isConditional(text)) return null;
  const asked = [...text.matchAll(PAYER_QUESTION)].pop();
  const from = asked ? asked.index + asked[0].length : 0;
  if (!asked && !(previous && firstHit(PAYER_QUESTION, previous.text))) return null;
  const answer = PAYER_ANSWER.exec(text.slice(from));
  if (!answer || hedged(text, from + answer.index)) return null;
  const lead = /^[\s,:;–—-]*/.exec(answer[0])![0].length;
  return { start: from + answer.index + lead, end: from + answer.index + answer[0].replace(/[\s,.!]+$/, '').length };
}

export function commitmentIn(sentence: Sentence): Hit | null {
  const text = sentence.text;
  if (isQuestion(text)) return null;
  if (isConditional(text.replace(EXCEPTION, ''))) return null;
  const declared = DECLARED.exec(text);
  if (declared && (BENEFIT.test(declared[0]) || /^consider\s+(?:it|this|that)\b/i.test(declared[0]))) {
    return { start: declared.index, end: declared.index + declared[0].length };
  }
  if (firstHit(EXPLICIT, text)) {
    for (const hit of allHits(EXPLICIT, text)) {
      if (!NEGATED_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start)) && !hedged(text, hit.start)) return hit;
    }
  }
  if (!FUTURE_CUE.test(text) || onlyWriterEffort(text)) return null;
  const phrases = verbPhrases(sentence);
  for (const [index, phrase] of phrases.entries()) {
    if (isCommitment(phrase, text, phrases.slice(index + 1)) && !hedged(text, phrase.subjectStart) && !reported(text, phrase.subjectStart)) {
      return { start: phrase.subjectStart, end: phrase.end };
    }
  }
  return null;
}

/** A noun phrase up to its first preposition: "your business rates" of "your business rates for January", "your complaint" of "your complaint about the fee". */
function headOf(phrase: string): string {
  return phrase.replace(/\s(?:for|about|of|on|in|from|to|with|at|by|over|regarding)\s.*$/i, '');
}

/** Whether the words at `start` pass on what someone else said: "the waste team, who tell me the bin will be collected". */
function reported(text: string, start: number): boolean {
  return REPORTED_SPEECH.test(text.slice(Math.max(0, start - 80), start));
}

/**
 * Whether a hedge governs the words at `start`: "I can't promise that…", "there is
 * no guarantee that…", "I am not in a position to say…" with nothing between
 * hedge and commitment but its object ("you") and "that". A hedge in its own
 * clause ("I can't promise a date, but the Council will…") governs nothing after.
 */
function hedged(text: string, start: number): boolean {
  for (const hedge of text.slice(0, start).matchAll(HEDGES)) {
    const gap = text.slice(hedge.index + hedge[0].length, start);
    if (gap.length <= 60 && [...gap.matchAll(CLAUSE_BOUNDARIES)].every((opener) => opener[0].toLowerCase() === 'that')) return true;
  }
  return false;
}

/**
 * Whether every future cue of the sentence is the writer promising their own effort
 * ("I will ask", "and I'll chase it up"): such a sentence commits the Council to
 * nothing, so it needs no tagging. A cue followed by a vouching verb ("I will make
 * sure", "I'll get it fixed") still goes to the tagger.
 */
function onlyWriterEffort(text: string): boolean {
  for (const cue of text.matchAll(FUTURE_CUES)) {
    if (!WRITER_BEFORE_CUE.test(text.slice(Math.max(0, cue.index - 40), cue.index))) return false;
    const verb = WORD_AFTER_CUE.exec(text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 60))?.[1]?.toLowerCase();
    if (!verb || verb === 'get' || verb === 'have' || GUARANTEE_OPENERS.has(verb)) return false;
  }
  return true;
}

function isCommitment(phrase: VerbPhrase, text: string, later: readonly VerbPhrase[]): boolean {
  if (!/\b(?:will|shall|'ll|going to)\b|^'ll/.test(phrase.auxiliary) && !phrase.form.includes('future')) return false;
  // "…ask when it will be repaired": an indirect question promises nothing.
  if (INDIRECT_QUESTION.has(phrase.clauseOpener) || embeddedQuestion(phrase, text)) return false;
  const verb = phrase.infinitive.split(' ')[0] ?? '';
  const subject = phrase.subject;
  if (SELF_SUBJECT.test(subject)) {
    // "I will make sure the road is fixed", "I will get it repaired": the member vouches for the outcome.
    const following = text.slice(phrase.end, phrase.end + 12);
    if (ENSURE.has(phrase.infinitive) || ENSURE.has(verb)) return !onlyRelayEnsured(phrase, text, later);
    return GUARANTEE.has(phrase.infinitive) || GUARANTEE.has(verb)
      || verb === 'get' && /^\s*(?:it|this|that|the|your)\b/i.test(following)
      || causative(phrase, text, later);
  }
  if (COUNCIL_SUBJECT.test(subject) && causative(phrase, text, later)) return true;
  // A benefit or cost to the addressee: "the Council will meet the full cost", "…will not be taking enforcement action".
  if (COUNCIL_SUBJECT.test(subject) && BENEFIT.test(wordsAfter(text, phrase.end, OBJECT_WORDS).replace(NOT_OBJECT, ''))) return true;
  // The benefit as the subject of a passive: "your business rates for January to March will be written off".
  if (phrase.passive && BENEFIT.test(headOf(text.slice(clauseAt(text, phrase.start).start, phrase.start))) && !OTHER_AGENT.test(text.slice(phrase.end))) return true;
  if (PROCESS.has(verb)) return false;
  if (COUNCIL_SUBJECT.test(subject)) return true;
  // "Your fence will be repaired", "the road will be resurfaced next month"; not "…covered by your insurer".
  return phrase.passive && subject.length > 0 && !PERSONAL_SUBJECT.test(subject) && !OTHER_AGENT.test(text.slice(phrase.end));
}

/** Whether the verb's clause is a wh-question embedded after "know", "ask", "not sure" and the like. */
function embeddedQuestion(phrase: VerbPhrase, text: string): boolean {
  let wh = -1;
  if (phrase.clauseOpener === 'who' || phrase.clauseOpener === 'which') {
    wh = text.toLowerCase().lastIndexOf(phrase.clauseOpener, phrase.subjectStart);
  }
  for (const word of text.slice(phrase.subjectStart, phrase.start).matchAll(WH_WORDS)) wh = phrase.subjectStart + word.index;
  return wh >= 0 && QUESTION_LEAD.test(text.slice(Math.max(0, wh - 60), wh));
}

/**
 * Whether "will have"/"will get" is causative, its object followed by what is done
 * to it ("will have the glass replaced", "will get the hedge cut back") or by who
 * does it ("will have a contractor repair the wall"), with a service verb either way.
 */
function causative(phrase: VerbPhrase, text: string, later: readonly VerbPhrase[]): boolean {
  const verb = phrase.infinitive;
  const done = later[0];
  if ((verb !== 'have' && verb !== 'get') || phrase.negative || !done || done.clauseOpener !== '' || !CAUSEE.test(done.subject)) return false;
  if (text.slice(phrase.end, done.start).trim().toLowerCase() !== done.subject) return false;
  const base = done.infinitive.split(' ')[0] ?? '';
  // A participle ("replaced", "cut back") or a bare infinitive ("repair"), not a noun read as a verb ("the survey results").
  const form = done.form === 'simple-past' || done.text.toLowerCase().split(/\s/)[0] === base;
  return form && !PROCESS.has(base) && !done.auxiliary && !done.negative;
}

/**
 * Whether what the writer ensures is only their own relaying ("I will make sure your
 * complaint reaches the noise team", "…that officers are aware", "…that you hear
 * back"), not a service the Council must deliver ("…that the fence is repaired").
 * The ensured clause's verb must follow straight on, and every verb or clause
 * joined to it by "and" or "and that" must be a relaying one too.
 */
function onlyRelayEnsured(phrase: VerbPhrase, text: string, later: readonly VerbPhrase[]): boolean {
  const ensured = later[0];
  if (!ensured) return false;
  const gap = text.slice(phrase.end, ensured.start);
  if (gap.length > 60 || [...gap.matchAll(CLAUSE_BOUNDARIES)].some((opener) => opener[0].toLowerCase() !== 'that')) return false;
  const joined = later.slice(1).filter((next) => (next.subject === '' || next.clauseOpener === 'that')
    && /\b(?:and|or)\s+(?:that\s+)?$/i.test(text.slice(Math.max(0, next.subjectStart - 12), next.subjectStart)));
  return [ensured, ...joined].every((verb) => RELAY_OUTCOME.test(text.slice(verb.start)));
}
