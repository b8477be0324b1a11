import type { Rule } from '../rule.ts';
import data from '../../data/commitments.json';
import { instructionIn } from '../nlp/directive.ts';
import { allHits, alternation, anyOf, firstHit, phrases, termGroup, terms, type Hit } from '../nlp/lexicon.ts';
import { isConditional, isQuestion } from '../nlp/mood.ts';
import { rememberer } from '../nlp/remember.ts';
import { verbPhrases, type VerbPhrase } from '../nlp/verbs.ts';
import { clauseAt, clauses, negatedAt, words, wordsAfter, wordsBefore } from '../nlp/words.ts';
import { councilBehalfIn } from '../recognise/behalf.ts';
import type { Sentence } from '../recognise/sentences.ts';
import { isOutsider, reportInSentence } from './support.ts';

const rememberCommitment = rememberer<Hit | null>();
/**
 * The reader told what they may or must do ("you may go ahead with the work", "from 1 November you must close
 * by 11pm"): in a letter written on the Council's behalf, a permission or requirement given as the Council's.
 */
const RULING = new RegExp(`\\byou\\s+(?:\\w+ly\\s+)?(?:${termGroup(data.rulings.permissions)}|${termGroup(data.rulings.requirements)})\\b`, 'gi');

function rulingIn(text: string): Hit | null {
  if (isQuestion(text) || isConditional(text)) return null;
  const hit = firstHit(RULING, text);
  return hit && !negatedAt(text, hit.start) ? hit : null;
}

/** Model protocol 125 and 129: a member cannot commit the Council; only its decision-makers and officers can. */
export const memberLetterObligation: Rule = {
  meta: {
    id: 'member-letter-obligation',
    title: 'Councillor commits the Council',
    severity: 'error',
    description: 'A member writing outside the council commits the Council, admits liability or presents themselves as able to bind it.',
    messages: {
      commits: '"{words}" commits the Council in a member\'s name; a member cannot bind the Council.',
    },
    suggestions: {
      commits: 'Say what you will ask officers to do instead ("I have asked officers whether the Council can…"), and let officers confirm any commitment.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'member' || analysis.kind === 'press-release') return;
    if (!analysis.addressees.some(isOutsider)) return;
    const council = analysis.config.council;
    const sentences = analysis.sentences;
    // A letter that says anywhere that it is written on the Council's behalf gives its permissions and requirements as the Council's.
    const onBehalf = sentences.some((sentence) => councilBehalfIn(sentence.text, council));
    sentences.forEach((sentence, index) => {
      const previous = sentences[index - 1] ?? null;
      const hit = rememberCommitment(`${council}\n${previous?.text ?? ''}\n${sentence.text}`, () => commitmentIn(sentence)
        ?? payerAnswerIn(sentence, previous) ?? (councilBehalfIn(sentence.text, council) ? instructionIn(sentence) : null))
        ?? (onBehalf ? rulingIn(sentence.text) : null);
      if (hit) reportInSentence(context, analysis, sentence, hit, 'commits');
    });
  },
};

/**
 * Commitments on the Council's behalf (SPEC 3.3), read here beside the one rule
 * that uses them: "the Council will repair", "your costs will be refunded",
 * "we accept liability", "I can confirm the Council will pay". A member who says they will ask, chase or pass something
 * on commits the Council to nothing, and neither do questions, conditions or
 * commitments the writer has just said they cannot give ("I can't promise
 * that the Council will…").
 */
/*
 * Structural patterns of commitment, kept here with the code that reads them; the word lists they draw on are
 * in core/data/commitments.json.
 */

/** One group of alternatives from several patterns: `(?:a|b|c)`. */
function either(...alternatives: RegExp[]): string {
  return `(?:${alternatives.map((alternative) => alternative.source).join('|')})`;
}

/** Forms that commit the Council outright, whatever the tagger makes of the verbs. */
const EXPLICIT_FORMS: readonly RegExp[] = [
  // A decision the writer says they took in the Council's name: "I have agreed, on behalf of the Council, to…".
  /\bI(?:'ve| have) (?:agreed|decided|authorised|authorized|approved)\b.{0,40}\b(?:on behalf of the (?:council|authority)|on the (?:council|authority)['’]s behalf)\b/,
  // The Council's name, then the writer's undertaking: "On behalf of the Council, I can confirm…".
  /\b(?:on behalf of the (?:council|authority)|on the (?:council|authority)['’]s behalf),? I (?:can |will |hereby )?(?:agree|accept|confirm|promise|guarantee|undertake|commit)\b/,
  // The writer's own guarantee of an outcome: "I promise you the Council will…", "I guarantee your bin…".
  /\bI (?:can |will )?(?:guarantee|promise) (?:you )?(?:that )?(?:the council|we|it|your|you|this|the)\b/,
  // Staff directed by the writer: "I've instructed officers…".
  /\bI(?:'ve| have) (?:instructed|authorised|authorized|directed|told) (?:officers|the council|staff|the team|council staff|the contractors?)\b/,
  // An outcome the writer says they have arranged for the Council to deliver: "I've arranged for the Council to pay…",
  // with who arranged it ("with the highways team"), who delivers it, and the service or payment.
  new RegExp([
    /\bI(?:'ve| have)? (?:now |already |personally )?/.source,
    /(?:arranged|agreed|authori[sz]ed|approved|sorted(?: it)?|organi[sz]ed|fixed it|squared it|got it agreed) /.source,
    /(?:(?:with|through) (?:\w+ ){1,3})?/.source,
    /for (?:the council|the authority|officers|council staff|the (?:\w+ )?(?:team|department|service)|our contractors?|the contractors?) /.source,
    /to (?:pay|cover|refund|reimburse|compensate|repair|replace|fix|clear|remove|waive|write off|cancel|resurface|rebuild|reinstate|install|fund|meet the cost)\b/.source,
  ].join('')),
  // Money promised to the reader: "you'll be fully reimbursed".
  /\byou(?: will|['’]ll|['’]re going to) be (?:\w+ly )?(?:compensated|reimbursed|refunded|repaid|paid)\b/,
  // A charge promised away: "you won't be charged".
  /\byou (?:will not|won['’]t|['’]ll not|shall not|will never) be (?:charged|billed|invoiced|fined|asked to pay)\b/,
  /\byou (?:will not|won['’]t|['’]ll not|will never) (?:have|need) to pay\b/,
  // A charge to be waived or met, unless by someone other than the Council: "the fee will be waived", not "…covered by your insurer".
  new RegExp([
    /\b(?:the|your|this|that) (?:charge|fee|fine|penalty|bill|invoice|costs?) /.source,
    /(?:will|is going to) be (?:waived|cancelled|canceled|refunded|written off|covered|met)\b/.source,
    /(?! by (?!(?:the )?(?:council|authority)\b))/.source,
  ].join('')),
  // A Council decision to pay or repair, reported as made: "the Council has agreed to pay".
  /\bthe council (?:has agreed|agrees) to (?:pay|cover|refund|reimburse|compensate|repair|replace)\b/,
  // The Council meeting a cost now: "the Council is picking up the bill".
  new RegExp([
    /\b(?:the council|the authority|we)(?: is|['’]s| are|['’]re) (?:\w+ly )?(?:picking up|paying|covering|footing|meeting) /.source,
    /(?:the |your |all the |any |this |that )?(?:bill|cost|costs|tab|invoice|charge|expense)\b/.source,
  ].join('')),
];

/**
 * A hedge: a negated undertaking ("I can't promise", "I'm not in a position to say", "nobody can guarantee"),
 * with an aside between commas and up to six filler words ("I can't, at this stage, really promise"); "no
 * guarantee"; nothing yet decided; or doubt ("not certain", "unlikely", "I doubt").
 */
const HEDGE_FORMS: readonly RegExp[] = [
  new RegExp([
    // The negation: "cannot", "n't", "never", "unable to", "in no position to", "nobody can".
    /(?:\bcannot|\bcan not|n['’]t|\bnot|\bnever|\bunable to|\bin no position to|\b(?:no-?one|no one|nobody) (?:can|could|will|would))/.source,
    /(?:,[^,.;]{1,30},)?/.source,
    // Filler before the undertaking: adverbs (not "only"), "able to", "in a position to", "want to", "going to", "so far as".
    / (?:(?:(?!only)\w+ly|yet|now|really|even|be|able|in|a|position|want|wish|like|going|about|free|allowed|permitted|to|go|so|far|as) ){0,6}/.source,
    // The undertaking: a verb of promising, "say" or "tell you" (not "say how much"), or giving a promise as a noun.
    either(
      /(?:promis|guarante|confirm|commit|assur|undertak|pledg|vouch|predict)\w*/,
      /say(?! (?:how|enough|too|much)\b)/,
      /tell (?:you|anyone)(?! (?:how|enough|what)\b)/,
      /(?:give|make|offer) (?:you )?(?:an? |any )?(?:\w+ )?(?:promise|guarantee|assurance|commitment|undertaking)s?/,
    ),
    /\b/.source,
  ].join('')),
  /\bno (?:\w+ )?(?:guarantee|promise|assurance|certainty|undertaking|commitment)s?\b/,
  /\bnothing (?:is|has been) (?:yet )?(?:guaranteed|certain|decided|agreed|confirmed|promised)\b/,
  /\b(?:not (?:yet |entirely |completely |at all )?(?:certain|sure|confident|clear|known|decided|agreed|guaranteed|confirmed|settled)|unlikely|not likely|doubtful|(?:I|we) (?:\w+ )?doubt)\b/,
];

/**
 * What a member may make sure of as only their own relaying, read from the verb of the ensured clause: the
 * complaint reaching someone, being passed on or presented, being logged or looked at, someone being made
 * aware, hearing back or getting a reply, or someone looking into it.
 */
const RELAY_OUTCOME_FORMS: readonly RegExp[] = [
  /reach(?:es|ed)? (?!you\b|your\b)/,
  /(?:gets?|goes|go|lands?|ends? up) (?:straight |directly )?(?:to|with|on|in front of|before) (?!you\b)/,
  // Passed on to someone other than the reader: "is passed to the team", "is presented properly at full council".
  new RegExp([
    /(?:is|are|gets?|has been|have been) (?:\w+ly )?/.source,
    /(?:passed|forwarded|sent|referred|handed|copied|escalated|reported|raised|given|shown|put|brought|taken|flagged|relayed|circulated|presented|tabled|submitted)/.source,
    /(?: (?:on|up|back|straight|directly|\w+ly))? (?:to|with|in front of|before|at) (?!you\b)/.source,
  ].join('')),
  // Attended to: "is logged", "is looked into", "is taken seriously", "is on their radar".
  new RegExp([
    /(?:is|are|gets?) (?:\w+ly )?/.source,
    either(
      /logged|recorded|registered|noted|acknowledged|heard|read|seen|answered|looked (?:at|into)|considered|reviewed|investigated|assessed/,
      /examined|inspected|discussed|followed up|chased|taken seriously|taken into account|contacted|called|phoned|rung|written to/,
      /on (?:the|their) (?:agenda|radar|list)/,
    ),
    /\b/.source,
  ].join('')),
  /(?:is|are) (?:\w+ly |made |kept )?(?:aware|informed|told|briefed|updated|in the loop|alerted|notified|in touch)\b/,
  /(?:knows?|hears? about|understands?|realises?|realizes?|sees?|reads?)\b(?! to\b)/,
  /hears? (?:back|from)\b/,
  /(?:gets?|receives?|has|have) (?:a|an) (?:\w+ )?(?:reply|response|answer|update|acknowledgement|call)\b/,
  /(?:looks? (?:at|into)|(?:considers?|reviews?|investigates?|assess(?:es)?|inspects?|examines?|contacts?|calls?|rings?|replies|reply|responds?|writes?)\b|gets? (?:back|in touch)\b)/,
];

/** A question about who will pay: "who will pay for the rebuild", "who's responsible for the bill", "who foots it". */
const PAYER_QUESTION = new RegExp([
  /\bwho(?:['’]s| is)? /.source,
  /(?:(?:\w+ly )?(?:will|would|is going to|are going to|should|has to|must|is to|is meant to|ought to|can be made to) )?/.source,
  either(
    /pays?|funds?|covers?|foots?|meets?|bears?|picks? up|paying|funding|covering|footing|meeting|bearing|picking up/,
    /responsible for (?:paying|the cost|the bill)|liable for/,
  ),
  /\b/.source,
].join(''), 'gi');

/**
 * The Council named as the payer in answer: "the answer is the Council", "it will be the Council", "that's us",
 * not qualified after ("the Council that decides", "the Council may", "the Council's insurers"); or the Council
 * alone as the whole answer ("The Council, in full.", "The Council will.").
 */
const PAYER_ANSWER = new RegExp([
  // An answer naming the Council, at the start or after a mark: "…, it will be the Council".
  /(?:^|[,:;–—-]\s*)(?:(?:and|so|well),? )?/.source,
  /(?:the (?:short |simple |straight |honest )?answer(?: to that)? is|it(?:['’]s| is| will be| would be)|that(?:['’]s| is| will be| would be))/.source,
  /(?: that)?,? (?:(?:definitely|certainly|clearly) )?(?:the (?:borough |city |county |district )?council|the authority|us|we)\b/.source,
  /(?!\s*(?:that|who|which)\s+(?!pays?\b|will pay\b|(?:is|are) paying\b)\w+)/.source,
  /(?!['’]s|\s+(?:may|might|could|would|should|can|won['’]t|will not|isn['’]t|is not|does not|doesn['’]t|insurers?)\b)/.source,
  '|',
  // The Council alone as the whole answer: "The Council, in full.", "The Council will.".
  /^(?:the (?:borough |city |county |district )?council|the authority|we)(?: (?:will|does|do|is|are)(?! not\b))?(?:,? in full\b|\s*[.!]?$)/.source,
].join(''), 'i');

const EXPLICIT = anyOf(EXPLICIT_FORMS.map((form) => form.source), 'gi');
/** What a commitment gives or costs the addressee: a fee, rates, enforcement action, the cost of something. */
const BENEFIT = phrases(terms(data.benefits));
/**
 * How many words after a Council verb its benefit may come, within the verb's clause: "will meet the full cost",
 * "will not be taking enforcement action", and past an indirect object: "will give the growers' group a new lease".
 */
const OBJECT_WORDS = 8;
/** Where a verb's object gives way to a question about it: "officers will look at whether enforcement action is needed". */
const NOT_OBJECT = /\b(?:whether|if|what|how|when|why|that|to see)\b.*$/i;
/** "Consider the licence fee waived", "consider it done": an outcome declared, not promised, and as binding. */
const DECLARED = new RegExp(`\\bconsider\\s+(?:it|this|that|the|your)\\b(?:\\s+\\S+){0,5}?\\s+(?:waived|written\\s+off|cancelled|refunded|paid|settled|withdrawn|dropped|done|sorted|approved|granted)\\b`, 'i');
/** An exception the addressee can meet ("…unless the works are finished") leaves the Council bound either way. */
const EXCEPTION = /\bunless\b.*$/i;
const HEDGES = anyOf(HEDGE_FORMS.map((form) => form.source), 'gi');
/** A commitment the writer refuses, declines, cannot or is asked to give: "refused to accept liability", "asked me to agree on behalf of…". */
const REFUSED = /\b(?:refus(?:e|es|ed)|declin(?:e|es|ed)|unable|whether|ask(?:s|ed|ing)?(?:\s+\S+){1,3})\s+to\s+(?:\S+\s+){0,2}$/i;
/** How many words a hedge may govern: "I can't promise you that the Council will…". */
const HEDGE_REACH = 10;
/** How many words before a verb a reporting clause may stand: "the waste team, who tell me the bin will be collected". */
const REPORTING_REACH = 12;
/** Another party as the agent of a passive: "…covered by your insurer", "…paid for by the water company". */
const OTHER_AGENT = new RegExp(`^,?\\s+by\\s+(?:(?:your|his|her|their)\\s+|(?:the|a|an)\\s+(?:[\\w'’-]+\\s+){0,2}?${termGroup(data.otherPayers)}\\b)`, 'i');
const HEARSAY = terms(data.hearsay);
/**
 * Words that pass on what someone else said, just before a verb: "the waste team, who tell me…",
 * "I'm told…", "according to the highways team…", with an optional "that" and comma after.
 */
const REPORTED_SPEECH = new RegExp(`(?:${[
  `\\b(?:who|they|officers|the\\s+(?:\\w+\\s+)?team|he|she|staff)(?:\\s+have|\\s+has)?\\s+${termGroup(data.reporters)}(?:\\s+(?:me|us))?`,
  // "I'm told by the team", "I understand from officers"; a hearsay ending in "to" takes its source: "according to the highways team".
  `\\b(?:${alternation(HEARSAY.filter((term) => !term.endsWith(' to')))})(?:\\s+(?:by|from)\\s+(?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+)?`,
  `\\b(?:${alternation(HEARSAY.filter((term) => term.endsWith(' to')))})\\s+(?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+`,
].join('|')})(?:\\s+that)?,?\\s*$`, 'i');
/** "and" or "or", with "that" when a that-clause is joined, just before a verb or clause. */
const JOINED = /\b(?:and|or)\s+(?:that\s+)?$/i;
const RELAY_OUTCOME = new RegExp(`^(?:${RELAY_OUTCOME_FORMS.map((form) => form.source).join('|')})`, 'i');
const FUTURE_CUE = /\b(?:will|shall|won't|going to)\b|'ll\b/i;
const FUTURE_CUES = new RegExp(FUTURE_CUE.source, 'gi');
/** How many words may follow a future cue before its verb: "I will also then certainly ask". */
const CUE_TO_VERB = 6;
const WORD_AFTER_CUE = /^(?:\s+(?:also|then|still|now|certainly|definitely|\w+ly))*\s+([a-z]+)/i;
const COUNCIL_SUBJECT = new RegExp(`(?:^|\\s)(?:${terms(data.councilSubjects).join('|')})$`, 'i');
const SELF_SUBJECT = new RegExp(`^(?:${terms(data.selfSubjects).join('|')})$`, 'i');
const PROCESS = new Set(terms(data.processVerbs));
const GUARANTEE = new Set(terms(data.guaranteeVerbs));
const GUARANTEE_OPENERS = new Set(terms(data.guaranteeVerbs).map((verb) => verb.split(' ')[0]!));
const ENSURE = new Set(terms(data.ensureVerbs));
const INDIRECT_QUESTION = new Set(['when', 'whether', 'if', 'unless', 'until', 'before', 'after', 'while']);
const PERSONAL_SUBJECT = /^(?:i|you|he|she|we all|everyone)$/i;
/** "know what it will cost", "asked officers how long it will take": a wh-clause after a verb of knowing or asking. */
const WH_WORD = '(?:what|how|which|who|whom|whose|where|why)';
const WH_WORDS = new RegExp(`\\b${WH_WORD}\\b`, 'gi');
/** How many words a verb of knowing or asking may stand before its wh-word: "find out for me exactly what". */
const QUESTION_LEAD_WORDS = 5;
/** Verbs of knowing, asking and deciding, in their forms, and the adjectives of certainty: what a wh-clause may follow ("not sure how long…"). */
const QUESTION_VERBS: readonly RegExp[] = [
  /know(?:s|n|ing)?/,
  /knew/,
  /ask(?:s|ed|ing)?/,
  /wonder(?:s|ed|ing)?/,
  /enquir(?:e|es|ed|ing)/,
  /inquir(?:e|es|ed|ing)/,
  /explain(?:s|ed|ing)?/,
  /understand(?:s|ing)?/,
  /understood/,
  /(?:find|finds|found|finding) out/,
  /(?:work|works|worked|working) out/,
  /(?:tell|tells|told|telling) (?:me|us)/,
  /(?:no|any|an) idea/,
  /sure/,
  /certain/,
  /clear/,
  /clarity (?:on|about|over)/,
  /decid(?:e|es|ed|ing)/,
  /question(?:s|ed|ing)?(?: (?:of|about|over|on))?/,
];
const QUESTION_LEAD = new RegExp(`\\b(?:${QUESTION_VERBS.map((verb) => verb.source).join('|')})\\s+(?:[\\w'’-]+\\s+){0,2}$`, 'i');
/** The object of a causative "have the glass replaced": a short noun phrase, not a new clause with its own subject. */
const CAUSEE = /^(?!.*\b(?:i|you|we|they|he|she)\b)[\w'’-]+(?: [\w'’-]+){0,4}$/i;


/**
 * An answer naming the Council as the payer to a question about who will pay, in the
 * same sentence ("As to who will pay, that will be the Council") or in the next
 * ("You asked me who will pay for the rebuild. The answer is the Council, in full.").
 */
function payerAnswerIn(sentence: Sentence, previous: Sentence | null): Hit | null {
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
  const admission = admissionIn(text);
  if (admission) return admission;
  for (const hit of allHits(EXPLICIT, text)) {
    if (!negatedAt(text, hit.start) && !REFUSED.test(wordsBefore(text, hit.start, 5)) && !hedged(text, hit.start)) return hit;
  }
  if (!FUTURE_CUE.test(text) || onlyWriterEffort(text)) return null;
  const phrases = withSharedSubjects(verbPhrases(sentence), text);
  for (const [index, phrase] of phrases.entries()) {
    if (isCommitment(phrase, text, phrases.slice(index + 1)) && !hedged(text, phrase.subjectStart) && !reported(text, phrase.subjectStart)) {
      return { start: phrase.subjectStart, end: phrase.end };
    }
  }
  return null;
}

/** "and" or "or" with at most an adverb, ending the words before a verb: the verb shares the subject of the one before. */
const COORDINATED = /(?:^|\s)(?:and|or|but)(?:\s+(?:then|also|\w+ly))?$/i;

/**
 * Verbs coordinated under one subject take that subject: in "the council is keeping it and will give the
 * group a new lease", "will give" has "the council" as its subject, not "it and" (Huddleston and Pullum
 * 2002, ch. 15: coordination of verb phrases under a shared subject).
 */
function withSharedSubjects(phrases: readonly VerbPhrase[], text: string): VerbPhrase[] {
  const shared: VerbPhrase[] = [];
  for (const phrase of phrases) {
    const previous = shared.at(-1);
    const sharing = previous && previous.subject && COORDINATED.test(text.slice(phrase.subjectStart, phrase.start).trim());
    shared.push(sharing ? { ...phrase, subject: previous.subject, subjectStart: previous.subjectStart, clauseOpener: previous.clauseOpener } : phrase);
  }
  return shared;
}

/**
 * A verb with its object and a particle of removal after it ("take the build-outs out", "put the barriers
 * away", "bring the charge down"): a separable phrasal verb naming a physical act on the object, not the
 * process the bare verb names ("take a look", "bring it up"). Cambridge Grammar of English (Carter and
 * McCarthy 2006), separable phrasal verbs; Cambridge Dictionary, particles "out", "away", "down", "off".
 */
const OBJECT_THEN_PARTICLE = /^\s+(?:the|this|these|those|that|it|them|your|all)\b(?:\s+[\w'’-]+){0,3}?\s+(?:out|away|down|off)\b/i;

/** The words after a verb that may be its object: up to OBJECT_WORDS in its clause, short of a question about it. */
function objectOf(phrase: VerbPhrase, text: string): string {
  return wordsAfter(text.slice(0, clauseAt(text, phrase.end).end), phrase.end, OBJECT_WORDS).replace(NOT_OBJECT, '');
}

/** A noun phrase up to its first preposition: "your business rates" of "your business rates for January", "your complaint" of "your complaint about the fee". */
function headOf(phrase: string): string {
  return phrase.replace(/\s(?:for|about|of|on|in|from|to|with|at|by|over|regarding)\s.*$/i, '');
}

/** Whether the words at `start` pass on what someone else said: "the waste team, who tell me the bin will be collected". */
function reported(text: string, start: number): boolean {
  return REPORTED_SPEECH.test(wordsBefore(text, start, REPORTING_REACH));
}

/**
 * Whether a hedge governs the words at `start`: "I can't promise that…", "there is
 * no guarantee that…", "I am not in a position to say…" with nothing between
 * hedge and commitment but its object ("you") and "that". A hedge in its own
 * clause ("I can't promise a date, but the Council will…") governs nothing after.
 */
function hedged(text: string, start: number): boolean {
  for (const hedge of text.slice(0, start).matchAll(HEDGES)) {
    const end = hedge.index + hedge[0].length;
    if (words(text.slice(end, start)).length <= HEDGE_REACH && onlyThatBetween(text, end, start)) return true;
  }
  return false;
}

/** Whether every clause opening between `from` and `to` is a that-clause: the words at `to` are still the object of what came before. */
function onlyThatBetween(text: string, from: number, to: number): boolean {
  return clauses(text).every((clause) => clause.start <= from || clause.start >= to || clause.opener === 'that');
}

/**
 * Whether every future cue of the sentence is the writer promising their own effort
 * ("I will ask", "and I'll chase it up"): such a sentence commits the Council to
 * nothing, so it needs no tagging. A cue followed by a vouching verb ("I will make
 * sure", "I'll get it fixed") still goes to the tagger.
 */
function onlyWriterEffort(text: string): boolean {
  for (const cue of text.matchAll(FUTURE_CUES)) {
    if (!SELF_SUBJECT.test(subjectBefore(text, cue.index))) return false;
    const verb = WORD_AFTER_CUE.exec(wordsAfter(text, cue.index + cue[0].length, CUE_TO_VERB))?.[1]?.toLowerCase();
    if (!verb || verb === 'get' || verb === 'have' || GUARANTEE_OPENERS.has(verb)) return false;
  }
  return true;
}

/** The words of the clause before `index`, after its opening word, lower case: the subject of a verb at `index`. */
function subjectBefore(text: string, index: number): string {
  const clause = clauseAt(text, index);
  const from = clause.start + (/^\w/.test(clause.opener) ? clause.opener.length : 0);
  return text.slice(from, index).trim().toLowerCase();
}

function isCommitment(phrase: VerbPhrase, text: string, later: readonly VerbPhrase[]): boolean {
  if (!/\b(?:will|shall|'ll|going to)\b|^'ll/.test(phrase.auxiliary) && !phrase.form.includes('future')) return false;
  // "…ask when it will be repaired": an indirect question promises nothing.
  if (INDIRECT_QUESTION.has(phrase.clauseOpener) || embeddedQuestion(phrase, text)) return false;
  const verb = phrase.infinitive.split(' ')[0] ?? '';
  const subject = phrase.subject;
  if (SELF_SUBJECT.test(subject)) {
    // "I will make sure the road is fixed", "I will get it repaired": the member vouches for the outcome.
    const following = wordsAfter(text, phrase.end, 1);
    if (ENSURE.has(phrase.infinitive) || ENSURE.has(verb)) return !onlyRelayEnsured(phrase, text, later);
    return GUARANTEE.has(phrase.infinitive) || GUARANTEE.has(verb)
      || verb === 'get' && /^\s*(?:it|this|that|the|your)\b/i.test(following)
      || causative(phrase, text, later);
  }
  if (COUNCIL_SUBJECT.test(subject) && causative(phrase, text, later)) return true;
  // A benefit or cost to the addressee: "the Council will meet the full cost", "…will not be taking enforcement action".
  if (COUNCIL_SUBJECT.test(subject) && BENEFIT.test(objectOf(phrase, text))) return true;
  // The benefit as the subject of a passive: "your business rates for January to March will be written off".
  if (phrase.passive && BENEFIT.test(headOf(text.slice(clauseAt(text, phrase.start).start, phrase.start))) && !OTHER_AGENT.test(text.slice(phrase.end))) return true;
  if (PROCESS.has(verb) && !OBJECT_THEN_PARTICLE.test(text.slice(phrase.end, clauseAt(text, phrase.end).end))) return false;
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
  return wh >= 0 && QUESTION_LEAD.test(wordsBefore(text, wh, QUESTION_LEAD_WORDS));
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
  if (words(text.slice(phrase.end, ensured.start)).length > HEDGE_REACH || !onlyThatBetween(text, phrase.end, ensured.start)) return false;
  // "…reviews your bill and refunds you": a verb straight after "and"; "…and that the fence is repaired": a that-clause after it.
  const joined = later.slice(1).filter((next) => JOINED.test(wordsBefore(text, next.start, 1))
    || next.clauseOpener === 'that' && JOINED.test(wordsBefore(text, next.subjectStart, 2)));
  return [ensured, ...joined].every((verb) => RELAY_OUTCOME.test(text.slice(verb.start)));
}

/*
 * Admissions of liability (data.liability): a member who accepts fault for the Council, or accepts a
 * fact a claim would rest on, binds it as a promise to pay does, with no future verb in sight.
 */
const liability = data.liability;
/** One adverb of degree may stand before the fault: "was entirely our fault", "we are clearly liable". */
const DEGREE = `(?:\\w+ly\\s+|always\\s+)?`;
/** "was", "is", "had been", or a contracted "'s" or "'re" on the word before: "it's our fault", "we're liable". */
const COPULA = `(?:\\s+(?:was|were|is|are|had\\s+been|has\\s+been)|['’](?:s|re))\\b`;
const PAST_COPULA = `\\s+(?:was|were|had\\s+been|has\\s+been)\\b`;
const OWNER = termGroup(liability.owners);
const FAULT = termGroup(liability.faults);
const DUTY = termGroup(liability.duties);
const ACCEPTER = termGroup(liability.accepters);
/** The Council as the one at fault: "we", "the Council", or something of its own ("our refuse vehicle", "the council's contractor"). */
const AT_FAULT_PARTY = `(?:${ACCEPTER}|it|${OWNER}\\s+[\\w'’-]+)`;
/** A state of being at fault, or answerable for a harm: "to blame", "liable", "responsible for the damage". */
const STATE = `(?:${termGroup(liability.states)}|responsible\\s+for\\s+(?:the|your|all\\s+the|any)\\s+${termGroup(liability.harms)})`;
/** The word a fault is said of ("the flooding", "the call-out"), no longer than a long real word: an unbounded run re-reads a long hyphenated run from each of its words. */
const THING = "[\\w-]{1,40}";
/**
 * A clause that puts the fault on the Council: "the flooding was its fault", "the gully was our responsibility"
 * (a duty only in the past: "it is our responsibility to keep you informed" is a duty, not a fault),
 * "we were to blame", "the fault lies with the Council".
 */
const FAULT_CLAUSE = new RegExp([
  `\\b${THING}${COPULA}\\s+${DEGREE}${OWNER}\\s+(?:own\\s+)?${FAULT}\\b`,
  `\\b${THING}${PAST_COPULA}\\s+${DEGREE}${OWNER}\\s+(?:own\\s+)?${DUTY}\\b`,
  `\\b${AT_FAULT_PARTY}${COPULA}\\s+${DEGREE}${STATE}\\b`,
  `\\b(?:${FAULT}|${DUTY})\\s+(?:\\S+\\s+){0,4}?(?:was|is|lies|lay|rests|rested)\\s+${DEGREE}(?:ours|the\\s+council['’]s|with\\s+(?:us|${ACCEPTER}))\\b`,
].join('|'), 'gi');
/** What the writer may say of the Council in their own voice: "this was our fault", "we were at fault". */
const OWN_FAULT = new RegExp([
  `\\b${THING}${COPULA}\\s+${DEGREE}our\\s+(?:own\\s+)?${FAULT}\\b`,
  `\\b(?:we|the\\s+council|the\\s+authority)${COPULA}\\s+${DEGREE}${STATE}\\b`,
].join('|'), 'gi');
/** A fact a claim would rest on: "the gritting lorry caused the damage to your car". */
const CAUSED_HARM = new RegExp(`\\b${termGroup(liability.causing)}\\s+(?:the|your|this|that|all\\s+the)\\s+(?:[\\w'’-]+\\s+){0,2}?${termGroup(liability.harms)}\\b`, 'i');
/**
 * The Council or something of its own as the agent of a harm, in the passive: "the main was fractured by our highways
 * contractor", "the fence was damaged by the Council's crew" (a fact a claim would rest on, Law Commission 2002, 4.2).
 */
const HARMED_BY_COUNCIL = new RegExp(`\\b(?:was|were|had\\s+been|has\\s+been|got)\\s+${DEGREE}${termGroup(liability.harming)}\\s+by\\s+(?:${ACCEPTER}|us|(?:${OWNER})\\s+[\\w'’-]+)\\b`, 'gi');
/** Words that pass on someone's claim or report rather than state a fact: "you say the fence was damaged by our crew", "I'm told…". */
const CLAIMING = new RegExp(`\\b${termGroup([...liability.claiming, ...data.reporters, ...data.hearsay])}\\b`, 'i');
/** How many words before a harm its claim may stand: "You told me last week that your fence was damaged by…". */
const CLAIM_REACH = 10;

/** Accepting, as a verb in any of its forms ("accepts", "admitted", "acknowledging") or a noun ("the Council's acceptance"). */
const ACCEPTING = new RegExp(`\\b(?:${liability.accepting.map((entry) => verbForms(entry.term)).join('|')}|${termGroup(liability.acceptances)}s?)\\b`, 'gi');
/** What is accepted as an object: "accept liability", "accepts full responsibility for the damage", "admit fault". */
const ACCEPTED_FAULT = new RegExp(`^\\s+(?:\\w+\\s+)?(?:${FAULT}|${DUTY})\\b`, 'i');
/** Who accepts, ending the words before the verb: "we", "the Council has", "I, on the Council's behalf,", "the Council's". */
const ACCEPTED_BY = new RegExp(`\\b(?:${ACCEPTER}|I)(?:['’]s)?(?:\\s+[\\w'’-]+){0,2}\\s*$`, 'i');
const COUNCIL_ACCEPTS = new RegExp(`\\b${ACCEPTER}(?:['’]s)?(?:\\s+[\\w'’-]+){0,2}\\s*$`, 'i');
/** How many words after "accept" what is accepted may reach: "accept, on the Council's behalf, that the gully was our responsibility". */
const ACCEPTED_REACH = 16;

/** A verb's regular forms: "admit" → admits, admitted, admitting; "concede" → concedes, conceded, conceding. */
function verbForms(base: string): string {
  if (base.endsWith('e')) return `${base.slice(0, -1)}(?:e|es|ed|ing)`;
  return `${base}(?:s|${base.at(-1)}?ed|${base.at(-1)}?ing)?`;
}

/**
 * An admission of liability: the Council, "we" or the writer accepting fault ("We accept liability",
 * "the Council accepts responsibility for the damage", "I accept that we were to blame"), the Council
 * accepting a fact a claim would rest on ("We accept that the gritting lorry caused the damage"), or the
 * writer saying in the Council's voice that it was at fault ("this was our fault and we will put it right").
 */
function admissionIn(text: string): Hit | null {
  for (const accepting of text.matchAll(ACCEPTING)) {
    const start = accepting.index;
    const end = start + accepting[0].length;
    const by = text.slice(clauseAt(text, start).start, start);
    if (!ACCEPTED_BY.test(by) || negatedAt(text, start) || hedged(text, start)) continue;
    const object = ACCEPTED_FAULT.exec(text.slice(end));
    if (object) return { start, end: end + object[0].length };
    const accepted = wordsAfter(text, end, ACCEPTED_REACH);
    const fault = [...accepted.matchAll(FAULT_CLAUSE)].find((match) => !negatedAt(accepted, match.index))
      ?? (COUNCIL_ACCEPTS.test(by) ? CAUSED_HARM.exec(accepted) : null);
    if (fault) return { start, end: end + fault.index + fault[0].length };
  }
  for (const harm of text.matchAll(HARMED_BY_COUNCIL)) {
    if (negatedAt(text, harm.index) || hedged(text, harm.index)) continue;
    if (INDIRECT_QUESTION.has(clauseAt(text, harm.index).opener) || CLAIMING.test(wordsBefore(text, harm.index, CLAIM_REACH))) continue;
    return { start: harm.index, end: harm.index + harm[0].length };
  }
  for (const own of text.matchAll(OWN_FAULT)) {
    if (negatedAt(text, own.index) || hedged(text, own.index)) continue;
    return { start: own.index, end: own.index + own[0].length };
  }
  return null;
}
