import type { Rule } from '../rule.ts';
import { anyOf, firstHit, type Hit } from '../nlp/lexicon.ts';
import { wordsAfter } from '../nlp/words.ts';
import type { Sentence } from '../recognise/sentences.ts';
import { startingIn } from '../spans.ts';
import { reportInSentence } from './support.ts';
import groupMeetings from '../../data/group-meetings.json';

const RULING_GROUP = new RegExp(groupMeetings.rulingGroup.pattern, 'i');
const GROUP_MEETING = anyOf([groupMeetings.meeting], 'gi');
const RELAY = anyOf([groupMeetings.relay, ...groupMeetings.relayForms.map((form) => form.pattern)]);
const NOT_RELAY = anyOf([groupMeetings.notRelay]);
const GROUP_PRONOUN = new RegExp(groupMeetings.groupPronoun, 'i');
const PARTY_GROUP = new RegExp(groupMeetings.afterParty, 'i');

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

/**
 * What one party group said or was advised, passed on: "at the Labour group's pre-meeting, members said…".
 * `parties` are the party names in the sentence, so "the Liberal Democrat group" is a group of any party's name.
 */
function groupRelayIn(sentence: Sentence, parties: readonly Hit[] = [], next?: Sentence): Hit | null {
  const text = sentence.text;
  // What the group said may follow in the next sentence: "I briefed the Labour group last night. They are leaning towards option B."
  const relayed = (candidate: string) => !NOT_RELAY.test(candidate) && RELAY.test(candidate);
  if (NOT_RELAY.test(text) || !(relayed(text) || next !== undefined && GROUP_PRONOUN.test(next.text) && relayed(next.text))) return null;
  const meeting = firstHit(GROUP_MEETING, text);
  if (meeting) return meeting;
  for (const party of parties) {
    const group = PARTY_GROUP.exec(wordsAfter(text, party.end, 2));
    if (group) return { start: party.start, end: party.end + group[0].length };
  }
  return null;
}
