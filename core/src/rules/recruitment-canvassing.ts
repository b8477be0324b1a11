import type { Rule } from '../rule.ts';
import { recruitmentCanvassIn } from '../nlp/topics.ts';
import type { Person } from '../recognise/people.ts';
import { isCouncil, reportInSentence } from './support.ts';

/** Model protocol 56, London Councils protocol §3(m): appointments are made on merit, and canvassing members disqualifies. */
export const recruitmentCanvassing: Rule = {
  meta: {
    id: 'recruitment-canvassing',
    title: 'Canvassing for a council post',
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
    const author = analysis.author.role;
    if (author !== 'member' && author !== 'officer') return;
    // An officer canvasses a member; a member canvasses anyone in the council, including the officer running the appointment.
    const canvassed = author === 'member' ? isCouncil : (person: Person) => person.role === 'member';
    if (!analysis.addressees.some(canvassed)) return;
    const sentences = analysis.sentences;
    for (const [index, sentence] of sentences.entries()) {
      const hit = recruitmentCanvassIn(sentences, index);
      if (!hit) continue;
      reportInSentence(context, analysis, sentence, hit, 'canvassing');
    }
  },
};
