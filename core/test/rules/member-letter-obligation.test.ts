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
    { name: 'does not flag a commitment the member says they cannot promise', draft: toResident("I can't promise that the Council will rebuild it this year.") },
    { name: 'does not flag "I cannot guarantee"', draft: toResident('I cannot guarantee the wall will be rebuilt before the winter.') },
    { name: 'does not flag "there is no guarantee that"', draft: toResident('There is no guarantee that the Council will pay, as the wall may be privately owned.') },
    { name: 'does not flag a member not in a position to say', draft: toResident("I'm not in a position to say that the Council will cover the cost.") },
    { name: 'does not flag a member unable to confirm a refund', draft: toResident('I am unable to confirm that you will be reimbursed for the damage.') },
    { name: 'does not flag "nobody can promise"', draft: toResident('Nobody can promise that the wall will be repaired by the summer.') },
    { name: 'does not flag a denial of liability', draft: toResident('The Council does not accept that the collapse was its fault.') },
    { name: 'does not flag a member making sure a complaint reaches an officer', draft: toResident('I will make sure your complaint reaches the officer who inspects boundary walls.') },
    { name: 'does not flag a member making sure the complaint is passed on', draft: toResident("I'll make sure your photographs are passed on to the structures team, and that you hear back from them.") },
    { name: 'does not flag a member making sure officers are aware', draft: toResident('I will ensure that officers are aware of how dangerous the wall has become.') },
    { name: 'does not flag a member making sure it is looked at', draft: toResident('I will make sure it is looked at by the building control surveyor.') },
    { name: 'does not flag sympathy that mentions acceptance', draft: toResident('I accept that you are frustrated, and I accept that the wall was not built by you.') },
    { name: 'does not flag acknowledging whose duty something is', draft: toResident("I acknowledge that the wall is the landlord's responsibility, so I have written to the managing agent.") },
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
    { name: 'flags a commitment after a hedge in its own clause', draft: toResident("I can't promise a date, but the Council will rebuild the wall."), excerpt: 'the Council will rebuild' },
    { name: 'flags a member making sure of a repair', draft: toResident('I will make sure the wall is rebuilt before Christmas.'), excerpt: 'I will make sure the wall is rebuilt' },
    { name: 'flags a member making sure of a relay and a repair', draft: toResident('I will make sure your complaint reaches the structures team and that the wall is rebuilt.'), excerpt: 'I will make sure' },
    { name: 'flags a member accepting on the Council\'s behalf that something was its responsibility', draft: toResident("I accept, on the Council's behalf, that the wall was our responsibility."), excerpt: "I accept, on the Council's behalf, that the wall was our responsibility" },
    { name: 'flags the Council accepting fault', draft: toResident('The Council accepts that the collapse was its fault and is sorry for the damage.'), excerpt: 'accepts that the collapse was its fault' },
    { name: 'flags a member admitting the Council was at fault', draft: toResident('I admit the Council was at fault in not inspecting the wall.'), excerpt: 'I admit the Council was at fault' },
    { name: 'flags a member conceding where the fault lies', draft: toResident('I have to concede that the fault lies with the Council.'), excerpt: 'concede that the fault lies with the Council' },
    {
      name: 'flags an instruction given on the Council\'s behalf',
      draft: email({ from: LIB_DEM, to: [BUSINESS], subject: 'Your sign', body: `Dear Ms Grant,\n\nOn the Council's behalf, you must remove the advertising board from the pavement by Friday.\n\n${WARD_SIGNATURE('Mary Doyle', 'Northfield')}` }),
      excerpt: 'you must remove the advertising board',
    },
    {
      name: 'flags a commitment in a letter to a resident',
      draft: document(`Dear Mrs Khan,\n\nThank you for your letter about the fence between your garden and the park.\n\nOfficers will replace the fence panels in March and the Council will cover the cost of your new gate.\n\nYours sincerely,\n\nCouncillor Mary Doyle\nWard Councillor for Northfield`),
      now: '2027-02-09T10:00:00Z',
      excerpt: 'Council will cover',
    },
  ],
});
