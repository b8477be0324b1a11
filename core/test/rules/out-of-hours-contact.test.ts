import { email, testRule } from '../rule-tester.ts';
import { LIB_DEM, OFFICER, RESIDENT } from '../people.ts';

const at = (date: string, text = 'Could you let me know when the play area will reopen?', from = LIB_DEM, to = OFFICER) =>
  email({ from, to: [to], date, subject: 'Play area', body: `Dan,\n\n${text}\n\nMary` });

testRule('out-of-hours-contact', {
  valid: [
    { name: 'does not flag a weekday morning', draft: at('Tue, 09 Feb 2027 10:15:00 +0000') },
    { name: 'does not flag an urgent email on a Saturday', draft: at('Sat, 13 Feb 2027 07:30:00 +0000', 'Water is flooding into homes on Mill Road - this is urgent.') },
    { name: 'does not flag a member writing to a resident in the evening', draft: at('Tue, 09 Feb 2027 21:00:00 +0000', 'Thank you for your email.', LIB_DEM, RESIDENT) },
    { name: 'does not flag 17:59 in summer time', draft: at('Tue, 06 Jul 2027 17:59:00 +0100') },
    { name: 'does not flag a fire at the flats on a Sunday evening', draft: at('Sun, 14 Feb 2027 20:10:00 +0000', 'There has been a fire at Castle Court flats and three families need somewhere to stay tonight.') },
    { name: 'does not flag a building on fire', draft: at('Sat, 13 Feb 2027 23:00:00 +0000', 'The old depot is on fire - can you get someone out?') },
  ],
  invalid: [
    { name: 'flags a Saturday question', draft: at('Sat, 13 Feb 2027 11:00:00 +0000') },
    { name: 'flags an officer writing to a member late in the evening', draft: at('Tue, 09 Feb 2027 22:40:00 +0000', 'The revised agenda is attached.', OFFICER, LIB_DEM) },
    { name: 'flags Good Friday', draft: at('Fri, 26 Mar 2027 10:00:00 +0000') },
    { name: 'flags 18:30 London time in summer', draft: at('Tue, 06 Jul 2027 17:30:00 +0000') },
    { name: 'flags a weekend question about fire doors that says no rush', draft: at('Sat, 13 Feb 2027 11:05:00 +0000', 'No rush on this one. Is the replacement of the fire doors still in next year\'s programme?') },
    { name: 'flags an evening note about flood risk', draft: at('Tue, 09 Feb 2027 21:30:00 +0000', 'I think the flood risk section of the report is underplayed; could we talk about it?') },
    { name: 'flags an evening forward that says nothing is needed tonight', draft: at('Wed, 11 Feb 2026 20:10:00 +0000', "Passing this on before Friday's briefing. Nothing needed tonight.", OFFICER, LIB_DEM) },
    { name: 'flags a weekend note that says no action is required until Monday', draft: at('Sat, 13 Feb 2027 10:00:00 +0000', 'No action is required until Monday; the schedule for the play area works is attached.') },
    { name: 'flags an evening note telling the officer not to worry about it tonight', draft: at('Tue, 09 Feb 2027 21:30:00 +0000', "Don't worry about this tonight - could you check the bench on Mill Road tomorrow?") },
    { name: 'flags "not urgent" on a Sunday', draft: at('Sun, 14 Feb 2027 16:00:00 +0000', 'Not urgent - whenever you get a chance, could you check the bench on Mill Road?') },
  ],
});
