import type { Rule } from '../rule.ts';
import { advicePressureIn, mentionsReport } from '../nlp/topics.ts';
import { quote, reportInSentence } from './support.ts';

/** Model protocol 33 and 61, Part 5 protocol 3.1, Harrow protocol 2.6: officers' advice is theirs to give, and members may not press them to change it. */
export const pressureOnOfficerAdvice: Rule = {
  meta: {
    id: 'pressure-on-officer-advice',
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
    const reportContext = mentionsReport(analysis.subject.text);
    for (const sentence of analysis.sentences) {
      const hit = advicePressureIn(sentence, reportContext);
      if (!hit) continue;
      reportInSentence(context, analysis, sentence, hit, 'pressure');
      return;
    }
  },
};
