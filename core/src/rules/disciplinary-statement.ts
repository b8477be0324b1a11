import type { Rule } from '../rule.ts';
import { disciplinaryIn } from '../nlp/disciplinary.ts';
import { quote, reportInSentence } from './support.ts';

/** Brent protocol 9.2, London Councils protocol §13: suspension, dismissal and discipline are for managers under the council's procedures. */
export const disciplinaryStatement: Rule = {
  meta: {
    id: 'disciplinary-statement',
    title: 'Disciplinary words from a councillor',
    severity: 'error',
    description: "A member's words could amount to suspending, dismissing or disciplining an officer, or insist that one be disciplined.",
    messages: {
      disciplinary: '"{words}" reads as a member taking or demanding disciplinary action.',
    },
    suggestions: {
      disciplinary: "Raise the concern with the officer's manager or the Chief Executive; members cannot discipline staff.",
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'member') return;
    for (const sentence of analysis.sentences) {
      const hit = disciplinaryIn(sentence);
      if (hit) reportInSentence(context, analysis, sentence, hit, 'disciplinary');
    }
  },
};
