/**
 * findMentions reads a draft a paragraph at a time and remembers each paragraph,
 * so a re-check after an edit reads only the paragraph that changed. It must
 * find exactly what one reading of the whole text finds: drafts are built from
 * names, titles, council roles, party offices and the marks and breaks between
 * them, and each is read both ways.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearSentenceCache, exampleCouncil, parseCouncilConfig } from '../src/index.ts';
import type { CouncilConfig } from '../src/model.ts';
import { findMentions, mentionsIn } from '../src/recognise/mentions.ts';

/** Words that start, end or join mentions, from the example council's directory and the roles mentions.ts reads. */
const WORDS = [
  'Jane', 'Okafor', 'Jane Okafor', 'Ravi Patel', 'Leah Morgan', 'Sam Hughes', 'Pat Quinn', 'Cllr', 'Cllr.', 'Cllrs', 'CLLR.',
  'Coun.', 'Councillor', 'Leader', 'Deputy', 'Deputy Leader', 'Leader of the Council', 'Cabinet Member for', 'Housing',
  'Environment and Transport', 'Mayor', 'Mayor of the Borough', 'Chair of the Planning Committee', 'Labour', "Labour's",
  'Labour Group', 'the', 'of', 'and', 'national', 'party', 'who is', 'as', 'said', 'met', 'Metro',
];
const MARKS = ['', '.', ',', '!', '?', ':', '(', '-', "'s"];
const GAPS = [' ', '  ', '\n', '\n\n', ' \n \n ', '\r\n\r\n', '\n\n\n', '\t\n\n'];

const draftText = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...MARKS), fc.constantFrom(...GAPS)), { maxLength: 30 })
  .map((parts) => parts.map(([word, mark, gap]) => `${word}${mark}${gap}`).join(''));

function readBothWays(text: string, config: CouncilConfig) {
  clearSentenceCache();
  const byParagraph = findMentions(text, config);
  expect(byParagraph).toEqual(mentionsIn(text, config));
  // A second reading comes from the remembered paragraphs.
  expect(findMentions(text, config)).toEqual(byParagraph);
}

describe('mentions read a paragraph at a time', () => {
  it('finds what one reading of the whole draft finds', () => {
    fc.assert(fc.property(draftText, (text) => readBothWays(text, exampleCouncil)), { numRuns: 3000 });
  });

  it.each([
    ['a title with a full stop before a blank line', 'We met Cllr.\n\nJane Okafor, Leader of the Council.', 1],
    ['a name and its title across a blank line', 'We met Jane Okafor\n\nLeader of the Council.', 1],
    ['a party office across a blank line', "We met Labour's\n\nDeputy Leader.", 0],
    ['two paragraphs, each naming a member', 'We met Jane Okafor.\n\nThe Leader of the Council agreed.', 2],
  ])('reads %s as one reading of the whole draft does', (_, text, count) => {
    readBothWays(text, exampleCouncil);
    expect(findMentions(text, exampleCouncil)).toHaveLength(count);
  });

  it('reads a council whose names end sentences whole', () => {
    const result = parseCouncilConfig({ ...exampleCouncil, members: [...exampleCouncil.members, { name: 'Jo St. Clair' }] });
    if (!result.ok) throw new Error(result.errors.join('; '));
    readBothWays('Thanks to Jo St.\n\nClair for the report.', result.config);
    expect(findMentions('Thanks to Jo St.\n\nClair for the report.', result.config).map((mention) => mention.name)).toEqual(['Jo St. Clair']);
  });
});
