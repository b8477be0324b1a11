import { document, email, testRule } from '../rule-tester.ts';
import { BUSINESS, LIB_DEM, OFFICER, RESIDENT, WARD_SIGNATURE } from '../people.ts';

const toResident = (text: string) => email({
  from: LIB_DEM, to: [RESIDENT], subject: 'Re: Damaged wall',
  body: `Dear Mr Reeve,\n\nThank you for showing me the wall on Friday. ${text}\n\n${WARD_SIGNATURE('Mary Doyle', 'Northfield')}`,
});

testRule('member-letter-obligation', {
  valid: [
    { name: 'does not flag a promise to ask officers', draft: toResident('I will ask officers whether the Council can repair it.') },
    { name: 'does not flag a member saying they have raised it', draft: toResident('I have raised this with the highways team and will let you know what they say.') },
    { name: 'does not flag what the Council may do', draft: toResident('The Council may be able to help with the cost, and officers will look at it.') },
    { name: 'does not flag a question', draft: toResident('Would the Council be willing to pay for the repair, do you think?') },
    { name: 'does not flag a condition', draft: toResident('If the inspection finds the Council at fault, it will pay for the repair.') },
    { name: 'does not flag a member writing to an officer', draft: email({ from: LIB_DEM, to: [OFFICER], body: 'Dan,\n\nThe Council will need to look at the wall on Mill Road. Could you let me know when?\n\nMary' }) },
  ],
  invalid: [
    { name: 'flags "the Council will repair"', draft: toResident('The Council will repair the wall before the end of the month.'), excerpt: 'The Council will repair the wall' },
    { name: 'flags "I can confirm the Council will pay"', draft: toResident('I can confirm that the Council will pay for the damage to your car.'), excerpt: 'the Council will pay' },
    { name: 'flags an admission of liability', draft: toResident('We accept liability for the damage and are sorry it happened.'), excerpt: 'We accept liability' },
    {
      name: 'flags a promise at the end of a long letter whose earlier paragraphs only report the member\'s own efforts',
      draft: toResident(`${Array.from({ length: 600 }, (_, index) => `I will ask the highways team about gully ${index + 1} and I will let you know what they say.`).join(' ')} We will refund the cost of the repair.`),
      excerpt: 'We will refund',
    },
    { name: 'flags a passive promise of a refund', draft: toResident('Your parking fine will be refunded in full next week.'), excerpt: 'will be refunded' },
    { name: 'flags "we will not charge you"', draft: toResident("We won't charge you for the replacement bin."), excerpt: "We won't charge you" },
    { name: 'flags a member guaranteeing the work', draft: email({ from: LIB_DEM, to: [BUSINESS], subject: 'Shop front', body: `Dear Ms Grant,\n\nI will make sure the Council replaces the damaged paving outside your shop.\n\n${WARD_SIGNATURE('Mary Doyle', 'Northfield')}` }), excerpt: 'make sure' },
    {
      name: 'flags a commitment in a letter to a resident',
      draft: document(`Dear Mrs Khan,\n\nThank you for your letter about the fence between your garden and the park.\n\nOfficers will replace the fence panels in March and the Council will cover the cost of your new gate.\n\nYours sincerely,\n\nCouncillor Mary Doyle\nWard Councillor for Northfield`),
      now: '2027-02-09T10:00:00Z',
      excerpt: 'Council will cover',
    },
  ],
});
