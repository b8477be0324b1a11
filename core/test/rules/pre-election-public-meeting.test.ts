import { email, testRule } from '../rule-tester.ts';
import { CABINET, DIRECTOR, LIB_DEM, OFFICER, OFFICER_SIGNATURE, RESIDENT, WARD_SIGNATURE } from '../people.ts';

const meeting = (text: string, date: string) => email({
  from: LIB_DEM, to: [RESIDENT], subject: 'Library hours', date,
  body: `Dear residents,\n\n${text}\n\n${WARD_SIGNATURE('Mary Doyle', 'Northfield')}`,
});

testRule('pre-election-public-meeting', {
  valid: [
    { name: 'does not flag a meeting announced and held before the period', draft: meeting('I have arranged a public meeting on the library hours on Thursday 11 February at 7pm.', 'Tue, 02 Feb 2027 10:00:00 +0000') },
    { name: 'does not flag a meeting held after the poll', draft: meeting('I am holding a public meeting on the library hours on 20 May in the church hall.', 'Tue, 02 Feb 2027 10:00:00 +0000') },
    { name: 'does not flag a meeting put on in February for February', draft: meeting("I'm putting on a community meeting on the library hours on Thursday 11 February.", 'Tue, 02 Feb 2027 10:00:00 +0000') },
    { name: 'does not flag a staging mention that arranges nothing', draft: meeting('At this stage the public meeting on the library hours is only an idea from residents.', 'Tue, 13 Apr 2027 10:00:00 +0100') },
    { name: 'does not flag an officer-run consultation event', draft: email({ from: OFFICER, to: [RESIDENT], date: 'Tue, 13 Apr 2027 10:00:00 +0100', body: 'Dear Mr Reeve,\n\nThe Council is holding a drop-in session on the road scheme.\n\nDan Foster\nHighways Officer' }) },
    { name: 'does not flag saying councillors should not hold meetings before the poll', draft: meeting("Because of the elections on 6 May, councillors shouldn't be holding public meetings on council business until after polling day.", 'Tue, 13 Apr 2027 10:00:00 +0100') },
    { name: 'does not flag "I can\'t hold a public meeting"', draft: meeting("I'm afraid I can't hold a public meeting on the library hours until the election is over.", 'Tue, 13 Apr 2027 10:00:00 +0100') },
    { name: 'does not take a later paragraph\'s date for the meeting date', draft: meeting('I have arranged a public meeting on the library hours for 20 May.\n\nThe consultation on the opening hours runs until 22 April 2027, and every response will be read by officers before they report.', 'Tue, 02 Mar 2027 10:00:00 +0000') },
    { name: 'does not flag a member saying they will stay away from officer-run drop-in sessions', draft: email({ from: CABINET, to: [DIRECTOR], date: 'Tue, 13 Apr 2027 10:00:00 +0100', body: "Sam,\n\nI'm conscious we're in the pre-election period, so I won't be attending any of the officer-run drop-in sessions and I'm content for the team to publicise those.\n\nRavi" }) },
    { name: 'does not flag an officer telling a member about the Council\'s consultation events', draft: email({ from: OFFICER, to: [LIB_DEM], date: 'Tue, 13 Apr 2027 10:00:00 +0100', body: `Dear Cllr Doyle,\n\nAs Cllr Patel mentioned, officers are running two drop-in sessions on the road scheme at the library next week.\n\n${OFFICER_SIGNATURE}` }) },
    { name: 'does not take the polling date for the meeting date', draft: meeting('With the poll on Thursday 6 May, I am arranging a public meeting on the library hours for 20 May.', 'Tue, 02 Mar 2027 10:00:00 +0000') },
  ],
  invalid: [
    { name: 'flags a meeting held in the period despite a mention of the poll', draft: meeting('The elections are on 6 May, but I am holding a public meeting on the library hours on 22 April 2027.', 'Tue, 02 Mar 2027 10:00:00 +0000'), excerpt: 'public meeting' },
    { name: 'flags a meeting arranged in the period after a negated aside', draft: meeting("I won't be standing again, so I have arranged a public meeting about the library hours.", 'Tue, 13 Apr 2027 10:00:00 +0100'), excerpt: 'public meeting' },
    { name: 'flags a meeting whose date follows on its own line', draft: meeting("I've arranged a public meeting where you can ask about the library hours:\n\nThursday 22 April 2027, 7pm\nNorthfield Methodist Hall", 'Tue, 02 Mar 2027 10:00:00 +0000'), excerpt: 'public meeting' },
    { name: 'flags a meeting announced in the period', draft: meeting('I have arranged a public meeting about the library hours at the community centre.', 'Tue, 13 Apr 2027 10:00:00 +0100'), excerpt: 'public meeting' },
    { name: 'flags putting on a community meeting', draft: meeting("I'm putting on a community meeting in the library on Monday 19 April at 6.30pm.", 'Tue, 13 Apr 2027 10:00:00 +0100'), excerpt: 'community meeting' },
    { name: 'flags laying on a public meeting', draft: meeting('We are laying on a public meeting about the library hours at the community centre.', 'Tue, 13 Apr 2027 10:00:00 +0100'), excerpt: 'public meeting' },
    { name: 'flags fixing a date for a residents\' meeting', draft: meeting("I've fixed a date for a residents' meeting on the library hours: 22 April 2027.", 'Tue, 02 Mar 2027 10:00:00 +0000'), excerpt: "residents' meeting" },
    { name: 'flags a meeting lined up', draft: meeting("I've got a public meeting on the library hours lined up for 21 April 2027.", 'Tue, 02 Mar 2027 10:00:00 +0000'), excerpt: 'public meeting' },
    { name: 'flags a scheduled ward meeting', draft: meeting('I have scheduled a ward meeting on the library hours for 14 April 2027.', 'Tue, 02 Mar 2027 10:00:00 +0000'), excerpt: 'ward meeting' },
    { name: 'flags an officer arranging the hall for a meeting a member is holding', draft: email({ from: OFFICER, to: [LIB_DEM], date: 'Tue, 13 Apr 2027 10:00:00 +0100', body: `Dear Cllr Doyle,\n\nCllr Patel is holding a public meeting on the road scheme at the library, and I have booked the room.\n\n${OFFICER_SIGNATURE}` }), excerpt: 'public meeting' },
    { name: 'flags a member named before an apposition as the host', draft: email({ from: OFFICER, to: [RESIDENT], date: 'Tue, 02 Mar 2027 10:00:00 +0000', body: `Dear Mr Reeve,\n\nCllr Mary Doyle, ward councillor for Northfield, will host a public meeting on the road scheme at the library on 22 April 2027.\n\n${OFFICER_SIGNATURE}` }), excerpt: 'public meeting' },
    { name: 'flags a drop-in session hosted by a member', draft: email({ from: OFFICER, to: [RESIDENT], date: 'Tue, 13 Apr 2027 10:00:00 +0100', body: `Dear Mr Reeve,\n\nResidents are welcome at a drop-in session hosted by Cllr Mary Doyle at the library.\n\n${OFFICER_SIGNATURE}` }), excerpt: 'drop-in session' },
    { name: 'flags a member who will also hold a public meeting', draft: email({ from: OFFICER, to: [RESIDENT], date: 'Tue, 13 Apr 2027 10:00:00 +0100', body: `Dear Mr Reeve,\n\nCllr Mary Doyle will also hold a public meeting at the library.\n\n${OFFICER_SIGNATURE}` }), excerpt: 'public meeting' },
    { name: 'flags a meeting announced before but held inside the period', draft: meeting('Please come along to the residents\' meeting I am organising on 15 April 2027 about the library hours.', 'Tue, 02 Mar 2027 10:00:00 +0000'), excerpt: "residents' meeting" },
  ],
});
