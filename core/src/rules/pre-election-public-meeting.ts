import type { Rule } from '../rule.ts';
import { allHits, anyOf, firstHit } from '../nlp/lexicon.ts';
import { rememberer } from '../nlp/remember.ts';
import { startingIn } from '../spans.ts';
import { instantOf, zoned } from '../time/calendar.ts';
import { windowsAt } from '../time/elections.ts';
import { datesIn } from '../time/text-dates.ts';
import publicMeetings from '../../data/public-meetings.json';

const MEETING = anyOf([publicMeetings.meeting], 'gi');
const ARRANGE = anyOf([publicMeetings.arrange], 'gi');
/** "shouldn't be holding", "can't hold", "will not be arranging": arranges nothing. */
const DENIED = new RegExp(`${publicMeetings.denied}$`, 'i');
/** "the elections on 7 May", "polling day, Thursday 7 May": the poll's date, not the meeting's. */
const POLL_DATE = new RegExp(publicMeetings.pollDate, 'gi');
const LONDON = 'Europe/London';
/** A line this short after the announcement gives its details (date, time, venue), not another subject. */
const DETAIL_LINE = 80;

/** Model protocol 104, Brent protocol 7.4: members do not call public meetings on council business once the election is called. */
export const preElectionPublicMeeting: Rule = {
  meta: {
    id: 'pre-election-public-meeting',
    title: 'Public meeting arranged before an election',
    severity: 'warning',
    description: 'In the pre-election period, a member-arranged public meeting on council business is announced or arranged.',
    messages: {
      meeting: 'A member-arranged public meeting is {when} the pre-election period for {election}.',
    },
    suggestions: {
      meeting: 'Postpone the meeting until after polling day ({poll}), or let officers hold a council consultation without members.',
    },
  },
  check(analysis, context) {
    const byMember = analysis.author.role === 'member';
    const announcedIn = windowsAt(context.config.elections, context.now)[0];
    const reference = zoned(context.now, LONDON);
    const sentences = analysis.sentences;
    for (const [index, sentence] of sentences.entries()) {
      const meeting = firstHit(MEETING, sentence.text);
      if (!meeting || !arranges(sentence.text)) continue;
      const memberNamed = startingIn(analysis.mentions, sentence.start, sentence.end)
        .some((mention) => mention.who === 'member' && mention.end <= sentence.end);
      if (!byMember && !memberNamed) continue;
      // The meeting's date may follow on a short line of its own: "I've arranged a public meeting:\n\nThursday 16 April, 7pm".
      const detailLines = sentences.slice(index + 1, index + 3).filter((part) => part.text.length <= DETAIL_LINE);
      const announcement = [sentence, ...detailLines].map((part) => part.text).join(' ');
      const heldIn = datesIn(announcement.replace(POLL_DATE, ''), reference)
        .map((date) => windowsAt(context.config.elections, instantOf(date, 12, 0, LONDON))[0])
        .find((window) => window !== undefined);
      const window = announcedIn ?? heldIn;
      if (!window) continue;
      context.report({
        message: 'meeting',
        data: {
          when: announcedIn ? 'announced during' : 'to be held during',
          election: window.election.name,
          poll: window.election.poll,
        },
        field: 'body',
        span: analysis.toBody({ start: sentence.start + meeting.start, end: sentence.start + meeting.end }),
      });
      return;
    }
  },
};

const rememberArranging = rememberer<boolean>();

function arranges(text: string): boolean {
  return rememberArranging(text, () => allHits(ARRANGE, text)
    .some((hit) => !DENIED.test(text.slice(Math.max(0, hit.start - 40), hit.start))));
}
