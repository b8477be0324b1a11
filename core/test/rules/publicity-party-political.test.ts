import { document, testRule } from '../rule-tester.ts';

const release = (text: string) => ({
  now: '2027-01-20T10:00:00Z',
  draft: document(`MEDIA RELEASE\n\nLibrary hours extended\n\nLibraries across the borough will open until 8pm on weekdays from March. ${text}\n\nENDS`),
});

testRule('publicity-party-political', {
  valid: [
    { name: 'does not flag a factual mention of the election', ...release('Polling stations will open from 7am to 10pm on 6 May.') },
    { name: 'does not flag a factual mention of a council vote', ...release('Full Council approved the change in February.') },
  ],
  invalid: [
    { name: 'flags a call to vote against a party', ...release('Residents should use their vote in May to stop the Conservatives closing libraries.'), excerpt: 'use their vote' },
    { name: 'flags an attack on the opposition', ...release('The opposition voted against the extra hours and failed residents.'), excerpt: 'The opposition voted against' },
    { name: 'flags a party attacked by name', ...release('The Liberal Democrats have shown they cannot be trusted and their reckless plans would close branches.'), excerpt: 'reckless' },
  ],
});
