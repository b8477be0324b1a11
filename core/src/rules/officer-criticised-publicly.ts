import type { Rule } from '../rule.ts';
import { attackIn, mentionsStaff } from '../nlp/topics.ts';
import { overlapping } from '../spans.ts';
import { isOutsider, reportInSentence } from './support.ts';

/** Model protocol 136, Part 5 protocol 2.7, Harrow protocol 4.2: members do not criticise officers in public; concerns go to their managers. */
export const officerCriticisedPublicly: Rule = {
  meta: {
    id: 'officer-criticised-publicly',
    severity: 'warning',
    description: 'A press release, or a member writing to the media or the public, criticises a named officer or staff.',
    messages: {
      criticised: '"{words}" criticises council staff in public; officers cannot answer back in public.',
    },
    suggestions: {
      criticised: 'Raise concerns about an officer with their manager or the Chief Executive, and keep public comment to the service, not the people.',
    },
  },
  check(analysis, context) {
    const inPublic = analysis.kind === 'press-release'
      || analysis.author.role === 'member' && analysis.addressees.some(isOutsider);
    if (!inPublic) return;
    const sentences = analysis.sentences;
    sentences.forEach((sentence, index) => {
      const attack = attackIn(sentence.text);
      if (!attack) return;
      const officerNamed = overlapping(analysis.mentions, sentences[index - 1]?.start ?? sentence.start, sentence.end)
        .some((mention) => mention.who === 'officer');
      const staff = mentionsStaff(sentence.text) || mentionsStaff(sentences[index - 1]?.text ?? '');
      if (!officerNamed && !staff) return;
      reportInSentence(context, analysis, sentence, attack, 'criticised');
    });
  },
};
