import { document, email, testRule } from '../rule-tester.ts';
import { LIB_DEM, OFFICER, REPORTER, RESIDENT } from '../people.ts';

const toPress = (text: string) => email({
  from: LIB_DEM, to: [REPORTER], subject: 'Parking',
  body: `Hello,\n\n${text}\n\nCllr Mary Doyle\nWard Councillor for Northfield`,
});

testRule('officer-criticised-publicly', {
  valid: [
    { name: 'does not flag criticism of a policy', draft: toPress('The Cabinet decision to cut the parking permit scheme is wrong and I will vote against it. Staff have done their best.') },
    { name: 'does not flag praise of staff', draft: toPress('The parking team have been brilliant throughout.') },
    { name: 'does not flag a private concern to an officer', draft: email({ from: LIB_DEM, to: [OFFICER], body: 'Dan,\n\nI think the enforcement on Mill Road has been careless. Could we talk?\n\nMary' }) },
  ],
  invalid: [
    { name: 'flags a named officer called incompetent to the press', draft: toPress('Dan Foster, the officer responsible, has been utterly incompetent.'), excerpt: 'incompetent' },
    { name: 'flags crews called lazy in a ward newsletter', draft: email({ from: LIB_DEM, to: [RESIDENT], body: 'Dear residents,\n\nThe bin crews have been lazy and careless again this month.\n\nMary Doyle\nWard Councillor for Northfield' }), excerpt: 'lazy' },
    { name: 'flags a press release blaming staff', now: '2027-01-20T10:00:00Z', draft: document('PRESS RELEASE\n\nBin collections\n\nThe delays were caused by careless staff in the waste team.\n\nENDS'), excerpt: 'careless staff' },
  ],
});
