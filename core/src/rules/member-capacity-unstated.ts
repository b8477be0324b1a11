import type { Rule } from '../rule.ts';
import { anyOf, phrases, terms } from '../nlp/lexicon.ts';
import capacity from '../../data/capacity.json';

/** A title that states the capacity by itself: "Cabinet Member", "Portfolio Holder", "in a personal capacity". */
const TITLE = phrases(terms(capacity.titles));
/** Structural forms of a capacity: a ward or area, a leader of a body, a chair of a body, a party group. */
const CAPACITY_FORMS = anyOf([
  // "ward councillor", "local member", "county councillors".
  /\b(?:ward|local|borough|county|town|parish|district) (?:councillor|member)s?\b/.source,
  // "councillors for Northfield ward", "councillors representing the Abbey division".
  /\bcouncillors (?:for|representing) (?:the )?(?:[\w'-]+ ){1,3}(?:ward|division)\b/.source,
  // "councillor for Northfield", "member representing the Abbey ward"; and "councillor for" alone.
  /\b(?:councillor|member) (?:for|representing) (?:the )?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+(?:ward|division|area))?\b/.source,
  // "as your ward councillor", "in my role as one of your three councillors".
  /\b(?:as|in (?:my|our) (?:role|capacity) as) (?:your|a|the|one of your) (?:(?:two|three|four) )?(?:ward |local )?(?:councillors?|member)\b/.source,
  /\byour (?:(?:two|three|four) )?(?:ward |local )?(?:councillors?|member)\b/.source,
  // "Leader of the Council", "Deputy Leader of the Liberal Democrat group".
  /\b(?:deputy )?leader of (?:the )?(?:[\w'&-]+ ){0,4}?(?:council|group|opposition|administration)\b/.source,
  // A committee role as a signature line: "Chair, Planning Committee", "Licensing Committee Chair".
  /\b(?:vice[- ])?chair(?:man|woman|person)?,\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,3}(?:committee|sub-committee|panel|board)\b/.source,
  /\b(?:committee|sub-committee|panel|board)\s+(?:vice[- ])?chair(?:man|woman|person)?\b/.source,
  // "Chair of Planning", "Vice-Chairman of the Licensing Committee".
  /\b(?:vice[- ])?chair(?:man|woman|person)? (?:of|for) (?:the )?\w+/.source,
  // "Shadow Cabinet Member", "shadow spokesperson".
  /\bshadow (?:cabinet )?(?:member|spokesperson)?\b/.source,
  // "on behalf of the Green Party group".
  /\bon behalf of (?:the )?(?:[A-Z][\w'-]*\s){1,4}(?:group|party)\b/.source,
  /\bcouncillor for\b/.source,
]);
/** A ward named by its place, capitals telling the name from other words: "your Marsh Lane councillors". */
const NAMED_WARD = /\b[Yy]our (?:(?:two|three|four) )?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:(?:[Ww]ard\s+)?[Cc]ouncillors?|[Ww]ard\s+[Mm]embers?)\b/;

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
    if (TITLE.test(newText) || CAPACITY_FORMS.test(newText) || NAMED_WARD.test(newText)) return;
    const member = analysis.author.member;
    context.report({
      message: 'unstated',
      data: { member: analysis.author.name ? `Cllr ${analysis.author.name}` : 'the member', ward: member?.wards[0] ?? 'your ward' },
      field: 'from',
      excerpt: analysis.author.display || undefined,
    });
  },
};
