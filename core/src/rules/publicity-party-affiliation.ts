import type { Rule } from '../rule.ts';
import { partyAffiliations } from '../recognise/publicity.ts';
import { quote } from './support.ts';

/** Model protocol 121, Part 5 protocol 8.1: council publicity does not identify members by party. */
export const publicityPartyAffiliation: Rule = {
  meta: {
    id: 'publicity-party-affiliation',
    title: "Councillor's party named in publicity",
    severity: 'error',
    description: 'A member named in council publicity is identified with a party.',
    messages: {
      affiliated: '"{words}" identifies {member} by party in council publicity.',
    },
    suggestions: {
      affiliated: 'Name {member} by their council role only (e.g. "Cabinet Member for Housing"), without the party.',
    },
  },
  check(analysis, context) {
    if (analysis.kind !== 'press-release') return;
    for (const { span, mention } of partyAffiliations(analysis)) {
      context.report({
        message: 'affiliated',
        data: { words: quote(analysis.body.text.slice(span.start, span.end)), member: mention.title && !mention.member ? `the ${mention.title}` : mention.name },
        field: 'body',
        span: analysis.toBody(span),
      });
    }
  },
};
