import { email, testRule } from '../rule-tester.ts';
import { LIB_DEM, OFFICER, REPORTER, WARD_SIGNATURE } from '../people.ts';

const toOfficer = (text: string) => email({ from: LIB_DEM, to: [OFFICER], body: `Dan,\n\n${text}\n\nMary` });

testRule('disciplinary-statement', {
  valid: [
    { name: 'does not flag a complaint left to management', draft: toOfficer('I am unhappy with how my complaint was handled, but staffing is a matter for your manager. Could you let me know what happens next?') },
    { name: 'does not flag the word suspended about a service', draft: toOfficer('Could you tell me why the bus lane enforcement was suspended last week?') },
  ],
  invalid: [
    { name: 'flags "you are suspended"', draft: toOfficer('After what happened today, you are suspended until further notice.'), excerpt: 'you are suspended' },
    { name: 'flags insisting an officer be disciplined', draft: toOfficer('I expect the adviser who spoke to my resident to be disciplined.'), excerpt: 'disciplined' },
    { name: 'flags "should be sacked" to a reporter', draft: email({ from: LIB_DEM, to: [REPORTER], body: `Hello,\n\nThe manager who approved this should be sacked.\n\n${WARD_SIGNATURE('Mary Doyle', 'Northfield')}` }), excerpt: 'should be sacked', alsoFires: ['officer-criticised-publicly'] },
  ],
});
