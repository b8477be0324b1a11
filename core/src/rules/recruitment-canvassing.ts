import type { Rule } from '../rule.ts';
import { recruitmentCanvassIn } from '../nlp/topics.ts';
import { quote, reportInSentence } from './support.ts';

/** Model protocol 56, London Councils protocol §3(m): appointments are made on merit, and canvassing members disqualifies. */
export const recruitmentCanvassing: Rule = {
  meta: {
    id: 'recruitment-canvassing',
    severity: 'warning',
    description: "A member's support is canvassed for a candidate for a council post, or a member canvasses for one.",
    messages: {
      canvassing: '"{words}" canvasses support for a candidate for a council post.',
    },
    suggestions: {
      canvassing: 'Leave the appointment to the panel\'s assessment on merit; do not seek or offer support outside it.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'member' && analysis.author.role !== 'officer') return;
    if (!analysis.addressees.some((person) => person.role === 'member')) return;
    for (const [index, sentence] of analysis.sentences.entries()) {
      const hit = recruitmentCanvassIn(sentence, analysis.sentences[index - 1]);
      if (!hit) continue;
      reportInSentence(context, analysis, sentence, hit, 'canvassing');
      return;
    }
  },
};
