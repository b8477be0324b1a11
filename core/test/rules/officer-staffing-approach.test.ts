import { email, testRule } from '../rule-tester.ts';
import { CHAIR, LEADER, OFFICER } from '../people.ts';

const toMember = (text: string, to = LEADER) => email({ from: OFFICER, to: [to], body: `Dear Cllr Okafor,\n\n${text}\n\nDan Foster\nHighways Officer\nTel: 01632 960 311` });

testRule('officer-staffing-approach', {
  valid: [
    { name: 'does not flag a director briefing on a restructure', draft: toMember('The directorate restructure will merge the two highways teams from April; consultation with staff starts next week.') },
    { name: 'does not flag service business', draft: toMember('The resurfacing programme for next year is attached.') },
  ],
  invalid: [
    { name: 'flags a grievance raised with a member', draft: toMember('I have lodged a formal grievance about how I was treated, and I hope you can look into it.'), excerpt: 'formal grievance' },
    { name: 'flags a regrading raised with the chair', draft: toMember('My application to have my post regraded was turned down; could you raise it with the Chief Executive?', CHAIR), excerpt: 'post regraded' },
    { name: 'flags an officer\'s own job application', draft: toMember('I have applied for the Head of Highways post and wanted you to know.'), excerpt: 'I have applied for', alsoFires: ['recruitment-canvassing'] },
  ],
});
