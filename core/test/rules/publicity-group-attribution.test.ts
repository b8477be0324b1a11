import { document, testRule } from '../rule-tester.ts';

const release = (text: string) => ({
  now: '2027-01-20T10:00:00Z',
  draft: document(`NEWS RELEASE\n\nFree garden waste collections return\n\n${text}\n\nThe service runs from March to November.\n\nENDS`),
});

testRule('publicity-group-attribution', {
  valid: [
    { name: 'does not flag credit to the Council', ...release('Example Borough Council has brought back free garden waste collections.') },
    { name: 'does not flag credit to Cabinet', ...release('Cabinet agreed in January to bring back free garden waste collections.') },
    { name: 'does not flag "labour" as an ordinary word', ...release('The Council has cut the labour costs of the service by buying new vehicles.') },
  ],
  invalid: [
    { name: 'flags a party administration credited with a scheme', ...release("The Labour administration's new scheme brings back free garden waste collections."), excerpt: 'Labour administration' },
    { name: 'flags a party group\'s amendment credited with funding', ...release("Thanks to the Conservative group's budget amendment, collections are free again."), excerpt: 'Conservative group' },
    { name: 'flags the ruling group credited', ...release('The ruling group has delivered on its promise of free garden waste collections.'), excerpt: 'ruling group' },
    { name: 'flags a "-led" council', ...release('The Labour-led council has brought back free collections.'), excerpt: 'Labour-led' },
  ],
});
