import { document, email, testRule, withProfile } from '../rule-tester.ts';
import { LEADER, OFFICER, OFFICER_SIGNATURE, RESIDENT } from '../people.ts';

const config = withProfile('london-councils');
const briefing = (signature: string) => ({
  config,
  draft: email({ from: OFFICER, to: [LEADER], subject: 'Briefing: winter gritting', body: `Dear Cllr Okafor,\n\nAttached is the briefing on winter gritting routes you asked for.\n\n${signature}` }),
});

testRule('officer-contact-details-missing', {
  valid: [
    { name: 'does not flag a signature with phone and email', ...briefing(OFFICER_SIGNATURE) },
    { name: 'does not flag a signature with an email address only', ...briefing('Thanks,\n\nDan Foster\nHighways Officer\ndan.foster@example.gov.uk') },
    { name: 'does not flag an officer writing to a resident', config, draft: email({ from: OFFICER, to: [RESIDENT], body: 'Dear Mr Reeve,\n\nThe road will be gritted tonight.\n\nDan' }) },
  ],
  invalid: [
    { name: 'flags a briefing signed with a first name only', ...briefing('Thanks,\n\nDan') },
    { name: 'flags a signature with only a website and postal address', ...briefing('Regards,\n\nDan Foster\nHighways Officer\nTown Hall, Exampleton EB1 1AA\nwww.example.gov.uk') },
    {
      name: 'flags a letter to a member with name and title only',
      config,
      now: '2027-02-09T10:00:00Z',
      draft: document('Councillor Jane Okafor\nTown Hall\n\nDear Councillor Okafor,\n\nI write to confirm the arrangements for the budget scrutiny session.\n\nYours sincerely,\n\nSam Hughes\nDirector of Environment'),
    },
  ],
});
