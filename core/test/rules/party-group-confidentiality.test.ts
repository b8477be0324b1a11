import { email, testRule } from '../rule-tester.ts';
import { CABINET, CONSERVATIVE_LEADER, DIRECTOR, GREEN, LIB_DEM } from '../people.ts';

const note = (to: string[], text: string) => email({ from: DIRECTOR, to, subject: 'Housing strategy', body: `Dear colleagues,\n\n${text}\n\nSam Hughes\nDirector of Environment` });

testRule('party-group-confidentiality', {
  valid: [
    { name: 'does not flag an offer of the same briefing to other groups', draft: note([CONSERVATIVE_LEADER, GREEN], 'I briefed the Labour group on the housing strategy last week and I am happy to offer the same briefing to your groups.') },
    { name: 'does not flag relaying to members of the same group', draft: note([CABINET], 'At the Labour group meeting on Monday, members said they wanted more detail on the costs.') },
    { name: 'does not flag a factual briefing with no group content', draft: note([LIB_DEM, CONSERVATIVE_LEADER], 'The housing strategy will go to Cabinet in March with three options.') },
    { name: 'does not flag a multi-word group relayed to its own members', draft: note([LIB_DEM], 'When I went along to the Liberal Democrat group on Tuesday night, their councillors told me they would oppose the order.') },
  ],
  invalid: [
    { name: 'flags what one group said relayed to another group', draft: note([CONSERVATIVE_LEADER], 'At the Labour group meeting on Monday, members said they would not support the third option.'), excerpt: 'Labour group meeting' },
    { name: 'flags advice given to a group relayed to all members', draft: note([LIB_DEM, GREEN, CABINET], 'I advised the Labour group that the garden waste charge was legally risky.'), excerpt: 'advised the Labour group' },
    { name: 'flags a multi-word party group relayed to another group', draft: note([CONSERVATIVE_LEADER, CABINET], 'When I went along to the Liberal Democrat group on Tuesday night, their councillors told me they would oppose the order.'), excerpt: 'Liberal Democrat group' },
    { name: 'flags an abbreviated party group', draft: note([CONSERVATIVE_LEADER], 'I met the Lib Dem group last night and they said they would table an amendment.'), excerpt: 'Lib Dem group' },
  ],
});
