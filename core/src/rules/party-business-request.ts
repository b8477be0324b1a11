import type { Rule } from '../rule.ts';
import { isAsking } from '../nlp/directive.ts';
import { partyWorkIn } from '../nlp/topics.ts';
import type { Analysis } from '../analysis.ts';
import type { Hit } from '../nlp/lexicon.ts';
import type { Sentence } from '../recognise/sentences.ts';
import { startingIn } from '../spans.ts';
import { reportInSentence } from './support.ts';

/** Model protocol 83 and 133 and the other protocols' equivalents: officers and council resources are not used for party or campaign work. */
export const partyBusinessRequest: Rule = {
  meta: {
    id: 'party-business-request',
    title: 'Party-political work asked of officers',
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
    const found = sentences.map((sentence) => partyWorkIn(sentence, partiesIn(analysis, sentence)));
    // Each request put to the officer with party work in it or beside it ("Could you send me their addresses?
    // I'd like to add them to the Conservative Association mailing list."); failing those, each request naming
    // party work; failing those, the first request beside it ("Our leaflet goes out on Friday. Please check the figures.").
    const asking = sentences.map((sentence) => isAsking(sentence));
    const direct = [...sentences.keys()].filter((at) => asking[at] && /\byou\b/i.test(sentences[at]!.text) && (found[at] || found[at - 1] || found[at + 1]));
    const named = [...sentences.keys()].filter((at) => asking[at] && found[at]);
    const beside = [...sentences.keys()].filter((at) => asking[at] && (found[at - 1] || found[at + 1])).slice(0, 1);
    const requests = direct.length > 0 ? direct : named.length > 0 ? named : beside;
    for (const at of requests) {
      reportInSentence(context, analysis, sentences[at]!, found[at] ?? { start: 0, end: sentences[at]!.text.length }, 'partyWork');
    }
  },
};

/** The party names in a sentence, as offsets within it. */
function partiesIn(analysis: Analysis, sentence: Sentence): Hit[] {
  return startingIn(analysis.parties, sentence.start, sentence.end)
    .filter((party) => party.end <= sentence.end && party.affiliation)
    .map((party) => ({ start: party.start - sentence.start, end: party.end - sentence.start }));
}
