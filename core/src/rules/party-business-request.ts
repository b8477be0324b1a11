import type { Rule } from '../rule.ts';
import { isAsking } from '../nlp/mood.ts';
import { partyWorkIn } from '../nlp/topics.ts';
import { quote, reportInSentence } from './support.ts';

/** Model protocol 83 and 133 and the other protocols' equivalents: officers and council resources are not used for party or campaign work. */
export const partyBusinessRequest: Rule = {
  meta: {
    id: 'party-business-request',
    severity: 'error',
    description: 'An officer is asked for party-political or campaign work, or council resources are used for it.',
    messages: {
      partyWork: '"{words}" asks for party or campaign work from council staff or resources.',
    },
    suggestions: {
      partyWork: 'Do party and campaign work through the party, not council officers or resources; officers can brief a group on council business only.',
    },
  },
  check(analysis, context) {
    if (!analysis.addressees.some((person) => person.role === 'officer')) return;
    if (analysis.author.role !== 'member' && analysis.author.role !== 'unknown') return;
    const sentences = analysis.sentences;
    const work = sentences.map((sentence) => partyWorkIn(sentence) !== null);
    for (const [index, sentence] of sentences.entries()) {
      if (!isAsking(sentence) || !(work[index] || work[index - 1] || work[index + 1])) continue;
      reportInSentence(context, analysis, sentence, partyWorkIn(sentence) ?? { start: 0, end: sentence.text.length }, 'partyWork');
      return;
    }
  },
};
