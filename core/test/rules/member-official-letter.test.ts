import { document, testRule } from '../rule-tester.ts';

const letter = (addressee: string, salutation: string, text: string, sign = 'Councillor Jane Okafor\nLeader of the Council') => ({
  draft: document(`${addressee}\n\n${salutation}\n\n${text}\n\nYours sincerely,\n\n${sign}`),
  now: '2027-02-09T10:00:00Z',
});

testRule('member-official-letter', {
  valid: [
    { name: 'does not flag an official letter to the Secretary of State', ...letter('The Rt Hon Secretary of State\nMinistry of Housing, Communities and Local Government', 'Dear Secretary of State,', 'I am writing on behalf of the Council to ask for a meeting about our housing targets.') },
    { name: 'does not flag a ward councillor\'s own letter', ...letter('Mr P Evans\n4 Mill Road', 'Dear Mr Evans,', 'Thank you for your letter. As your ward councillor I have asked officers to look at the parking on Mill Road.', 'Councillor Mary Doyle\nWard Councillor for Northfield') },
    { name: 'does not flag an officer\'s official letter', ...letter('Mr P Evans', 'Dear Mr Evans,', 'I am writing on behalf of the Council about your planning application.', 'Sam Hughes\nDirector of Environment') },
  ],
  invalid: [
    { name: 'flags a member writing on behalf of the Council to a company', ...letter('Network Rail\nPlatform 1', 'Dear Sir or Madam,', 'I am writing on behalf of Example Borough Council to object to the closure of the station footbridge.'), excerpt: 'on behalf of Example Borough Council' },
    { name: 'flags a member writing on behalf of the authority to a school', ...letter('The Headteacher\nNorthfield Primary School', 'Dear Mrs Lane,', 'On behalf of the Council, I can tell you that your application for a crossing patrol has been considered carefully.', 'Councillor Ravi Patel\nCabinet Member for Children'), excerpt: 'On behalf of the Council' },
  ],
});
