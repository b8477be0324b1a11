import { email, testRule, withProfile } from '../rule-tester.ts';
import { CABINET, LEADER, LIB_DEM, OFFICER, OFFICER_SIGNATURE } from '../people.ts';

const config = withProfile('part5-borough');
const notice = (to: string[], cc: string[], subject: string, text: string) => ({
  config,
  draft: email({ from: OFFICER, to, cc, subject, body: `Dear Councillor,\n\n${text}\n\n${OFFICER_SIGNATURE}` }),
});

testRule('ward-members-not-copied', {
  valid: [
    { name: 'does not flag a ward notice sent to all three ward members', ...notice([LEADER], [CABINET, LIB_DEM], 'Resurfacing in Northfield', 'Resurfacing of Northfield Road starts on 1 March and will take two weeks.') },
    { name: 'does not flag a matter outside the member\'s ward', ...notice([LEADER], [], 'Riverside parking', 'The Riverside car park will close for relining on 1 March.') },
    { name: 'does not apply in the model profile', draft: email({ from: OFFICER, to: [LEADER], subject: 'Northfield resurfacing', body: `Dear Councillor,\n\nResurfacing in Northfield starts on 1 March.\n\n${OFFICER_SIGNATURE}` }) },
  ],
  invalid: [
    { name: 'flags a ward notice to one ward member', ...notice([LEADER], [], 'Tree works in Northfield Park', 'Tree felling in Northfield Park starts next week.'), excerpt: 'Mary Doyle' },
    { name: 'flags a ward matter named only in the text', ...notice([LIB_DEM], [CABINET], 'Fly-tipping', 'We have cleared the fly-tipping behind the shops in Northfield and fitted a camera.'), excerpt: 'Jane Okafor' },
  ],
});
