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
    { name: 'does not flag a request for someone to attend tonight', draft: at('Sun, 14 Feb 2027 22:10:00 +0000', 'The heating has failed at 4 Elm Court. Could someone attend tonight, or arrange heaters?') },
    { name: 'does not flag a resident at risk', draft: at('Sat, 13 Feb 2027 21:00:00 +0000', 'A vulnerable older resident on Mill Road is at risk and not answering the door.') },
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
    { name: 'flags an evening email that says when it was written, not when it is needed', draft: at('Thu, 21 Jan 2027 20:35:00 +0000', "Sorry for the late reply, I'm catching up on emails tonight. The play area reopens on Monday.", OFFICER, LIB_DEM) },
    { name: 'flags an evening email about a post at risk in a restructure', draft: at('Tue, 10 Nov 2026 19:40:00 +0000', "I've been told my post is at risk in the restructure.", OFFICER, LIB_DEM), alsoFires: ['officer-staffing-approach'] },
    { name: 'flags a Sunday note that says none of it needs an answer tonight', draft: at('Sun, 14 Jun 2026 19:20:00 +0100', 'Please get the road closure order signed off this week. None of this needs an answer tonight.') },
    { name: 'flags an evening note about a meeting with the Fire and Rescue Service', draft: at('Tue, 09 Feb 2027 21:30:00 +0000', 'Could you book a meeting with the Fire and Rescue Service about the tower blocks?') },
    { name: 'flags "not urgent" on a Sunday', draft: at('Sun, 14 Feb 2027 16:00:00 +0000', 'Not urgent - whenever you get a chance, could you check the bench on Mill Road?') },
  ],
});
