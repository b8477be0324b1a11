import { configWith, document, testRule } from '../rule-tester.ts';

const letter = (addressee: string, salutation: string, text: string, sign = 'Councillor Jane Okafor\nLeader of the Council') => ({
  draft: document(`${addressee}\n\n${salutation}\n\n${text}\n\nYours sincerely,\n\n${sign}`),
  now: '2027-02-09T10:00:00Z',
});

testRule('member-official-letter', {
  valid: [
    { name: 'does not flag an official letter to the Secretary of State', ...letter('The Rt Hon Secretary of State\nMinistry of Housing, Communities and Local Government', 'Dear Secretary of State,', 'I am writing on behalf of the Council to ask for a meeting about our housing targets.') },
    { name: 'does not flag a ward councillor\'s own letter', ...letter('Mr P Evans\n4 Mill Road', 'Dear Mr Evans,', 'Thank you for your letter. As your ward councillor I have asked officers to look at the parking on Mill Road.', 'Councillor Mary Doyle\nWard Councillor for Northfield') },
    { name: 'does not flag a member writing expressly not on behalf of the Council', ...letter('Network Rail\nPlatform 1', 'Dear Sir or Madam,', 'I am writing as ward councillor, not on behalf of the Council, to object to the closure of the station footbridge.', 'Councillor Mary Doyle\nWard Councillor for Northfield') },
    { name: 'does not flag a member writing on behalf of residents', ...letter('Network Rail\nPlatform 1', 'Dear Sir or Madam,', 'I am writing on behalf of residents across the borough to object to the closure of the station footbridge.', 'Councillor Mary Doyle\nWard Councillor for Northfield') },
    { name: 'does not flag a member writing on behalf of council tenants', ...letter('Northfield Gas Ltd\nUnit 4', 'Dear Sir or Madam,', "I am writing on behalf of the council tenants of Mill Court about the gas supply to their flats.", 'Councillor Mary Doyle\nWard Councillor for Northfield') },
    { name: 'does not flag the council in a ward councillor\'s address block', draft: document('Cllr Mary Doyle\nWard Councillor for Northfield\nExample Borough Council\nTown Hall, Market Square\n\nMr P Evans\n4 Mill Road\n\nDear Mr Evans,\n\nThank you for showing me the wall.\n\nYours sincerely,\n\nMary Doyle\nCouncillor for Northfield Ward'), now: '2027-02-09T10:00:00Z' },
    { name: 'does not flag the council under a Members\' Room address', draft: document('Members\' Room\nExample Borough Council\nTown Hall\n\nMr P Evans\n4 Mill Road\n\nDear Mr Evans,\n\nI have asked officers to look at the parking.\n\nYours sincerely,\n\nCouncillor Mary Doyle'), now: '2027-02-09T10:00:00Z' },
    { name: 'does not flag the council named in the addressee\'s block', draft: document('Mr P Evans\n4 Mill Road\n\nDear Mr Evans,\n\nI have asked officers at the Town Hall to look at the parking.\n\nYours sincerely,\n\nCouncillor Mary Doyle\nWard Councillor for Northfield\nExample Borough Council'), now: '2027-02-09T10:00:00Z' },
    { name: 'does not flag an officer\'s official letter', ...letter('Mr P Evans', 'Dear Mr Evans,', 'I am writing on behalf of the Council about your planning application.', 'Sam Hughes\nDirector of Environment') },
  ],
  invalid: [
    { name: 'flags a member writing on behalf of the Council to a company', ...letter('Network Rail\nPlatform 1', 'Dear Sir or Madam,', 'I am writing on behalf of Example Borough Council to object to the closure of the station footbridge.'), excerpt: 'on behalf of Example Borough Council' },
    { name: 'flags a member writing on behalf of the authority to a school', ...letter('The Headteacher\nNorthfield Primary School', 'Dear Mrs Lane,', 'On behalf of the Council, I can tell you that your application for a crossing patrol has been considered carefully.', 'Councillor Ravi Patel\nCabinet Member for Children'), excerpt: 'On behalf of the Council' },
    { name: 'flags a member writing on the Council\'s behalf', ...letter('Shire Coaches Ltd\nDepot Road', 'Dear Mr Stokes,', "Writing on the Council's behalf, I must ask you to reconsider withdrawing the 14 bus."), excerpt: "Writing on the Council's behalf" },
    { name: 'flags a member writing on the authority\'s behalf', ...letter('Shire Coaches Ltd\nDepot Road', 'Dear Mr Stokes,', "I write on the authority's behalf to ask you to keep the evening service."), excerpt: "on the authority's behalf" },
    { name: 'flags a member writing for and on behalf of the Borough Council', ...letter('Shire Coaches Ltd\nDepot Road', 'Dear Mr Stokes,', 'I write for and on behalf of the Borough Council to ask you to reconsider the timetable for the 14 bus.'), excerpt: 'for and on behalf of the Borough Council' },
    { name: 'flags a member writing in the name of the Council', ...letter('Shire Coaches Ltd\nDepot Road', 'Dear Mr Stokes,', 'I write in the name of the Council to object to the withdrawal of the 14 bus.'), excerpt: 'in the name of the Council' },
    { name: 'flags a member\'s letter headed with the council\'s name', draft: document('EXAMPLE BOROUGH COUNCIL\nTown Hall, Market Square\n\nShire Coaches Ltd\nDepot Road\n\nDear Mr Stokes,\n\nWe ask you to keep the 14 bus running.\n\nYours sincerely,\n\nCouncillor Jane Okafor\nLeader of the Council'), now: '2027-02-09T10:00:00Z', excerpt: 'EXAMPLE BOROUGH COUNCIL' },
    { name: 'flags the council\'s name with a reference and department under it', draft: document('Office of the Leader\nExample Borough Council\nEnvironment Directorate\n\nOur ref: ENV/14\n\nShire Coaches Ltd\n\nDear Mr Stokes,\n\nWe ask you to keep the 14 bus running.\n\nYours sincerely,\n\nCouncillor Jane Okafor\nLeader of the Council'), now: '2027-02-09T10:00:00Z', excerpt: 'Example Borough Council' },
    { name: 'flags the council in a Cabinet Member\'s address block', draft: document('Councillor Ravi Patel\nCabinet Member for Regeneration\nExample Borough Council\nTown Hall\n\nMrs Sandhu\nSandhu Hardware\n\nDear Mrs Sandhu,\n\nThank you for your application to the shopfront scheme.\n\nYours sincerely,\n\nCouncillor Ravi Patel\nCabinet Member for Regeneration'), now: '2027-02-09T10:00:00Z', excerpt: 'Example Borough Council' },
    {
      name: 'flags a member writing on behalf of the council named in its configuration',
      ...letter('Shire Coaches Ltd\nDepot Road', 'Dear Mr Stokes,', 'I write on behalf of Example Borough to ask you to keep the 14 bus running.'),
      config: configWith({ council: 'Example Borough' }),
      excerpt: 'on behalf of Example Borough',
    },
  ],
});
