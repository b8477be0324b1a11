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
    { name: 'does not flag an international number with "(0)"', ...briefing('Regards,\n\nDan Foster\nHighways Officer\nT: +44 (0)1632 960 311') },
    { name: 'does not flag a bracketed area code', ...briefing('Regards,\n\nDan Foster\nHighways Officer\nDirect dial: (01632) 960311') },
    { name: 'does not flag an internal extension', ...briefing('Regards,\n\nDan Foster\nHighways Officer\nExt. 4311') },
    {
      name: 'does not flag a reply whose signature sits above the quoted message and a closing newline',
      config,
      draft: email({ from: OFFICER, to: [LEADER], subject: 'RE: Gritting', body: 'Dear Cllr Okafor,\n\nThe routes are attached.\n\nRegards,\n\nDan Foster\nHighways Officer\nTel: 020 7946 0533 | dan.foster@example.gov.uk\n\n> On 5 May 2026, at 14:20, Cllr Jane Okafor wrote:\n> Dan, where have the gritting routes got to?\n' }),
    },
    { name: 'does not flag an officer writing to a resident', config, draft: email({ from: OFFICER, to: [RESIDENT], body: 'Dear Mr Reeve,\n\nThe road will be gritted tonight.\n\nDan' }) },
  ],
  invalid: [
    { name: 'flags a briefing signed with a first name only', ...briefing('Thanks,\n\nDan') },
    { name: 'flags a signature whose only digits are a postcode and a reference', ...briefing('Regards,\n\nDan Foster\nHighways Officer\nTown Hall, Exampleton EB1 1AA\nOur ref: HW/2027/0412') },
    { name: 'flags a signature with only a website and postal address', ...briefing('Regards,\n\nDan Foster\nHighways Officer\nTown Hall, Exampleton EB1 1AA\nwww.example.gov.uk') },
    {
      name: 'flags a letter to a member with name and title only',
      config,
      now: '2027-02-09T10:00:00Z',
      draft: document('Councillor Jane Okafor\nTown Hall\n\nDear Councillor Okafor,\n\nI write to confirm the arrangements for the budget scrutiny session.\n\nYours sincerely,\n\nSam Hughes\nDirector of Environment'),
    },
  ],
});
