/**
 * Any input gives findings, never an exception or a hang (SPEC 6): ten
 * thousand generated and mutated drafts under every profile, and the worst
 * shapes of text we can build for the recognisers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FindingSchema, PROFILES, exampleCouncil, review, type DraftInput, type Profile } from '../src/index.ts';

const FRAGMENTS = [
  'Cllr ', 'Councillor ', 'the Council will ', 'repair ', 'you must ', 'Labour ', 'Con', '(Lab)', 'administration',
  'PRESS RELEASE\n', 'ENDS\n', 'Dear Mr Smith,\n', 'Yours sincerely,\n', 'On Mon, 1 Jan 2027, Jane <a@b.c> wrote:\n',
  '> ', '-----Original Message-----\n', 'From: X <x@y.z>\nSent: today\n', 'CONFIDENTIAL', 'Part II', 'public meeting ',
  'council tax arrears ', 'should be sacked', 'campaign leaflet', '\u200b', '\u0430', '\r\n', '\n\n', '. ', '? ',
  'Kind regards,\n', 'Ward Councillor for Northfield', 'I want you to ', 'Jane Okafor', 'Sam Hughes', '16 April ',
];
const ADDRESSES = [
  'cllr.jane.okafor@example.gov.uk', 'sam.hughes@example.gov.uk', 'alan@gmail.com', 'newsdesk@paper.co.uk',
  'office@communities.gov.uk', '', 'not an address', 'cllr.@', '@@',
];

const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string(), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const address = fc.record({ name: fc.oneof(fc.constantFrom('', 'Cllr Jane Okafor', 'Minister'), fc.string({ maxLength: 12 })), address: fc.constantFrom(...ADDRESSES) });
const draft: fc.Arbitrary<DraftInput> = fc.record({
  from: fc.option(address, { nil: undefined }),
  to: fc.array(address, { maxLength: 3 }),
  cc: fc.array(address, { maxLength: 2 }),
  bcc: fc.array(address, { maxLength: 2 }),
  subject: text,
  body: text,
  date: fc.option(fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.string({ maxLength: 10 })), { nil: undefined }),
  source: fc.constantFrom('email' as const, 'document' as const),
  quoted: fc.array(fc.record({ start: fc.nat({ max: 600 }), end: fc.nat({ max: 600 }) }), { maxLength: 3 }),
});
const anyProfile = fc.constantFrom(...PROFILES);

function assertWellFormed(input: DraftInput, profile: Profile = exampleCouncil.profile): void {
  const before = JSON.stringify(input);
  const result = review(input, { ...exampleCouncil, profile }, { now: new Date('2027-04-12T10:00:00Z') });
  expect(JSON.stringify(input)).toBe(before);
  for (const finding of result.findings) {
    FindingSchema.parse(finding);
    if (finding.field === 'body' && finding.start !== null && finding.end !== null) {
      expect(finding.start).toBeLessThanOrEqual(finding.end);
      expect(finding.end).toBeLessThanOrEqual((input.body ?? '').length);
      expect(finding.excerpt).toBe((input.body ?? '').slice(finding.start, finding.end));
    }
  }
}

describe('robustness', () => {
  it('checks 8,000 generated drafts without throwing', () => {
    fc.assert(fc.property(draft, anyProfile, (input, profile) => assertWellFormed(input, profile)), { numRuns: 8_000 });
  });

  it('checks 2,000 mutations of real drafts without throwing', () => {
    const corpus = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'corpus', 'example-borough');
    const bodies = readdirSync(corpus).filter((name) => name.endsWith('.txt') || name.endsWith('.eml'))
      .map((name) => readFileSync(join(corpus, name), 'utf8'));
    const mutated = fc.tuple(fc.constantFrom(...bodies), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...FRAGMENTS, '')), { maxLength: 8 }))
      .map(([body, edits]) => edits.reduce((current, [at, cut, insert]) => {
        const position = current.length ? at % current.length : 0;
        return current.slice(0, position) + insert + current.slice(position + cut);
      }, body));
    fc.assert(fc.property(mutated, address, anyProfile, (body, to, profile) => assertWellFormed({
      from: { name: 'Cllr Jane Okafor', address: 'cllr.jane.okafor@example.gov.uk' }, to: [to], body, source: 'email',
    }, profile)), { numRuns: 2_000 });
  });

  it('accepts an empty draft', () => {
    expect(review({}, exampleCouncil).findings).toEqual([]);
  });

  it.each([
    ['one 2 MB line of words', 'the council will '.repeat(120_000)],
    ['200,000 blank lines', '\n'.repeat(200_000)],
    ['100,000 quoted lines', '> On Mon Jane wrote:\n'.repeat(100_000)],
    ['100,000 titled names', 'Cllr Jane Okafor (Lab), '.repeat(100_000)],
    ['a 1 MB run of spaces and tabs', ' \t'.repeat(500_000)],
    ['50,000 abbreviations', 'Cllr. No. St. '.repeat(50_000)],
    ['10 MB of ordinary prose', ordinaryProse(10_000_000)],
    ['1 MB of full stops, exclamation and question marks', '.!?'.repeat(333_334)],
    ['200,000 initials', 'J. A '.repeat(200_000)],
    ['a 1 MB line after a sign-off', `Thanks.\n\nRegards${' '.repeat(1_000_000)}x`],
    ['a 1 MB titled name in a signature', `Thanks.\n\nRegards,\nJo\nCllr Jo${' \t'.repeat(500_000)}x`],
    ['a quoted message header with 500,000 "@"', `Thanks.\n\nFrom: <${'a@'.repeat(500_000)}\nSent: today\n`],
    ['a 1 MB attribution line', `Thanks.\n\nOn Monday 1 June 2026\n${' '.repeat(1_000_000)}Jane wrote:\n> hi\n`],
    ['1 MB of zero-width and look-alike letters', 'C\u200bllr J\u0430ne Ok\u0430for\u200d (L\u0430b) \u0441\u043ex\ufeff'.repeat(30_000)],
  ])('finishes on %s', (_name, body) => {
    finishesQuickly({ from: { name: '', address: 'cllr.jane.okafor@example.gov.uk' }, to: [{ name: '', address: 'alan@gmail.com' }], body });
  });

  it.each<[string, DraftInput, Profile]>([
    ['a press release criticising 40,000 named officers', {
      from: { name: '', address: 'press@example.gov.uk' }, to: [{ name: '', address: 'newsdesk@paper.co.uk' }],
      body: `PRESS RELEASE\n${'Labour councillor Jane Okafor (Lab) says Sam Hughes is useless. '.repeat(40_000)}`,
    }, 'model'],
    ['an officer\'s 1 MB signature of address characters', {
      from: { name: '', address: 'sam.hughes@example.gov.uk' }, to: [{ name: '', address: 'cllr.jane.okafor@example.gov.uk' }],
      body: `Thanks.\n\nRegards,\nSam\n${'a.'.repeat(500_000)}`,
    }, 'london-councils'],
    ['100,000 spans marked as quoted', {
      from: { name: '', address: 'cllr.jane.okafor@example.gov.uk' }, to: [{ name: '', address: 'sam.hughes@example.gov.uk' }],
      body: 'Jane wrote this.\nYou must reply.\n'.repeat(100_000),
      quoted: Array.from({ length: 100_000 }, (_, index) => ({ start: index * 33, end: index * 33 + 16 })),
    }, 'model'],
  ])('finishes on %s', (_name, input, profile) => {
    finishesQuickly(input, profile);
  });
});

function finishesQuickly(input: DraftInput, profile: Profile = exampleCouncil.profile): void {
  const started = performance.now();
  review(input, { ...exampleCouncil, profile });
  expect(performance.now() - started).toBeLessThan(5_000);
}

/** Paragraphs of a member's reply to a resident, numbered so that the tagger cannot answer most sentences from its cache. */
function ordinaryProse(length: number): string {
  const paragraphs: string[] = [];
  for (let index = 0, total = 0; total < length; index++) {
    const paragraph = `Thank you for your email of ${index} March about the fence on Mill Lane. I have asked officers `
      + `to look into it and will let you know what they say. The path by number ${index} will be resurfaced next month, `
      + 'so please send me a photograph of the damage before then.\n\n';
    paragraphs.push(paragraph);
    total += paragraph.length;
  }
  return paragraphs.join('').slice(0, length);
}
