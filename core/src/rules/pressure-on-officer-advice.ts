import type { Rule } from '../rule.ts';
import { advicePressureIn, mentionsReport } from '../nlp/topics.ts';
import { quote, reportInSentence } from './support.ts';

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
