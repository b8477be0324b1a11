import type { Rule } from '../rule.ts';
import { partyPolitical, voteCalls } from '../recognise/publicity.ts';
import { windowsAt } from '../time/elections.ts';
import { quote } from './support.ts';

/** Model protocol 121, Brent protocol 7.1 and 7.3, and the publicity code: council publicity is not party campaigning. */
export const publicityPartyPolitical: Rule = {
  meta: {
    id: 'publicity-party-political',
    title: 'Party-political publicity',
    severity: 'error',
    description: 'Council publicity whose effect is party political: calls to vote, attacks on a party or the opposition, campaigning.',
    messages: {
      political: '"{words}" is party political; council publicity must stay even-handed.',
    },
    suggestions: {
      political: 'Remove the party reference and keep to the facts of the council service or decision.',
    },
  },
  check(analysis, context) {
    if (analysis.kind !== 'press-release') return;
    const inPeriod = windowsAt(context.config.elections, context.now).length > 0;
    const political = partyPolitical(analysis);
    const calls = voteCalls(analysis, inPeriod).filter((sentence) => !political.some((result) => result.sentence === sentence));
    const spans = [...political.map((result) => result.span), ...calls].sort((a, b) => a.start - b.start);
    for (const span of spans) {
      context.report({
        message: 'political',
        data: { words: quote(analysis.body.text.slice(span.start, span.end)) },
        field: 'body',
        span: analysis.toBody(span),
      });
    }
  },
};
