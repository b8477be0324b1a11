import { document, testRule } from '../rule-tester.ts';

const release = (text: string) => ({
  now: '2027-01-20T10:00:00Z',
  draft: document(`NEWS RELEASE\n\nFree garden waste collections return\n\n${text}\n\nThe service runs from March to November.\n\nENDS`),
});

testRule('publicity-group-attribution', {
  valid: [
    { name: 'does not flag a place called Green that delivers something', ...release('Abbey Green has launched its own community compost scheme this spring.') },
    { name: 'does not flag a party that made a statement', ...release('Labour made a statement about the collections at the last council meeting.') },
    { name: 'does not flag who leads another party\'s group, listed as a member of a body', ...release('Its members include the Leader of the Council, Cllr Owen Price, and the Leader of the Labour Group, Cllr Tom Ellis.') },
    { name: 'does not flag when a group took control, with no policy credited to it', ...release('The Labour group took control of the council in 2023, and the collections were reviewed by the Environment Committee last year.') },
    { name: 'does not flag a change of political control reported as fact', ...release('The Liberal Democrats won 28 seats and took control of the council from the Conservatives.') },
    { name: 'does not flag a majority held before the election', ...release('No single group now holds an overall majority on the council, which had a Labour majority before the election.') },
    { name: "does not flag the Council's management of its budget", ...release('Careful management of the budget means the collections can return.') },
    { name: 'does not flag credit to the Council', ...release('Example Borough Council has brought back free garden waste collections.') },
    { name: 'does not flag credit to Cabinet', ...release('Cabinet agreed in January to bring back free garden waste collections.') },
    { name: 'does not flag "labour" as an ordinary word', ...release('The Council has cut the labour costs of the service by buying new vehicles.') },
    { name: 'does not flag a party followed by a verb', ...release('Labour has welcomed the return of the service.') },
    { name: 'does not flag parties named as people at an event', ...release('Councillors from Labour, the Conservatives and the Greens attended the launch of the service.') },
    { name: 'does not flag "Green" as an ordinary word before a programme', ...release('The Green skills programme trains crews to compost what they collect.') },
    { name: 'does not flag sentence-initial "Labour" in labour costs', ...release('Labour costs for the collections have fallen by a fifth.') },
    { name: 'does not read a disparaging "state of … under" a party as credit', ...release('Residents who remember the state of the service under the Conservatives will notice the difference.') },
  ],
  invalid: [
    { name: 'flags credit to a local party named after the borough', ...release('The scheme, delivered by Example Labour as part of its green plan, is back.'), excerpt: 'Example Labour' },
    { name: 'flags a promise a local party made', ...release('Bringing back the collections was a promise Northfield Labour made to residents.'), excerpt: 'Northfield Labour made' },
    { name: 'flags a party as the one who delivered', ...release('The Liberal Democrats have delivered free collections for every household.'), excerpt: 'Liberal Democrats have delivered' },
    { name: 'flags a pledge credited to an administration in a sentence that says when it took control', ...release('The collections deliver one of the flagship pledges of the Labour administration, which made them a priority when it took control of the council.'), excerpt: 'the Labour administration' },
    { name: 'flags a plan drawn up by a group, with when it took control', ...release('The return is the result of the savings plan drawn up by the Labour group when it took control in 2023.'), excerpt: 'the Labour group' },
    { name: "flags credit to a party's management", ...release('Thanks to prudent Conservative management, the collections can return.'), excerpt: 'Conservative management' },
    { name: 'flags a party administration credited with a scheme', ...release("The Labour administration's new scheme brings back free garden waste collections."), excerpt: 'Labour administration' },
    { name: 'flags a party group\'s amendment credited with funding', ...release("Thanks to the Conservative group's budget amendment, collections are free again."), excerpt: 'Conservative group' },
    { name: 'flags the ruling group credited', ...release('The ruling group has delivered on its promise of free garden waste collections.'), excerpt: 'ruling group' },
    { name: 'flags a "-led" council', ...release('The Labour-led council has brought back free collections.'), excerpt: 'Labour-led' },
    { name: 'flags a party\'s scheme with describing words between', ...release("Labour's flagship free garden waste scheme is back."), excerpt: "Labour's flagship free garden waste scheme" },
    { name: 'flags a party adjective with describing words before a programme', ...release('The Conservative flagship recycling programme brings the collections back.'), excerpt: 'Conservative flagship recycling programme' },
    { name: 'flags a plural possessive before a plan', ...release("The Greens' long-awaited garden waste plan is now in place."), excerpt: "Greens' long-awaited garden waste plan" },
    { name: 'still flags plain credit "under" a party', ...release('Free collections were brought back under the Conservatives last spring.'), excerpt: 'the Conservatives' },
  ],
});
