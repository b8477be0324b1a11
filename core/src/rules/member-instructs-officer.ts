import type { Rule } from '../rule.ts';
import type { Analysis } from '../analysis.ts';
import { instructionIn } from '../nlp/directive.ts';
import { disciplinaryIn } from '../nlp/disciplinary.ts';
import { isSeniorOfficer } from '../recognise/people.ts';
import { reportInSentence } from './support.ts';

const MEETING_ARRANGEMENTS = /\b(?:meeting|meetings|agenda|papers|pack|room|venue|site visit|hearing|minutes|briefing|pre-?meet|date|dates|timing|time|start|schedule|refreshments|layout|seating|webcast|livestream|microphones?|chamber|speakers?|substitutes?|book|booking|circulate|invite|invitations?)\b/i;
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
      const clauseEnd = endOfClause(sentence.text, hit.end);
      if (chair && MEETING_ARRANGEMENTS.test(sentence.text.slice(hit.start, clauseEnd))) continue;
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

/** Where the clause holding the instruction ends: at punctuation or a joining word. */
function endOfClause(text: string, from: number): number {
  const stop = /[,;:.!?]|\s(?:and|but|because|before|so|or)\s/.exec(text.slice(from));
  return from + (stop ? stop.index : text.length - from);
}

/** The flagged words carried on by up to six words of their clause, so "You must" becomes "You must change the recommendation". */
function excerptOf(text: string, hit: { start: number; end: number }, clauseEnd: number): { start: number; end: number } {
  const words = text.slice(hit.end, clauseEnd).split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
  return { start: hit.start, end: hit.end + (words ? text.slice(hit.end).indexOf(words) + words.length : 0) };
}
