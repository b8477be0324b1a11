import { document, testRule } from '../rule-tester.ts';

const release = (text: string) => ({
  now: '2027-01-20T10:00:00Z',
  draft: document(`MEDIA RELEASE\n\nLibrary hours extended\n\nLibraries across the borough will open until 8pm on weekdays from March. ${text}\n\nENDS`),
});

testRule('publicity-party-political', {
  valid: [
    { name: 'does not flag a reminder of the polling day that takes no side', ...release('Remember on 6 May that polling stations open at 7am, and bring photo ID.') },
    { name: 'does not flag a factual mention of the election', ...release('Polling stations will open from 7am to 10pm on 6 May.') },
    { name: 'does not flag a factual mention of a council vote', ...release('Full Council approved the change in February.') },
    { name: 'does not flag attack words in a quotation about something else', ...release('Labour\'s Owen Price said: "An empty library is a wasted library."') },
    { name: 'does not flag attack words in another clause from the party', ...release('The Green Party asked for the figures in January, but the old hours had failed many working families.') },
    { name: 'does not flag a party that is a member\'s affiliation', ...release('Labour councillor Owen Price said the old hours had let working families down.') },
    { name: 'does not flag a reminder to vote that names no party', ...release('Remember to vote on Thursday 6 May; polling stations open at 7am.') },
    { name: 'does not flag the Leader of the Opposition named by role', ...release('The Leader of the Opposition welcomed the extra hours.') },
    { name: 'does not flag funding cuts with no party', ...release('After years of cuts to government funding, the library service has had to find savings.') },
    { name: 'does not flag residents told where to vote', ...release('Residents who want to know how to vote by post can find the forms online.') },
    { name: 'does not flag a neutral instruction on marking the ballot paper', ...release('On polling day, put a cross next to the candidate of your choice.') },
    { name: 'does not flag a date given as "under" a party administration with no disparagement', ...release('The hours were first extended under the Labour administration in 2019.') },
    { name: 'does not flag the state of the libraries with no party named', ...release('Residents who remember the state of the libraries ten years ago will notice the difference.') },
  ],
  invalid: [
    { name: 'flags a reminder on polling day of what a party wanted', ...release('Residents who value their libraries should remember on 6 May that the Green Party wanted to close two of them.'), excerpt: 'remember on 6 May' },
    { name: 'flags "bear it in mind when you vote"', ...release('The Conservatives opposed the longer hours, and residents may wish to bear that in mind when you vote.'), excerpt: 'bear that in mind when you vote' },
    { name: 'flags a call to vote against a party', ...release('Residents should use their vote in May to stop the Conservatives closing libraries.'), excerpt: 'use their vote' },
    { name: 'flags an attack on the opposition', ...release('The opposition voted against the extra hours and failed residents.'), excerpt: 'The opposition voted against' },
    { name: 'flags a party attacked by name', ...release('The Liberal Democrats have shown they cannot be trusted and their reckless plans would close branches.'), excerpt: 'reckless' },
    { name: 'flags opposition councillors trying to block a decision', ...release('Opposition councillors have spent months trying to block the extra hours.'), excerpt: 'trying to block' },
    { name: 'flags an attack in the present tense', ...release('The Conservatives are scrapping weekend opening wherever they run councils.'), excerpt: 'scrapping' },
    { name: 'flags point-scoring by a party', ...release('Residents deserve better than point-scoring from the Liberal Democrats.'), excerpt: 'point-scoring' },
    { name: 'flags a party group playing politics', ...release('Green councillors are playing politics with the library service.'), excerpt: 'playing politics' },
    { name: 'flags services put at risk by a party', ...release('The Conservatives would put every branch library at risk.'), excerpt: 'at risk' },
    { name: 'flags "vote" directly followed by a party', ...release('Keep the borough moving forward: vote Labour on 6 May.'), excerpt: 'vote Labour' },
    { name: 'flags a call to back a party', ...release('Back the Greens for longer opening hours.'), excerpt: 'Back the Greens' },
    { name: 'flags a day-month polling date call', ...release('On Thursday 6 May, remember who closed two branches: the Conservatives.'), excerpt: 'On Thursday 6 May, remember' },
    { name: 'flags a party attacked inside a quotation', ...release('A spokesperson said: "The Conservatives wasted two years on this."'), excerpt: 'wasted' },
    { name: 'flags years of a party\'s austerity', ...release('After fourteen years of Tory austerity, councils like ours have had to fight for every pound.'), excerpt: 'After fourteen years of Tory austerity' },
    { name: 'flags a party\'s cuts', ...release('The Lib Dems\' cuts left the library service starved of funding.'), excerpt: "The Lib Dems' cuts" },
    { name: 'flags years of a party\'s neglect', ...release('Residents have put up with years of Labour neglect of the town centre.'), excerpt: 'years of Labour neglect' },
    { name: 'flags residents told they will know where to put their cross at the election', ...release('This is a council that keeps its promises. Residents who want this to continue at the election will know exactly where to put their cross.'), excerpt: 'will know exactly where to put their cross' },
    { name: 'flags "remember this when you vote" with no party named', ...release('The longer hours were promised and delivered. Remember this when you vote.'), excerpt: 'Remember this when you vote' },
    { name: 'flags a call to vote to keep the investment going', ...release('At the election on 6 May, vote to keep this investment coming.'), excerpt: 'vote to keep this investment' },
    { name: 'flags a disparaging comparison with the state of things under a party', ...release('Residents who remember the state of the libraries under the Conservatives will notice the difference.'), excerpt: 'the state of the libraries under the Conservatives' },
    { name: 'flags what a service looked like under a party', ...release('Anyone who saw what the branches looked like under Labour will welcome the change.'), excerpt: 'what the branches looked like under Labour' },
    { name: 'flags years of neglect under a party', ...release('It ends years of neglect under the Liberal Democrats.'), excerpt: 'years of neglect under the Liberal Democrats' },
  ],
});
