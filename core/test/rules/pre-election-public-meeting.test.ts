import { email, testRule } from '../rule-tester.ts';
import { LIB_DEM, OFFICER, RESIDENT, WARD_SIGNATURE } from '../people.ts';

const meeting = (text: string, date: string) => email({
  from: LIB_DEM, to: [RESIDENT], subject: 'Library hours', date,
  body: `Dear residents,\n\n${text}\n\n${WARD_SIGNATURE('Mary Doyle', 'Northfield')}`,
});

testRule('pre-election-public-meeting', {
  valid: [
    { name: 'does not flag a meeting announced and held before the period', draft: meeting('I have arranged a public meeting on the library hours on Thursday 11 February at 7pm.', 'Tue, 02 Feb 2027 10:00:00 +0000') },
    { name: 'does not flag a meeting held after the poll', draft: meeting('I am holding a public meeting on the library hours on 20 May in the church hall.', 'Tue, 02 Feb 2027 10:00:00 +0000') },
    { name: 'does not flag an officer-run consultation event', draft: email({ from: OFFICER, to: [RESIDENT], date: 'Tue, 13 Apr 2027 10:00:00 +0100', body: 'Dear Mr Reeve,\n\nThe Council is holding a drop-in session on the road scheme.\n\nDan Foster\nHighways Officer' }) },
  ],
  invalid: [
    { name: 'flags a meeting announced in the period', draft: meeting('I have arranged a public meeting about the library hours at the community centre.', 'Tue, 13 Apr 2027 10:00:00 +0100'), excerpt: 'public meeting' },
    { name: 'flags a meeting announced before but held inside the period', draft: meeting('Please come along to the residents\' meeting I am organising on 15 April 2027 about the library hours.', 'Tue, 02 Mar 2027 10:00:00 +0000'), excerpt: "residents' meeting" },
  ],
});
