import type { Rule } from '../rule.ts';
import { allHits, anyOf, firstHit, termGroup, type Hit } from '../nlp/lexicon.ts';
import { wordsAfter } from '../nlp/words.ts';
import type { Sentence } from '../recognise/sentences.ts';
import { startingIn } from '../spans.ts';
import { reportInSentence } from './support.ts';
import groupMeetings from '../../data/group-meetings.json';

const RULING_GROUP = new RegExp(groupMeetings.rulingGroup.pattern, 'i');
const GATHERING = termGroup(groupMeetings.gatherings);
/**
 * One group's private meeting or its people: "the group's pre-meeting", "the pre-meeting of the Labour group",
 * "group members", "the Green group", "Conservative councillors at their group meeting".
 */
const GROUP_MEETING = anyOf([
  `\\bgroup(?:['’]s)?\\s+${GATHERING}\\b`,
  `\\b${GATHERING}\\s+of\\s+the\\s+\\w+\\s+group\\b`,
  `\\bgroup\\s+${termGroup(groupMeetings.groupPeople)}\\b`,
  `\\bthe\\s+\\w+\\s+group\\b`,
  `\\b\\w+\\s+(?:leaders|members|councillors)\\s+at\\s+(?:their|the)\\s+(?:group\\s+)?${GATHERING}\\b`,
], 'gi');
/** A copula before a stance or a lean: "were", "seemed", "felt". */
const COPULA = '(?:were|was|are|is|seemed|seem|seems|appeared|felt)';
/**
 * What a group said, thought or means to do, passed on (each list in the data file): a reporting or
 * deciding verb ("members said", "the group agreed"), a stance after a copula with at most one word
 * between ("were very keen", "seemed minded"), a lean ("leaning towards option B"), a position
 * ("the mood in the room was…"), an impression the officer took away, what was discussed ("there was
 * real concern"), how the group will vote, and advice the officer gave it.
 */
const RELAY = anyOf([
  `\\b${termGroup(groupMeetings.saying)}\\b`,
  `\\b${COPULA}(?:\\s+\\S+)?\\s+${termGroup(groupMeetings.stances)}\\b`,
  `\\b(?:${COPULA}(?:\\s+\\w+)?\\s+(?:leaning|inclined)|lean(?:s|ed)?)\\s+(?:towards?|to)\\b`,
  `\\b${termGroup(groupMeetings.positions)}(?:\\s+(?:in|of)\\s+the\\s+(?:room|meeting|group))?\\s+(?:was|is|were|seemed)\\b`,
  `\\b(?:get|got|had|have|came\\s+away\\s+with)\\s+(?:a\\s+|the\\s+)?(?:\\w+\\s+)?${termGroup(groupMeetings.impressions)}\\b`,
  `\\bthere\\s+(?:was|were)\\s+(?:\\S+\\s+){0,4}?${termGroup(groupMeetings.discussed)}\\b`,
  `\\b(?:are|were)\\s+going\\s+to\\b|\\bplan(?:s|ned)?\\s+to\\b|\\bmade\\s+(?:it\\s+)?clear\\b`,
  `\\b(?:will|would)(?:\\s+not|n['’]t)?\\s+(?:be\\s+)?(?:${groupMeetings.voting.map((entry) => `${entry.term}|${entry.term.replace(/e$/, '')}ing`).join('|')})\\b`,
  `\\basked\\s+(?:me|us|whether|if|for)\\b|\\badvised\\s+(?:them|the\\s+group|it|that)\\b|\\bI\\s+advised\\b|\\b(?:my|his|her|their|our|the)\\s+advice\\s+to\\b`,
  ...groupMeetings.relayForms.map((form) => form.pattern),
], 'gi');
/** A group asking or wanting an arrangement ("asked me for a briefing", "wanted a meeting") passes on nothing it said. */
const ARRANGEMENT = new RegExp(`\\b${termGroup(groupMeetings.arrangements)}\\b`, 'i');
const ASKING = /^(?:asked|wants?|wanted)\b/i;
/** How far after "asked" or "wanted" the arrangement may come: "asked me whether I could give them a briefing". */
const ARRANGEMENT_REACH = 7;
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
  const relayed = (candidate: string) => !NOT_RELAY.test(candidate) && relayIn(candidate);
  if (NOT_RELAY.test(text) || !(relayed(text) || next !== undefined && GROUP_PRONOUN.test(next.text) && relayed(next.text))) return null;
  const meeting = firstHit(GROUP_MEETING, text);
  if (meeting) return meeting;
  for (const party of parties) {
    const group = PARTY_GROUP.exec(wordsAfter(text, party.end, 2));
    if (group) return { start: party.start, end: party.end + group[0].length };
  }
  return null;
}

/** Whether the text passes on what a group said or means to do: a relay that is not a request for an arrangement. */
function relayIn(text: string): boolean {
  return allHits(RELAY, text).some((hit) => !ASKING.test(text.slice(hit.start, hit.end))
    || !ARRANGEMENT.test(wordsAfter(text, hit.end, ARRANGEMENT_REACH)));
}
