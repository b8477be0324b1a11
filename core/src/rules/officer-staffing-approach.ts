import type { Rule } from '../rule.ts';
import { ownStaffingIn } from '../nlp/topics.ts';
import { quote, reportInSentence } from './support.ts';

/** Model protocol 51, Brent protocol 10.2: officers take their own employment matters through the council's procedures, not to members. */
export const officerStaffingApproach: Rule = {
  meta: {
    id: 'officer-staffing-approach',
    title: 'Officer raises their own employment with a councillor',
    severity: 'warning',
    description: 'An officer raises their own employment or staffing matters with a member.',
    messages: {
      ownMatter: '"{words}" raises the officer\'s own employment with a member.',
    },
    suggestions: {
      ownMatter: 'Use the council\'s HR procedures (your manager, HR or a trade union representative) rather than a member.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'officer') return;
    if (!analysis.addressees.some((person) => person.role === 'member')) return;
    for (const sentence of analysis.sentences) {
      const hit = ownStaffingIn(sentence);
      if (!hit) continue;
      reportInSentence(context, analysis, sentence, hit, 'ownMatter');
    }
  },
};
