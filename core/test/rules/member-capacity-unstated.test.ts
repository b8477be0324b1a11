import { email, testRule } from '../rule-tester.ts';
import { BUSINESS, LIB_DEM, OFFICER, REPORTER, RESIDENT, MINISTER } from '../people.ts';

const body = 'Dear Mr Reeve,\n\nThank you for your email about the bus shelter. I have asked officers when it will be repaired and will let you know.\n\n';

testRule('member-capacity-unstated', {
  valid: [
    { name: 'does not flag a signature that gives the ward', draft: email({ from: LIB_DEM, to: [RESIDENT], body: `${body}Best wishes,\n\nMary Doyle\nWard Councillor for Northfield` }) },
    { name: 'does not flag capacity stated in the text', draft: email({ from: LIB_DEM, to: [RESIDENT], body: `${body}I am writing as your local councillor.\n\nMary` }) },
    { name: 'does not flag a personal-capacity statement', draft: email({ from: LIB_DEM, to: [REPORTER], body: 'Hello,\n\nI write in a personal capacity: the bus shelter has been broken for months.\n\nMary Doyle' }) },
    { name: 'does not flag a member writing to an officer', draft: email({ from: LIB_DEM, to: [OFFICER], body: 'Dan,\n\nCould you let me know when the shelter will be fixed?\n\nMary' }) },
    { name: 'does not flag a member writing to central government', draft: email({ from: LIB_DEM, to: [MINISTER], body: 'Dear Minister,\n\nI would welcome a meeting about bus funding.\n\nMary Doyle' }) },
    { name: 'does not flag a Leader signing as Leader of the named council', draft: email({ from: LIB_DEM, to: [BUSINESS], body: 'Dear Ms Grant,\n\nI would welcome a meeting about the market.\n\nYours sincerely,\n\nCouncillor Mary Doyle\nLeader of Example Borough Council' }) },
    { name: 'does not flag ward colleagues signing as "Your councillors for" the ward', draft: email({ from: LIB_DEM, to: [RESIDENT], cc: [LIB_DEM], subject: 'Ward update', body: 'Dear neighbours,\n\nThe next litter pick is on 4 April.\n\nMary Doyle and Sam Patel\nYour councillors for Northfield Ward' }) },
    { name: 'does not flag "as your three councillors" in the text', draft: email({ from: LIB_DEM, to: [RESIDENT], subject: 'Ward update', body: 'Dear neighbours,\n\nHere is our round-up as your three councillors.\n\nMary, Sam and Ann' }) },
    { name: 'does not flag "councillors for Northfield ward" after the names', draft: email({ from: LIB_DEM, to: [RESIDENT], subject: 'Ward update', body: 'Dear neighbours,\n\nThe bridge reopens on Monday.\n\nMary Doyle and Sam Patel, councillors for Northfield ward' }) },
    { name: 'does not flag a ward named by its place, without the word "ward"', draft: email({ from: LIB_DEM, to: [RESIDENT], subject: 'Ward update', body: 'Dear neighbours,\n\nAs one of your Northfield councillors, I said I would keep you posted on the bridge.\n\nMary' }) },
    { name: 'does not flag a committee chair signing "Chair, Licensing Committee"', draft: email({ from: LIB_DEM, to: [BUSINESS], body: 'Dear Ms Grant,\n\nThank you for your letter about the market licence.\n\nYours sincerely,\n\nCouncillor Mary Doyle\nChair, Licensing Committee' }) },
    { name: 'does not flag a letter from the Office of the Leader', draft: email({ from: LIB_DEM, to: [BUSINESS], body: 'Office of the Leader\n\nDear Ms Grant,\n\nI would welcome a meeting about the market.\n\nMary Doyle' }) },
  ],
  invalid: [
    { name: 'flags residents blind-copied with the member in To', draft: email({ from: LIB_DEM, to: [LIB_DEM], bcc: [RESIDENT, BUSINESS], subject: 'Public meeting', body: 'Dear neighbour,\n\nI have booked the church hall so residents can have their say.\n\nCllr Mary Doyle' }) },
    { name: 'flags a reply to a resident signed only "Cllr"', draft: email({ from: LIB_DEM, to: [RESIDENT], body: `${body}Best wishes,\n\nCllr Mary Doyle` }) },
    { name: 'flags a round-up that only says it asked councillors for views', draft: email({ from: LIB_DEM, to: [RESIDENT], subject: 'Update', body: 'Dear neighbours,\n\nI have asked fellow councillors for their views on the bridge.\n\nCllr Mary Doyle' }) },
    { name: "flags a member who names only the reader's own association's members", draft: email({ from: LIB_DEM, to: [RESIDENT], subject: 'Petition', body: "Dear Mr Reeve,\n\nThank you and your Residents' Association members for the petition about the bridge.\n\nCllr Mary Doyle" }) },
    { name: 'flags a member writing to a reporter without a role', draft: email({ from: LIB_DEM, to: [REPORTER], subject: 'Bus shelter', body: 'Hi,\n\nThe shelter on Mill Road has been broken since October and residents are fed up.\n\nMary' }) },
  ],
});
