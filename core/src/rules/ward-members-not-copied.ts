import type { Rule } from '../rule.ts';
import type { Member } from '../model.ts';
import { escapeRegExp } from '../text.ts';
import { listNames } from './support.ts';

/** Part 5 protocol 7.1: officers keep all members for a ward informed of matters affecting it. */
export const wardMembersNotCopied: Rule = {
  meta: {
    id: 'ward-members-not-copied',
    title: 'Ward councillors not copied',
    severity: 'warning',
    description: "An officer writes to one ward member about a matter in that member's ward without copying the ward's other members.",
    profiles: ['part5-borough'],
    messages: {
      notCopied: 'This is about {ward} ward, but {missing} (also members for {ward}) {verb} not copied.',
    },
    suggestions: {
      notCopied: 'Copy {missing} and tell the member you have done so.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'officer') return;
    const addressed = [...analysis.to, ...analysis.cc].map((person) => person.member).filter((member) => member !== undefined);
    if (addressed.length === 0) return;
    const text = [analysis.subject.text, ...analysis.sentences.map((sentence) => sentence.text)].join('\n');
    const wards = new Set(addressed.flatMap((member) => member.wards));
    for (const ward of wards) {
      if (!new RegExp(`\\b${escapeRegExp(ward)}\\b`, 'i').test(text)) continue;
      const missing = analysis.config.members.filter((member) => member.wards.includes(ward) && !addressed.includes(member));
      if (missing.length === 0) continue;
      context.report({
        message: 'notCopied',
        data: { ward, missing: listNames(missing.map(title)), verb: missing.length === 1 ? 'is' : 'are' },
        field: 'cc',
        // The finding is about who is missing from the recipients, so its excerpt is their names (SPEC 2.4).
        excerpt: listNames(missing.map((member) => member.name)),
      });
    }
  },
};

function title(member: Member): string {
  return `Cllr ${member.name}`;
}
