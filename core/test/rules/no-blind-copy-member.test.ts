import { email, testRule } from '../rule-tester.ts';
import { CABINET, DIRECTOR, LEADER, LIB_DEM, OFFICER, OFFICER_SIGNATURE, RESIDENT } from '../people.ts';

const reply = (bcc: string[], to = [LIB_DEM]) => email({
  from: OFFICER, to, bcc, subject: 'RE: Street lighting on Mill Road',
  body: `Dear Cllr Doyle,\n\nThe faulty lamp column on Mill Road has been logged and will be visited this week.\n\n${OFFICER_SIGNATURE}`,
});

testRule('no-blind-copy-member', {
  valid: [
    { name: 'does not flag officers in Bcc on a reply to a member', draft: reply([DIRECTOR]) },
    { name: 'does not flag members in Cc', draft: email({ from: OFFICER, to: [LIB_DEM], cc: [CABINET], subject: 'RE: Street lighting on Mill Road', body: 'Dear Cllr Doyle,\n\nAs you asked, I have copied in Cllr Patel. The lamp is fixed.\n\nDan' }) },
    { name: 'does not flag a member in Bcc of an officer-to-resident email with no member involved', draft: email({ from: OFFICER, to: [RESIDENT], bcc: [DIRECTOR], body: 'Dear Mr Reeve,\n\nThe lamp is fixed.\n\nDan' }) },
  ],
  invalid: [
    { name: 'flags a member in Bcc on a reply to a member', draft: reply([LEADER]), excerpt: 'cllr.jane.okafor@example.gov.uk' },
    { name: 'flags a member in Bcc of a member\'s own email', draft: email({ from: CABINET, to: [OFFICER], bcc: [LIB_DEM], body: 'Dan,\n\nCould you let me know when the lamp will be fixed?\n\nRavi' }), excerpt: 'cllr.mary.doyle@example.gov.uk' },
    {
      name: 'flags a member in Bcc when forwarding a member\'s message to a resident',
      draft: email({ from: OFFICER, to: [RESIDENT], bcc: [LEADER], subject: 'FW: Mill Road', body: 'Dear Mr Reeve,\n\nPlease see below.\n\nDan\n\n-----Original Message-----\nFrom: Cllr Mary Doyle <cllr.mary.doyle@example.gov.uk>\nSent: 08 February 2027 09:00\nTo: Dan Foster\nSubject: Mill Road\n\nCould you look at the lamp on Mill Road?' }),
      excerpt: 'Okafor',
    },
  ],
});
