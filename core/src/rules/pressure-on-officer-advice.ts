import type { Rule } from '../rule.ts';
import { directivesIn, type Directive } from '../nlp/directive.ts';
import { allHits, anyOf, firstHit, phrases, type Hit } from '../nlp/lexicon.ts';
import { isQuestion } from '../nlp/mood.ts';
import { clauseAt, wordsAfter } from '../nlp/words.ts';
import type { Sentence } from '../recognise/sentences.ts';
import advice from '../../data/advice-pressure.json';
import { reportInSentence } from './support.ts';

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
      const hit = advicePressureIn(sentence, inSubject || nearby, before);
      if (!hit) continue;
      reportInSentence(context, analysis, sentence, hit, 'pressure');
    }
  },
};

/**
 * A request to change, withhold, soften, drop or reframe advice, or to recommend another
 * outcome: "change the recommendation to refusal"; not a question about it ("why was option 3 removed?").
 * `before` is the text of the sentences just before, where a pronoun's advice may have been named
 * ("My worry is paragraph 6.3. … Could we take it out?").
 */
function advicePressureIn(sentence: Sentence, reportContext: boolean, before = ''): Hit | null {
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
  return hits.filter((hit) => governed(hit) && !ASKING_ABOUT.test(text.slice(clauseAt(text, hit.start).start, hit.start)))
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

/** How many words may stand between an altering verb and its advice: "tone down the second half of the paragraph". */
const ALTERED_OBJECT_WORDS = 8;

/** An altering verb with advice as its object within a few words: "tone down the paragraph". */
function alterationsIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(ALTER)) {
    const after = wordsAfter(text, match.index + match[0].length, ALTERED_OBJECT_WORDS);
    const noun = ADVICE.exec(after);
    if (noun && !/[.;]/.test(after.slice(0, noun.index))) {
      hits.push({ start: match.index, end: match.index + match[0].length + noun.index + noun[0].length });
    }
  }
  return hits;
}

function mentionsReport(text: string): boolean {
  return REPORT_CONTEXT.test(text);
}
