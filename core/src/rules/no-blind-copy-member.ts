import type { Rule } from '../rule.ts';
import { fullTitle } from '../recognise/people.ts';

/** Model protocol 126: members are entitled to know who else receives their correspondence. */
export const noBlindCopyMember: Rule = {
  meta: {
    id: 'no-blind-copy-member',
    title: 'Councillor blind-copied',
    severity: 'error',
    description: 'A member is blind-copied on correspondence written by, to or about a member.',
    messages: {
      blindCopied: '{bcc} is blind-copied on correspondence with {member}.',
    },
    suggestions: {
      blindCopied: 'Move {bcc} to Cc and say so in the message, or ask {member} first.',
    },
  },
  check(analysis, context) {
    const blind = analysis.bcc.filter((person) => person.role === 'member');
    if (blind.length === 0) return;
    const correspondents = [
      analysis.author,
      ...analysis.to,
      ...analysis.cc,
      ...analysis.quoted.map((part) => part.person).filter((person) => person !== null),
    ].filter((person) => person.role === 'member');
    for (const person of blind) {
      const member = correspondents.find((other) => other.address !== person.address || other.name !== person.name)
        ?? correspondents[0];
      if (!member) continue;
      context.report({
        message: 'blindCopied',
        data: { bcc: fullTitle(person), member: member === person ? 'a member' : fullTitle(member) },
        field: 'bcc',
        excerpt: person.display,
      });
    }
  },
};
