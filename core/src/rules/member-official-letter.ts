import type { Rule } from '../rule.ts';
import { anyOf, firstHit } from '../nlp/lexicon.ts';
import { firstInSentences, reportInSentence } from './support.ts';
import { escapeRegExp } from '../text.ts';
import officialLetter from '../../data/official-letter.json';

const OFFICIAL = anyOf([officialLetter.pattern], 'gi');

/** Model protocol 127: official letters go out in an officer's name; members write to central government themselves. */
export const memberOfficialLetter: Rule = {
  meta: {
    id: 'member-official-letter',
    severity: 'info',
    description: "A letter in a member's name is written on behalf of the Council to someone other than central government.",
    messages: {
      official: "This letter is written on behalf of the Council in a member's name; official letters normally go out in an officer's name.",
    },
    suggestions: {
      official: 'Ask the responsible officer to send the letter, or write as a ward or Cabinet member rather than for the Council.',
    },
  },
  check(analysis, context) {
    if (analysis.kind !== 'letter' || analysis.author.role !== 'member') return;
    if (analysis.addressees.some((person) => person.role === 'government')) return;
    const found = firstInSentences(analysis.sentences, (sentence) => firstHit(OFFICIAL, sentence.text));
    if (found) {
      reportInSentence(context, analysis, found.sentence, found.hit, 'official');
      return;
    }
    const letterheadLine = new RegExp(`^\\s*${escapeRegExp(analysis.config.council)}\\s*$`, 'gm');
    const letterhead = firstHit(letterheadLine, analysis.body.text.slice(0, 300));
    if (letterhead) context.report({ message: 'official', field: 'body', span: analysis.toBody(letterhead) });
  },
};
