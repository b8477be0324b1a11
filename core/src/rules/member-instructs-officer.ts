import type { Rule } from '../rule.ts';
import type { Analysis } from '../analysis.ts';
import { instructionIn } from '../nlp/directive.ts';
import { disciplinaryIn } from '../nlp/disciplinary.ts';
import { phrases, type Hit } from '../nlp/lexicon.ts';
import { clauseAt, words } from '../nlp/words.ts';
import { isSeniorOfficer } from '../recognise/people.ts';
import { reportInSentence } from './support.ts';
import arrangements from '../../data/meeting-arrangements.json';

/** Things of a meeting: what a chair settles as the running of their meetings ("book the committee room"). */
const MEETING_THINGS = phrases(arrangements.meetingThings.map((entry) => entry.term));
/** Scheduling words, a chair's arrangement only beside a thing of a meeting: "change the date of the meeting", not "a date for the reopening". */
const SCHEDULING = phrases(arrangements.scheduling.map((entry) => entry.term));
/** How many words of its clause the flagged words carry on: "You must" becomes "You must change the recommendation". */
const EXCERPT_WORDS = 6;
const EXECUTIVE_ROLES = ['leader', 'deputy-leader', 'cabinet'];
/**
 * What the rule is for (SPEC 5; model protocol 30, 48): members do not direct how officers use their own
 * judgement on an operational decision, enforcement, a case or staffing. Putting into effect what the Council
 * has already decided is the officer's job whoever asks, so an instruction in a sentence that names a decision
 * as made ("now that the decision notice has been published and the call-in period has passed, please print…")
 * directs no officer's judgement.
 */
const DECIDED = /\b(?:decision(?:\s+notice)?|resolution|call-?in(?:\s+period)?)\b(?:\s+\S+){0,8}?\s+(?:has|have|had)\s+(?:now\s+)?(?:been\s+)?(?:published|made|taken|agreed|approved|passed|expired|ended)\b/i;
const CHAIR_ROLES = ['chair', 'vice-chair'];

/** Model protocol 30, 48, 59 and 79, Brent protocol 9.1: members do not direct staff; officers answer to their managers. */
export const memberInstructsOfficer: Rule = {
  meta: {
    id: 'member-instructs-officer',
    title: 'Councillor instructs an officer',
    severity: 'warning',
    description: 'A member tells an officer to do, or stop doing, something.',
    messages: {
      instructs: '"{words}" reads as an instruction from a member to an officer.',
    },
    suggestions: {
      instructs: 'Ask rather than tell ("Could you let me know whether…"), or take it to the officer\'s manager or the Cabinet Member.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'member') return;
    const officers = analysis.addressees.filter((person) => person.role === 'officer');
    if (officers.length === 0 || hasPortfolioExemption(analysis)) return;
    const chair = analysis.author.member?.roles.some((role) => CHAIR_ROLES.includes(role)) ?? false;
    for (const sentence of analysis.sentences) {
      const hit = instructionIn(sentence);
      if (!hit || disciplinaryIn(sentence) || DECIDED.test(sentence.text.slice(0, hit.start))) continue;
      const clauseEnd = clauseAt(sentence.text, hit.end).end;
      if (chair && meetingArrangement(sentence.text, sentence.text.slice(hit.start, clauseEnd))) continue;
      reportInSentence(context, analysis, sentence, excerptOf(sentence.text, hit, clauseEnd), 'instructs');
    }
  },
};

/** The Leader and Cabinet members may direct senior officers on decisions in their portfolio. */
function hasPortfolioExemption(analysis: Analysis): boolean {
  const roles = analysis.author.member?.roles ?? [];
  if (!roles.some((role) => EXECUTIVE_ROLES.includes(role))) return false;
  return analysis.addressees.filter((person) => person.role === 'officer').every(isSeniorOfficer);
}

/** Whether what is instructed is a meeting's running: a thing of a meeting in it, or scheduling with a meeting named in the sentence. */
function meetingArrangement(sentence: string, instructed: string): boolean {
  return MEETING_THINGS.test(instructed) || SCHEDULING.test(instructed) && MEETING_THINGS.test(sentence);
}

/** The flagged words carried on by up to EXCERPT_WORDS words of their clause. */
function excerptOf(text: string, hit: Hit, clauseEnd: number): Hit {
  const carried = words(text.slice(hit.end, clauseEnd)).slice(0, EXCERPT_WORDS).at(-1);
  return { start: hit.start, end: carried ? hit.end + carried.end : hit.end };
}
