import { email, testRule } from '../rule-tester.ts';
import { CABINET, CONSERVATIVE_LEADER, DIRECTOR, GREEN, LIB_DEM } from '../people.ts';

const note = (to: string[], text: string) => email({ from: DIRECTOR, to, subject: 'Housing strategy', body: `Dear colleagues,\n\n${text}\n\nSam Hughes\nDirector of Environment` });

testRule('party-group-confidentiality', {
  valid: [
    { name: 'does not flag a briefing followed by what the officer will do next', draft: note([LIB_DEM], 'I briefed the Labour group last night on the housing options. They are the first of the groups I will brief this month.') },
    { name: 'does not flag an offer of the same briefing to other groups', draft: note([CONSERVATIVE_LEADER, GREEN], 'I briefed the Labour group on the housing strategy last week and I am happy to offer the same briefing to your groups.') },
    { name: 'does not flag relaying to members of the same group', draft: note([CABINET], 'At the Labour group meeting on Monday, members said they wanted more detail on the costs.') },
    { name: 'does not flag a factual briefing with no group content', draft: note([LIB_DEM, CONSERVATIVE_LEADER], 'The housing strategy will go to Cabinet in March with three options.') },
    { name: 'does not flag a multi-word group relayed to its own members', draft: note([LIB_DEM], 'When I went along to the Liberal Democrat group on Tuesday night, their councillors told me they would oppose the order.') },
    { name: 'does not flag telling another group that a briefing was asked for', draft: note([LIB_DEM], 'For transparency: the Conservative group has asked me to brief them on the draft budget, and I will be doing that on Monday.') },
    { name: 'does not flag telling another group that a group wanted a meeting', draft: note([CONSERVATIVE_LEADER], 'The Liberal Democrat group asked for a meeting on the budget, so I have set one up for Thursday.') },
    { name: 'does not flag the ruling group\'s advice relayed to its own member', draft: note([CABINET], 'When I went through the numbers with the administration group on Tuesday, I told them plainly that reserves will fall below the minimum.') },
    { name: 'does not flag the mood of a public meeting', draft: note([LIB_DEM], 'The mood in the room at the residents\' meeting was firmly against any charge.') },
    { name: 'does not flag a group keen on a briefing told to the same group', draft: note([CABINET], 'The Labour group were quite exercised about the parking charges when I met them on Monday.') },
  ],
  invalid: [
    { name: 'flags the advice another officer gave a group, relayed to another group', draft: note([CONSERVATIVE_LEADER], 'When Bernard briefed the Labour group before their meeting on Monday, his advice to them was that the call-in has no merit.'), excerpt: 'the Labour group' },
    { name: 'flags what was discussed at a group meeting', draft: note([LIB_DEM], 'At the Labour group meeting there was real concern about the cost of the depot move.'), excerpt: 'Labour group meeting' },
    { name: 'flags advice a group was given at its briefing, told in the passive', draft: note([LIB_DEM], 'For background, the Labour group were advised at their pre-Cabinet meeting that the contract could be extended.'), excerpt: 'the Labour group were advised' },
    { name: 'flags the mood of a group the officer took through the figures', draft: note([CONSERVATIVE_LEADER], 'When I took the Labour group through the same figures on Monday, the mood in the room was firmly against any charge.'), excerpt: 'the Labour group' },
    { name: 'flags what the ruling group was told, named without its party', draft: note([LIB_DEM], 'When I went through the numbers with the administration group on Tuesday, I told them plainly that reserves will fall below the minimum.'), excerpt: 'the administration group' },
    { name: 'flags the impression an officer formed at a session with the majority group', draft: note([GREEN], 'I get the strong impression from my session with the majority group on Monday that the allocation will be dropped.'), excerpt: 'the majority group' },
    { name: 'flags what a group made clear at its briefing', draft: note([LIB_DEM], 'At the Labour group briefing on Monday, members made clear they will not support the parking option.'), excerpt: 'Labour group' },
    { name: 'flags a group\'s leaning told in the sentence after the briefing', draft: note([LIB_DEM], 'I briefed the Labour group last night on the housing options. They are leaning towards option B.'), excerpt: 'the Labour group' },
    { name: 'flags what one group said relayed to another group', draft: note([CONSERVATIVE_LEADER], 'At the Labour group meeting on Monday, members said they would not support the third option.'), excerpt: 'Labour group meeting' },
    { name: 'flags advice given to a group relayed to all members', draft: note([LIB_DEM, GREEN, CABINET], 'I advised the Labour group that the garden waste charge was legally risky.'), excerpt: 'advised the Labour group' },
    { name: 'flags a multi-word party group relayed to another group', draft: note([CONSERVATIVE_LEADER, CABINET], 'When I went along to the Liberal Democrat group on Tuesday night, their councillors told me they would oppose the order.'), excerpt: 'Liberal Democrat group' },
    { name: 'flags an abbreviated party group', draft: note([CONSERVATIVE_LEADER], 'I met the Lib Dem group last night and they said they would table an amendment.'), excerpt: 'Lib Dem group' },
    { name: 'flags what a group asked at its meeting, with the party named well before', draft: note([CONSERVATIVE_LEADER], 'I can tell you that the Liberal Democrat group asked me at their group meeting on Monday whether they could table a motion of no confidence.'), excerpt: 'the Liberal Democrat group asked me at their group meeting' },
    { name: 'flags a group\'s question relayed with what was advised', draft: note([LIB_DEM], 'The Green group asked me whether the motion was in order, and I advised them that it was.'), excerpt: 'The Green group asked me whether' },
    { name: 'flags how exercised a group was, told to another group', draft: note([CONSERVATIVE_LEADER], 'To give you a feel for where things are, the Labour group were quite exercised about the parking charges when I met them on Monday evening.'), excerpt: 'the Labour group were quite exercised' },
    { name: 'flags a group that seemed unhappy, told to another group', draft: note([LIB_DEM], 'The Conservative group seemed very unhappy about the library closures at their pre-meeting.'), excerpt: 'seemed very unhappy' },
    { name: 'flags a group that is anxious, told to members generally', draft: note([CONSERVATIVE_LEADER, GREEN], 'The Liberal Democrat group are really anxious about the ward boundary changes.'), excerpt: 'are really anxious' },
  ],
});
