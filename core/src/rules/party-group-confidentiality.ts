import type { Rule } from '../rule.ts';
import { groupRelayIn } from '../nlp/topics.ts';
import { startingIn } from '../spans.ts';
import { reportInSentence } from './support.ts';
import groupMeetings from '../../data/group-meetings.json';

const RULING_GROUP = new RegExp(groupMeetings.rulingGroup.pattern, 'i');

/** Model protocol 87 and 118, London Councils protocol §6: what an officer hears or advises at one group's meeting stays with that group. */
export const partyGroupConfidentiality: Rule = {
  meta: {
    id: 'party-group-confidentiality',
    title: "A party group's business passed on",
    severity: 'warning',
    description: "An officer relays what was said at, or advised to, one party group's meeting to members of another group.",
    messages: {
      relayed: "This passes on what was said or advised at the {party} group's meeting to members outside that group.",
    },
    suggestions: {
      relayed: 'Keep party group discussions confidential; offer the other groups the same factual briefing instead.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'officer') return;
    const members = analysis.addressees.filter((person) => person.role === 'member');
    if (members.length === 0) return;
    for (const [index, sentence] of analysis.sentences.entries()) {
      const named = startingIn(analysis.parties, sentence.start, sentence.end).filter((mention) => mention.end <= sentence.end)
        .map((mention) => ({ start: mention.start - sentence.start, end: mention.end - sentence.start }));
      const hit = groupRelayIn(sentence, named, analysis.sentences[index + 1]);
      if (!hit) continue;
      // The group is the party named nearest before the meeting ("the Liberal Democrat group asked me at their group meeting"), else the next one.
      const inSentence = startingIn(analysis.parties, sentence.start, sentence.end).filter((mention) => mention.end <= sentence.end);
      const party = inSentence.filter((mention) => mention.start < sentence.start + hit.start).at(-1)
        ?? inSentence.find((mention) => mention.start >= sentence.start + hit.start);
      // "The administration group", named without its party, is the council's ruling group.
      const group = party?.party ?? (RULING_GROUP.test(sentence.text) ? analysis.config.rulingGroup : undefined);
      if (!group) continue;
      const outsiders = members.filter((person) => person.member?.party?.toLowerCase() !== group.toLowerCase());
      if (outsiders.length === 0) continue;
      const start = party ? Math.min(hit.start, party.start - sentence.start) : hit.start;
      reportInSentence(context, analysis, sentence, { start, end: hit.end }, 'relayed', { party: group });
    }
  },
};
