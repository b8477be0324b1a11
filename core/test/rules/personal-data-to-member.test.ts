import { email, testRule } from '../rule-tester.ts';
import { LIB_DEM, OFFICER } from '../people.ts';

const reply = (text: string) => email({ from: OFFICER, to: [LIB_DEM], subject: 'RE: Mrs Adams', body: `Dear Cllr Doyle,\n\n${text}\n\nDan Foster\nRevenues Officer\nTel: 01632 960 311` });

testRule('personal-data-to-member', {
  valid: [
    { name: 'does not flag personal details shared with signed consent', draft: reply('Mrs Adams has given her signed consent, so I can tell you that her council tax arrears are £640.') },
    { name: 'does not flag a general answer without personal data', draft: reply('Residents in arrears can ask for a payment plan; I have sent Mrs Adams the form.') },
    { name: 'does not flag an officer\'s own sick leave', draft: reply('I was on sick leave last week, so I am sorry for the slow reply.') },
  ],
  invalid: [
    { name: 'flags council tax arrears without consent', draft: reply('Mrs Adams owes £640 in council tax arrears and a liability order was granted in January.'), excerpt: 'council tax arrears' },
    { name: 'flags a named employee\'s sick leave', draft: reply('The caretaker has been off sick since his injury in December, which is why the toilets are closed.'), excerpt: 'off sick' },
    { name: 'flags a date of birth', draft: reply('The tenant, Mr Osei, date of birth 3 March 1961, has been on the transfer list since 2019.'), excerpt: 'date of birth' },
  ],
});
