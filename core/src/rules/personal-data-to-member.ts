import type { Rule } from '../rule.ts';
import { mentionsConsent, personalDataIn } from '../nlp/topics.ts';
import { reportInSentence } from './support.ts';

/** Model protocol 110 and 117, Part 5 protocol 4.1: members see personal information only with the person's consent or a real need to know. */
export const personalDataToMember: Rule = {
  meta: {
    id: 'personal-data-to-member',
    title: 'Personal data sent to a councillor without consent',
    severity: 'warning',
    description: "Personal information about a resident or member of staff is sent to a member without mention of the person's written consent.",
    messages: {
      personal: '"{words}" is personal information sent to a member with no mention of the person\'s consent.',
    },
    suggestions: {
      personal: "Confirm you hold the person's written consent and say so, or share only what the member needs without personal details.",
    },
  },
  check(analysis, context) {
    if (analysis.author.role === 'member') return;
    if (!analysis.addressees.some((person) => person.role === 'member')) return;
    const all = [...analysis.sentences, ...analysis.quotedSentences];
    if (all.some((sentence) => mentionsConsent(sentence.text))) return;
    for (const group of [analysis.sentences, analysis.quotedSentences]) {
      for (let index = 0; index < group.length; index++) {
        const sentence = group[index]!;
        if (/\bmy\b/i.test(sentence.text) && analysis.author.role === 'officer') continue;
        const hit = personalDataIn(sentence, group[index - 1]);
        if (!hit) continue;
        reportInSentence(context, analysis, sentence, hit, 'personal');
      }
    }
  },
};
