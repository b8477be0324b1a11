import type { Rule } from '../rule.ts';
import { confidentialMarkingIn, isEmailNotice } from '../nlp/topics.ts';
import { splitSentences } from '../recognise/sentences.ts';
import { reportInSentence } from './support.ts';

/** Model protocol 95 and 117, Brent protocol 3.5: confidential and exempt material stays with members and officers. */
export const confidentialToOutsider: Rule = {
  meta: {
    id: 'confidential-to-outsider',
    title: 'Confidential material sent outside the council',
    severity: 'warning',
    description: 'Material marked confidential, exempt or Part 2 is sent to someone who is not a member or officer.',
    messages: {
      confidential: 'Material marked "{words}" is going to {outsider}, who is not a member or officer.',
    },
    suggestions: {
      confidential: 'Remove the confidential material, or check with the Monitoring Officer before sending it outside the council.',
    },
  },
  check(analysis, context) {
    const outsider = [...analysis.addressees, ...analysis.bcc].find((person) => person.role === 'external' || person.role === 'press');
    if (!outsider) return;
    const subjectHit = confidentialMarkingIn(analysis.subject.text);
    const data = (words: string) => ({ words, outsider: outsider.name || outsider.address || 'someone outside the council' });
    if (subjectHit) {
      const span = analysis.toSubject(subjectHit);
      context.report({ message: 'confidential', data: data(analysis.draft.subject.slice(span.start, span.end)), field: 'subject', span });
      return;
    }
    // Material pasted below the sign-off is read with the signature block, so that is searched too.
    const belowSignature = analysis.signature ? splitSentences(analysis.body.text, [analysis.signature]) : [];
    for (const group of [analysis.sentences, analysis.quotedSentences, belowSignature]) {
      for (const [index, sentence] of group.entries()) {
        const neighbours = `${group[index - 1]?.text ?? ''} ${group[index + 1]?.text ?? ''}`;
        const hit = confidentialMarkingIn(sentence.text, neighbours);
        if (!hit || (group === belowSignature && isEmailNotice(sentence.text))) continue;
        reportInSentence(context, analysis, sentence, hit, 'confidential', data(sentence.text.slice(hit.start, hit.end)));
      }
    }
  },
};
