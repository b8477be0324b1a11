import type { Rule } from '../rule.ts';
import { groupAttributions } from '../recognise/publicity.ts';
import { quote } from './support.ts';

/** Model protocol 121, Part 5 protocol 8.1: council policy and achievements belong to the Council, not to a party. */
export const publicityGroupAttribution: Rule = {
  meta: {
    id: 'publicity-group-attribution',
    title: 'Council work credited to a party',
    severity: 'error',
    description: 'Council publicity credits a policy, decision or achievement to a party, a party group or the ruling group.',
    messages: {
      credited: '"{words}" credits council business to a party or group.',
    },
    suggestions: {
      credited: 'Credit the Council, the Cabinet or the committee that took the decision, not a party or group.',
    },
  },
  check(analysis, context) {
    if (analysis.kind !== 'press-release') return;
    for (const span of groupAttributions(analysis)) {
      context.report({
        message: 'credited',
        data: { words: quote(analysis.body.text.slice(span.start, span.end)) },
        field: 'body',
        span: analysis.toBody(span),
      });
    }
  },
};
