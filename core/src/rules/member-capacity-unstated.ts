import type { Rule } from '../rule.ts';
import { anyOf } from '../nlp/lexicon.ts';
import capacity from '../../data/capacity.json';

const CAPACITY = anyOf(capacity.patterns);
/** A ward named by its place, with capitals telling the name from other words: "your Marsh Lane councillors". */
const NAMED_WARD = new RegExp(capacity.namedWard);

/** Model protocol 125 and 130: a member should make clear whether they write as a ward member, an executive member, for a party group or personally. */
export const memberCapacityUnstated: Rule = {
  meta: {
    id: 'member-capacity-unstated',
    title: "Councillor's capacity not stated",
    severity: 'warning',
    description: 'A member writes to a resident, a business or the media without saying in what capacity.',
    messages: {
      unstated: 'The message does not say in what capacity {member} writes (ward councillor, Cabinet Member, personal capacity…).',
    },
    suggestions: {
      unstated: 'Add the capacity to the text or the signature, e.g. "Ward Councillor for {ward}".',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'member' || analysis.kind === 'press-release') return;
    // Blind-copied residents are written to as much as those in To or Cc.
    const recipients = [...analysis.addressees, ...analysis.bcc];
    if (!recipients.some((person) => person.role === 'external' || person.role === 'press')) return;
    const newText = analysis.newText.map((span) => analysis.body.text.slice(span.start, span.end)).join('\n');
    if (CAPACITY.test(newText) || NAMED_WARD.test(newText)) return;
    const member = analysis.author.member;
    context.report({
      message: 'unstated',
      data: { member: analysis.author.name ? `Cllr ${analysis.author.name}` : 'the member', ward: member?.wards[0] ?? 'your ward' },
      field: 'from',
      excerpt: analysis.author.display || undefined,
    });
  },
};
