import type { Rule } from '../rule.ts';
import type { Mention } from '../recognise/mentions.ts';
import { windowsAt, type ElectionWindow } from '../time/elections.ts';

/** Model protocol 125, Part 5 protocol 8.3, Brent protocol 7.4 and the publicity code: no member or candidate in council publicity once the election is called. */
export const preElectionMemberNamed: Rule = {
  meta: {
    id: 'pre-election-member-named',
    title: 'Councillor named in publicity before an election',
    severity: 'error',
    description: 'In the pre-election period, council publicity names, quotes or pictures a member or candidate.',
    messages: {
      named: '{person} is named in council publicity during the pre-election period for {election} (from {notice}).',
    },
    suggestions: {
      named: 'Quote an officer instead, or hold the release until after polling day ({poll}).',
    },
  },
  check(analysis, context) {
    if (analysis.kind !== 'press-release') return;
    const windows = windowsAt(context.config.elections, context.now);
    if (windows.length === 0) return;
    const reported = new Set<string>();
    for (const mention of analysis.mentions) {
      const window = windows.find((candidate) => isRestricted(mention, candidate));
      const key = mention.name.toLowerCase();
      if (!window || reported.has(key)) continue;
      reported.add(key);
      context.report({
        message: 'named',
        data: {
          person: personNamed(mention),
          election: window.election.name,
          notice: window.noticeOfElection,
          poll: window.election.poll,
        },
        field: 'body',
        span: analysis.toBody(mention),
      });
    }
  },
};

/** "Cllr Jane Okafor", "Cllr Jane Okafor (the Leader of the Council)", "The Cabinet Member for Housing", "Leah Morgan (a candidate)". */
function personNamed(mention: Mention): string {
  if (mention.who === 'candidate') return `${mention.name} (a candidate)`;
  if (!mention.title) return `Cllr ${mention.name}`;
  return mention.member ? `Cllr ${mention.name} (the ${mention.title})` : `The ${mention.title}`;
}

/** Who the period restricts: everyone standing, or for a ward election the members and candidates of those wards. */
function isRestricted(mention: Mention, window: ElectionWindow): boolean {
  const { election } = window;
  if (mention.who === 'officer') return false;
  if (mention.who === 'candidate') return election.candidates.some((name) => name.toLowerCase() === mention.name.toLowerCase()) || !election.wards;
  if (!election.wards) return true;
  return Boolean(mention.member?.wards.some((ward) => election.wards!.includes(ward)));
}
