import type { Rule } from '../rule.ts';
import data from '../../data/commitments.json';
import { commitmentIn, payerAnswerIn } from '../nlp/commitment.ts';
import { instructionIn } from '../nlp/directive.ts';
import { isConditional, isQuestion } from '../nlp/mood.ts';
import { rememberer } from '../nlp/remember.ts';
import { firstHit, termGroup, type Hit } from '../nlp/lexicon.ts';
import { negatedAt } from '../nlp/words.ts';
import { councilBehalfIn } from '../recognise/behalf.ts';
import { isOutsider, reportInSentence } from './support.ts';

const rememberCommitment = rememberer<Hit | null>();
/**
 * The reader told what they may or must do ("you may go ahead with the work", "from 1 November you must close
 * by 11pm"): in a letter written on the Council's behalf, a permission or requirement given as the Council's.
 */
const RULING = new RegExp(`\\byou\\s+(?:\\w+ly\\s+)?(?:${termGroup(data.rulings.permissions)}|${termGroup(data.rulings.requirements)})\\b`, 'gi');

function rulingIn(text: string): Hit | null {
  if (isQuestion(text) || isConditional(text)) return null;
  const hit = firstHit(RULING, text);
  return hit && !negatedAt(text, hit.start) ? hit : null;
}

/** Model protocol 125 and 129: a member cannot commit the Council; only its decision-makers and officers can. */
export const memberLetterObligation: Rule = {
  meta: {
    id: 'member-letter-obligation',
    title: 'Councillor commits the Council',
    severity: 'error',
    description: 'A member writing outside the council commits the Council, admits liability or presents themselves as able to bind it.',
    messages: {
      commits: '"{words}" commits the Council in a member\'s name; a member cannot bind the Council.',
    },
    suggestions: {
      commits: 'Say what you will ask officers to do instead ("I have asked officers whether the Council can…"), and let officers confirm any commitment.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'member' || analysis.kind === 'press-release') return;
    if (!analysis.addressees.some(isOutsider)) return;
    const council = analysis.config.council;
    const sentences = analysis.sentences;
    // A letter that says anywhere that it is written on the Council's behalf gives its permissions and requirements as the Council's.
    const onBehalf = sentences.some((sentence) => councilBehalfIn(sentence.text, council));
    sentences.forEach((sentence, index) => {
      const previous = sentences[index - 1] ?? null;
      const hit = rememberCommitment(`${council}\n${previous?.text ?? ''}\n${sentence.text}`, () => commitmentIn(sentence)
        ?? payerAnswerIn(sentence, previous) ?? (councilBehalfIn(sentence.text, council) ? instructionIn(sentence) : null))
        ?? (onBehalf ? rulingIn(sentence.text) : null);
      if (hit) reportInSentence(context, analysis, sentence, hit, 'commits');
    });
  },
};
