import { email, testRule } from '../rule-tester.ts';
import { CABINET, CHAIR, DIRECTOR, LIB_DEM, OFFICER } from '../people.ts';

const toOfficer = (text: string, from = LIB_DEM, to = OFFICER) => email({ from, to: [to], subject: 'Mill Road', body: `Dan,\n\n${text}\n\nThanks,\nMary` });

testRule('member-instructs-officer', {
  valid: [
    { name: 'does not flag an expectation about how residents will take something', draft: toOfficer('I expect the new rota to be popular with residents on Mill Road.') },
    { name: 'does not flag wanting the report you sent explained', draft: toOfficer('I need the report you sent last week explained at the ward meeting, if you have time.') },
    { name: 'does not flag a request for information', draft: toOfficer('Could you let me know when the road will be resurfaced?') },
    { name: 'does not flag a polite request for action', draft: toOfficer('Would you be able to arrange for the signs to be cleaned?') },
    { name: 'does not flag "I would be grateful if"', draft: toOfficer('I would be grateful if you could look at the potholes near the school.') },
    { name: 'does not flag a Cabinet member directing a senior officer on a portfolio decision', draft: toOfficer('Please ensure the decision I signed on Friday is put into effect this month.', CABINET, DIRECTOR) },
    { name: 'does not flag a chair asking for meeting arrangements', draft: toOfficer('Please book the large committee room for the site visit briefing and circulate the papers on Monday.', CHAIR) },
    { name: 'does not flag a chair whose arrangement is named past the first six words', draft: toOfficer('Please arrange for us to use the Council Chamber instead of Committee Room 2 on the night.', CHAIR) },
    { name: 'does not flag "let me know"', draft: toOfficer('Let me know if you need anything from me.') },
    { name: 'does not flag the member\'s own "I need to" in a question', draft: toOfficer('Could you tell me how long ward members are given to speak, and whether I need to register in advance?') },
    { name: 'does not flag telling words inside a whether clause', draft: toOfficer('Can you let me know whether you need to close the road for the gas works?') },
    { name: 'does not flag the member\'s own undertaking', draft: toOfficer("I'll make sure the residents' association knows the date.") },
    { name: 'does not flag "I want to know"', draft: toOfficer('I want to know when the survey of the bridge will be done.') },
    { name: 'does not flag asking to know what the officer intends', draft: toOfficer("I'd also like to know by the end of the week what you intend to do to make sure this can't happen again.") },
    { name: 'does not flag asking how the officer will make sure', draft: toOfficer('Could you explain how you will make sure the barriers are checked?') },
    { name: 'does not flag "I want it noted"', draft: toOfficer('I want it noted that I objected to the closure.') },
    { name: 'does not flag figures the officer has to hand', draft: toOfficer('No need for a full reply before the Scrutiny meeting, but any figures you have to hand would be much appreciated.') },
    { name: 'does not flag figures the officer has to date', draft: toOfficer('Whatever numbers you have to date would be welcome.') },
    { name: 'does not flag telling words inside what would be appreciated', draft: toOfficer('Anything you need to send over before Friday would be greatly appreciated.') },
    { name: 'does not flag a request that would be appreciated', draft: toOfficer('A short note on the closures by Friday would be much appreciated.') },
    { name: 'does not flag needing the figures the officer mentioned', draft: toOfficer('I need the figures you mentioned for my ward newsletter, when you have a moment.') },
  ],
  invalid: [
    { name: 'flags needing a long-named thing done', draft: toOfficer('I need the missed bins on Elm Road collected by tomorrow, no excuses this time.'), excerpt: 'I need the missed bins on Elm Road collected' },
    { name: 'flags expecting a decision to go a particular way', draft: toOfficer('I expect the grant for the youth club to be approved at your next panel.'), excerpt: 'I expect the grant for the youth club to be approved' },
    { name: 'flags "I want them cleared"', draft: toOfficer('I want them cleared by tomorrow morning.'), excerpt: 'I want them cleared' },
    { name: 'flags "I need the cones removed"', draft: toOfficer('I need the cones removed from Castle Hill today.'), excerpt: 'I need the cones removed' },
    { name: 'flags "I expect this sorted"', draft: toOfficer('I expect this properly sorted before the school reopens.'), excerpt: 'I expect this properly sorted' },
    { name: 'flags "I want you to"', draft: toOfficer('I want you to close the car park until the barrier is fixed.'), excerpt: 'I want you to close the car park' },
    { name: 'flags "you must"', draft: toOfficer('You must remove the signs by Friday.'), excerpt: 'You must remove the signs' },
    { name: 'flags a bare imperative', draft: toOfficer('Stop sending residents these standard letters.'), excerpt: 'Stop sending residents' },
    { name: 'flags "I am instructing you"', draft: toOfficer('I am instructing you to issue the permit today.'), excerpt: 'instructing you' },
    { name: 'flags a backbencher writing "please ensure" to a junior officer', draft: toOfficer('Please ensure the fence is taken down before the weekend.'), excerpt: 'Please ensure' },
    { name: 'flags a Cabinet member instructing a junior officer', draft: toOfficer('You need to cancel the contractor\'s visit tomorrow.', CABINET, OFFICER), excerpt: 'You need to cancel' },
    { name: 'flags a chair instructing on something other than arrangements', draft: toOfficer('You are to refuse the licence application.', CHAIR), excerpt: 'You are to refuse' },
    { name: 'flags "I need your team to"', draft: toOfficer('I need your team to clear the fly-tipping on Mill Road by Friday.'), excerpt: 'I need your team to clear' },
    { name: 'flags "you need to hand over"', draft: toOfficer('You need to hand over the file to the new contractor today.'), excerpt: 'You need to hand over' },
    { name: 'flags an instruction joined to thanks', draft: toOfficer('You must fix the lights and it would be appreciated.'), excerpt: 'You must fix the lights' },
    { name: 'flags an instruction after an embedded question in another clause', draft: toOfficer('I have asked whether the lights are on a timer, and you must fix them this week.'), excerpt: 'you must fix them' },
  ],
});
