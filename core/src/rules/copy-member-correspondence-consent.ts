import type { Rule } from '../rule.ts';
import { fullTitle, type Person } from '../recognise/people.ts';
import { quotedMember, statesCopyConsent } from './support.ts';

/** London Councils protocol §12, Model protocol 126: a member's correspondence is not passed to other members without their knowing. */
export const copyMemberCorrespondenceConsent: Rule = {
  meta: {
    id: 'copy-member-correspondence-consent',
    title: "Councillor's correspondence copied without consent",
    severity: 'warning',
    description: "An officer copies a member's correspondence to another member without saying the author agreed.",
    messages: {
      copied: "{copied} is copied on {member}'s correspondence, and the reply does not say {member} agreed.",
    },
    suggestions: {
      copied: 'Say in the message that {member} asked for or agreed to the copy, or remove {copied}.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'officer') return;
    const member = quotedMember(analysis);
    if (!member || statesCopyConsent(analysis)) return;
    const recipients = [...analysis.to.map((person) => ({ person, field: 'to' as const })),
      ...analysis.cc.map((person) => ({ person, field: 'cc' as const }))];
    for (const { person, field } of recipients) {
      if (person.role !== 'member' || sameMember(person, member)) continue;
      context.report({
        message: 'copied',
        data: { copied: fullTitle(person), member: fullTitle(member) },
        field,
        excerpt: person.display,
      });
    }
  },
};

function sameMember(a: Person, b: Person): boolean {
  if (a.member && b.member) return a.member === b.member;
  return Boolean(a.address && a.address === b.address) || a.name.toLowerCase() === b.name.toLowerCase();
}
