import { email, testRule } from '../rule-tester.ts';
import { CABINET, CHIEF_EXECUTIVE, CONSERVATIVE_LEADER, LEADER, LIB_DEM, OFFICER, RESIDENT } from '../people.ts';

testRule('recruitment-canvassing', {
  valid: [
    { name: 'does not flag panel arrangements from HR', draft: email({ from: CHIEF_EXECUTIVE, to: [LEADER, CABINET], subject: 'Director of Housing panel', body: 'Dear colleagues,\n\nShortlisting for the Director of Housing post is on 3 March and interviews on 10 March. The candidate packs are attached.\n\nHelen Ward\nChief Executive' }) },
    { name: 'does not flag thanks for support on a policy', draft: email({ from: LIB_DEM, to: [CABINET], body: 'Ravi,\n\nThank you for your support on the cycle lanes motion.\n\nMary' }) },
    { name: 'does not flag thanks for support at a panel', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: 'Helen,\n\nThank you for your support at the interview panel on Tuesday.\n\nMary' }) },
    { name: 'does not flag the back page of a leaflet listing candidates', draft: email({ from: CABINET, to: [CHIEF_EXECUTIVE], body: 'Helen,\n\nThe back page will list the candidates for the by-election.\n\nRavi' }) },
    { name: 'does not flag praise of a venue beside a panel', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: 'Helen,\n\nThe park would be an excellent choice for the event. The panel agreed on Tuesday.\n\nMary' }) },
    { name: 'does not flag wanting a job done', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nI'd like to see Highways get the job done before Christmas. The Head of Highways post is still vacant, I gather.\n\nMary" }) },
    {
      name: 'does not flag a member recounting a request to put in a word and declining it',
      draft: email({ from: LIB_DEM, to: [OFFICER], body: "Dan,\n\nA resident asked me to put in a good word for her son, who has applied for one of the apprentice posts in Parks. I told her that councillors can't get involved in appointments and that he'll be judged on his application like everyone else.\n\nMary" }),
    },
    { name: 'does not flag a member who will not put in a word', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nMy nephew has applied for the Head of Leisure post. I won't put in a word for him, of course, and I'll stay away from the panel.\n\nMary" }) },
    { name: 'does not flag a member who cannot support an application', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nA friend has asked about the interviews for the post. I cannot back her application in any way.\n\nMary" }) },
    { name: 'does not flag a benefit application named "Support Allowance"', draft: email({ from: OFFICER, to: [LIB_DEM], body: 'Dear Cllr Doyle,\n\nMr Bell has applied for Employment and Support Allowance and is waiting for a decision.\n\nDan Foster\nHighways Officer' }) },
    { name: 'does not flag a member asking when interviews are', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: 'Helen,\n\nCould you tell me when the interviews for the Head of Leisure post will be held?\n\nMary' }) },
    { name: 'does not flag a member congratulating a candidate after the appointment', draft: email({ from: LIB_DEM, to: [RESIDENT], body: 'Alan,\n\nCongratulations on your appointment as Head of Parks. You were far and away the strongest candidate.\n\nMary' }) },
    { name: 'does not flag a member telling an applicant when the interviews are', draft: email({ from: LIB_DEM, to: [RESIDENT], body: "Alan,\n\nI've told Julian that the interviews for the Head of Parks post are on Friday, and he will write to you.\n\nMary" }) },
  ],
  invalid: [
    {
      name: 'flags an officer asking a panel member for a good word',
      draft: email({ from: OFFICER, to: [CABINET], subject: 'Head of Parks', body: 'Dear Cllr Patel,\n\nAs you sit on the appointment panel for the Head of Parks post, I would really value a good word from you.\n\nKind regards,\nDan' }),
      excerpt: 'a good word from you',
      alsoFires: ['officer-staffing-approach'],
    },
    { name: 'flags a member asking a panel colleague to back a candidate', draft: email({ from: LEADER, to: [CABINET], body: 'Ravi,\n\nYou are on the appointment panel for Director of Housing. I really hope you will back Sarah Mills; she is the best candidate for the job.\n\nJane' }), excerpt: 'back Sarah Mills' },
    { name: 'flags an officer asking for support on a panel', draft: email({ from: 'Mark Ellis <mark.ellis@example.gov.uk>', to: [LIB_DEM], body: 'Dear Cllr Doyle,\n\nI have applied for the Head of Planning role. I would really appreciate your support when the panel makes its decision.\n\nMark Ellis\nSenior Planning Officer' }), excerpt: 'appreciate your support', alsoFires: ['officer-staffing-approach'] },
    { name: 'flags a member praising an applicant to the officer chairing the panel', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: 'Helen,\n\nI gather the interviews for the Head of Leisure post are on Friday. Martin Greaves, who has applied, would be an outstanding choice.\n\nMary' }), excerpt: 'would be an outstanding choice' },
    { name: 'flags a member urging an officer to look favourably on an application', draft: email({ from: CONSERVATIVE_LEADER, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nI would urge you to look very favourably on Ms Khan's application.\n\nArthur" }), excerpt: 'look very favourably' },
    { name: 'flags a member naming the candidate they want appointed', draft: email({ from: LEADER, to: [CABINET], body: "Ravi,\n\nBetween ourselves, I'd really like to see Anil Gupta get the Head of Regeneration job. He's the only one on the shortlist who understands the town centre.\n\nJane" }), excerpt: 'Anil Gupta get the Head of Regeneration job' },
    { name: 'flags asking a panel colleague to make the case for a candidate', draft: email({ from: LEADER, to: [CABINET], body: "Ravi,\n\nWhen the panel meets on Thursday, I hope you'll make the case for him.\n\nJane" }), excerpt: 'make the case for him' },
    {
      name: 'flags a member telling a panel colleague which applicant they want',
      draft: email({ from: LEADER, to: [CABINET], body: "Ravi,\n\nThanks for agreeing to sit on the appointment panel for Head of Planning on Thursday. I know it's a long day. Between ourselves, Mark Ellison is the one we want. He knows the borough inside out.\n\nJane" }),
      excerpt: 'is the one we want',
    },
    { name: 'flags a member naming their preferred candidate', draft: email({ from: LEADER, to: [CABINET], body: 'Ravi,\n\nThe interview panel meets on Friday. Sarah Mills is our preferred candidate.\n\nJane' }), excerpt: 'is our preferred candidate' },
    { name: 'flags asking a panel member to give a candidate a fair wind', draft: email({ from: LEADER, to: [CABINET], body: "Ravi,\n\nYou're on the panel for the Head of Parks post. I'd be grateful if you could give Sam a fair wind.\n\nJane" }), excerpt: 'a fair wind' },
    { name: 'flags a member recommending an applicant "highly enough"', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nPriya Shah has applied for the Head of Leisure post. I can't recommend her highly enough.\n\nMary" }), excerpt: 'recommend her' },
    { name: 'flags a member who was asked to put in a word and does so', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nHer mother asked me to put in a good word for her with the interview panel. She is a lovely girl.\n\nMary" }), excerpt: 'put in a good word' },
    { name: 'flags a favour sought without a request verb', draft: email({ from: OFFICER, to: [LIB_DEM], body: 'Dear Cllr Doyle,\n\nMy colleague Ravi has applied for the Depot Supervisor post. Anything you could say on his behalf to the panel would mean a lot to him.\n\nDan Foster\nHighways Officer' }), excerpt: 'say on his behalf' },
    { name: 'flags a member offering to look out for an application', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nTom Reid has applied for the Parks Manager job, and I'll be looking out for his application when the shortlist comes round.\n\nMary" }), excerpt: 'looking out for' },
    { name: 'flags an outcome wished for a candidate', draft: email({ from: LEADER, to: [CABINET], body: "Ravi,\n\nPriya has applied for the Head of Leisure post, and I'd take it as a real kindness if she made the shortlist.\n\nJane" }), excerpt: 'made the shortlist' },
    { name: 'flags backing offered as "my full support"', draft: email({ from: LEADER, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nSam has applied for the Head of Parks post. Please let the interview panel know he has my full support.\n\nJane" }), excerpt: 'my full support' },
    { name: 'flags an officer asking a member to put in a word', draft: email({ from: OFFICER, to: [LIB_DEM], body: 'Dear Cllr Doyle,\n\nCould you put in a word for my colleague Priya with the interview panel?\n\nDan Foster\nHighways Officer' }), excerpt: 'put in a word' },
    { name: 'flags hoping the panel keeps a member\'s praise in mind', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nPriya Shah has applied for the events post. I've known her for years and I hope the panel keeps that in mind.\n\nMary" }), excerpt: 'keeps that in mind' },
    { name: 'flags a personal favour asked for a candidate', draft: email({ from: LIB_DEM, to: [CHIEF_EXECUTIVE], body: "Helen,\n\nMy neighbour's son has gone for the apprentice job in Parks. I'd see it as a personal favour if you made sure the interview panel gives him a proper look.\n\nMary" }), excerpt: 'a proper look' },
    { name: 'flags a member telling an applicant they have praised them to the panel chair', draft: email({ from: LIB_DEM, to: [RESIDENT], body: "Alan,\n\nGood luck on Thursday. I've told the chair of the panel that you are the strongest applicant by a mile.\n\nMary" }), excerpt: 'the strongest applicant' },
  ],
});
