/**
 * Any input gives findings, never an exception or a hang (SPEC 6): ten
 * thousand generated and mutated drafts under every profile, and the worst
 * shapes of text we can build for the recognisers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINEAR_BOUND, growthRatio } from './work.ts';
import {
  FindingSchema, PROFILES, clearSentenceCache, exampleCouncil, review, type DraftInput, type Finding, type Profile,
} from '../src/index.ts';
import { ProbityInputError, htmlToText, readEml } from '../src/formats/index.ts';
import { fold, originalSpan } from '../src/text.ts';

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
  expectFindingsOnTheDraft(input, result.findings);
}

/** Every finding is well formed, and a body finding's excerpt is the draft's own text at its offsets. */
function expectFindingsOnTheDraft(input: DraftInput, findings: readonly Finding[]): void {
  for (const finding of findings) {
    FindingSchema.parse(finding);
    if (finding.field === 'body' && finding.start !== null && finding.end !== null) {
      expect(finding.start).toBeLessThanOrEqual(finding.end);
      expect(finding.end).toBeLessThanOrEqual((input.body ?? '').length);
      expect(finding.excerpt).toBe((input.body ?? '').slice(finding.start, finding.end));
    }
  }
}

describe('robustness', () => {
  // Generous limits that only a hang would break: how fast is `npm run bench`'s question.
  it('checks 8,000 generated drafts without throwing', { timeout: 600_000 }, () => {
    fc.assert(fc.property(draft, anyProfile, (input, profile) => assertWellFormed(input, profile)), { numRuns: 8_000 });
  });

  it('checks 2,000 mutations of real drafts without throwing', { timeout: 600_000 }, () => {
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

  const fromMember = { from: { name: '', address: 'cllr.jane.okafor@example.gov.uk' }, to: [{ name: '', address: 'alan@gmail.com' }] };
  const body = (make: (count: number) => string) => (count: number): DraftInput => ({ ...fromMember, body: make(count) });

  // Each shape is checked at a size and at ten times that size; `count` is the smaller size's repetitions.
  it.each<[string, (count: number) => DraftInput, number, Profile?]>([
    ['a line of words', body((count) => 'the council will '.repeat(count)), 6_000],
    ['blank lines', body((count) => '\n'.repeat(count)), 100_000],
    ['blank lines of spaces and tabs', body((count) => '\r\n \t'.repeat(count)), 50_000],
    ['a character NFKC expands eighteenfold (U+FDFA)', body((count) => '\ufdfa'.repeat(count)), 50_000],
    ['quoted lines', body((count) => '> On Mon Jane wrote:\n'.repeat(count)), 5_000],
    ['titled names', body((count) => 'Cllr Jane Okafor (Lab), '.repeat(count)), 5_000],
    ['a run of spaces and tabs', body((count) => ' \t'.repeat(count)), 50_000],
    ['abbreviations', body((count) => 'Cllr. No. St. '.repeat(count)), 5_000],
    ['ordinary prose', body((count) => ordinaryProse(count)), 100_000],
    ['full stops, exclamation and question marks', body((count) => '.!?'.repeat(count)), 33_000],
    ['initials', body((count) => 'J. A '.repeat(count)), 20_000],
    ['a long line after a sign-off', body((count) => `Thanks.\n\nRegards${' '.repeat(count)}x`), 100_000],
    ['a long titled name in a signature', body((count) => `Thanks.\n\nRegards,\nJo\nCllr Jo${' \t'.repeat(count)}x`), 50_000],
    ['a quoted message header of "@"', body((count) => `Thanks.\n\nFrom: <${'a@'.repeat(count)}\nSent: today\n`), 50_000],
    ['a long attribution line', body((count) => `Thanks.\n\nOn Monday 1 June 2026\n${' '.repeat(count)}Jane wrote:\n> hi\n`), 100_000],
    ['a "Forwarded by" divider padded with spaces', body((count) => `Thanks.\n\n-- Forwarded by Jane${' '.repeat(count)}x\n`), 10_000],
    ['a "Forwarded by" divider padded with no-break spaces', body((count) => `Thanks.\n\n-- Forwarded by Jane${'\u00a0'.repeat(count)}x\n`), 10_000],
    ['a role title, spaces, then a name', body((count) => `The Leader of the Council${' '.repeat(count)}x Cllr Jane Okafor`), 10_000],
    ['a role title, spaces, then another title', body((count) => `the Leader of the Council${' '.repeat(count)}x Cabinet Member for Housing`), 10_000],
    ['zero-width and look-alike letters', body((count) => 'C\u200bllr J\u0430ne Ok\u0430for\u200d (L\u0430b) \u0441\u043ex\ufeff'.repeat(count)), 3_000],
    ['a press release criticising named officers', (count) => ({
      from: { name: '', address: 'press@example.gov.uk' }, to: [{ name: '', address: 'newsdesk@paper.co.uk' }],
      body: `PRESS RELEASE\n${'Labour councillor Jane Okafor (Lab) says Sam Hughes is useless. '.repeat(count)}`,
    }), 1_000, 'model'],
    ['an officer\'s signature of address characters', (count) => ({
      from: { name: '', address: 'sam.hughes@example.gov.uk' }, to: [{ name: '', address: 'cllr.jane.okafor@example.gov.uk' }],
      body: `Thanks.\n\nRegards,\nSam\n${'a.'.repeat(count)}`,
    }), 50_000, 'london-councils'],
    ['spans marked as quoted', (count) => ({
      from: { name: '', address: 'cllr.jane.okafor@example.gov.uk' }, to: [{ name: '', address: 'sam.hughes@example.gov.uk' }],
      body: 'Jane wrote this.\nYou must reply.\n'.repeat(count),
      quoted: Array.from({ length: count }, (_, index) => ({ start: index * 33, end: index * 33 + 16 })),
    }), 3_000, 'model'],
  ])('grows linearly on %s', { timeout: 600_000 }, (_name, make, count, profile = exampleCouncil.profile) => {
    expect(checkGrowth(make, count, profile)).toBeLessThan(LINEAR_BOUND);
  });
});

/**
 * The obfuscation table: each phrase a rule flags, and the ways of hiding it
 * that folding undoes (core/src/text.ts). Every variant must give the same
 * finding, its excerpt the user's own characters at its offsets.
 */
const PRESS = { from: { name: '', address: 'press@example.gov.uk' }, to: [{ name: '', address: 'newsdesk@exampleton-echo.co.uk' }] };
const TO_RESIDENT = { from: { name: 'Cllr Mary Doyle', address: 'cllr.mary.doyle@example.gov.uk' }, to: [{ name: 'Tom Reeve', address: 'tom.reeve@gmail.com' }], subject: 'Re: Damaged wall' };
const OBFUSCATIONS: Array<[ruleId: string, draft: (phrase: string) => DraftInput, variants: string[]]> = [
  ['publicity-party-affiliation', (party) => ({ ...PRESS, body: `PRESS RELEASE\n\n${party} councillor Owen Price welcomed the opening of the new library.\n\nENDS` }), [
    'Labour', 'LaBoUr', 'LABOUR', 'L\u0430bour', 'La\u200bbour', 'La\u00adbour', 'Lab\u2066ou\u2069r', 'Lab\u{E0020}our', 'Lab\u3164our',
    'L\u0332a\u0332b\u0332o\u0332u\u0332r\u0332', 'Labo\u034fur', '\uff2cabour',
  ]],
  ['publicity-party-affiliation', (gap) => ({ ...PRESS, body: `PRESS RELEASE\n\nCllr Jane Okafor${gap}(Labour) welcomed the opening of the new library.\n\nENDS` }), [
    ' ', '  ', '\t', '\n', ' \n', '\u00a0\u00a0',
  ]],
  ['publicity-group-attribution', (gap) => ({ ...PRESS, body: `PRESS RELEASE\n\nThe ruling${gap}group has delivered the new library for residents.\n\nENDS` }), [
    ' ', '  ', '\t\t', '\n', ' \n ', '\u00a0', ' \u200b ', '\u2003',
  ]],
  ['member-letter-obligation', (gap) => ({ ...TO_RESIDENT, body: `Dear Mr Reeve,\n\nThank you for showing me the wall. We accept${gap}liability for the damage.\n\nBest wishes,\nCllr Mary Doyle\nWard Councillor for Northfield\n` }), [
    ' ', '  ', '\t\t', '\n', ' \t \u200b', '\u2066 \u2069',
  ]],
];

describe('folding stays bounded', () => {
  it('folds no character to more than four', () => {
    for (let code = 0x80; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      expect(fold(String.fromCharCode(code)).text.length, code.toString(16)).toBeLessThanOrEqual(4);
    }
  });

  it('folds a run of blank lines to one blank line, offsets into the original', () => {
    const original = 'Dear Sam,\r\n\r\n \t\r\n\r\n\n\nThanks.';
    const folded = fold(original);
    expect(folded.text).toBe('Dear Sam,\n\nThanks.');
    const thanks = originalSpan(folded, folded.text.indexOf('Thanks'), folded.text.length);
    expect(original.slice(thanks.start, thanks.end)).toBe('Thanks.');
  });
});

describe('the obfuscation table', () => {
  it.each(OBFUSCATIONS.flatMap(([ruleId, draft, variants]) => variants.map((variant) => [ruleId, JSON.stringify(variant), draft(variant)] as const)))(
    '%s still flags %s', (ruleId, _variant, input) => {
      const findings = review(input, exampleCouncil).findings;
      expectFindingsOnTheDraft(input, findings);
      expect(findings.map((finding) => finding.ruleId)).toContain(ruleId);
    },
  );
});

describe('reading an .eml built to be slow', () => {
  const subjectOf = (words: number) => new TextEncoder().encode(
    `From: Sam Hughes <sam.hughes@example.gov.uk>\r\nSubject: ${Array(words).fill('=?utf-8?B?YWJj?=').join(' ')}\r\n\r\nThanks.\r\n`,
  );

  it('refuses a Subject of 48,000 encoded words before parsing it, saying why', async () => {
    await expect(readEml(subjectOf(48_000))).rejects.toThrow(ProbityInputError);
    await expect(readEml(subjectOf(48_000))).rejects.toThrow(/^a header holds more than 2,000 encoded words \("=\?…\?="\), far more than any real message/);
  });

  it('counts the words of a header folded over many lines', async () => {
    const folded = new TextEncoder().encode(`Subject: ${Array(3_000).fill('=?utf-8?Q?a?=').join('\r\n ')}\r\n\r\nThanks.\r\n`);
    await expect(readEml(folded)).rejects.toThrow(ProbityInputError);
  });

  it('reads a body of a million line breaks as the blank lines it shows, before postal-mime reads them one by one', async () => {
    const message = (breaks: number) => new TextEncoder().encode(`From: a@example.org\r\nSubject: Hello\r\n\r\nDear Sam,${'\r\n'.repeat(breaks)}Thanks.\r\n`);
    expect((await readEml(message(1_000_000))).body).toBe('Dear Sam,\n\n\nThanks.\n');
    expect((await readEml(message(2))).body).toBe('Dear Sam,\n\nThanks.\n');
  });

  const shortLines = (lines: number) => new TextEncoder().encode(
    `From: a@example.org\r\nSubject: Hello\r\n\r\n${'Hi there.\r\n'.repeat(lines - 4)}Last line.\r\n`,
  );

  it('reads the first 100,000 lines of a longer message and lists the rest as not read', { timeout: 600_000 }, async () => {
    const draft = await readEml(shortLines(150_000));
    expect(draft.body.split('\n')).toHaveLength(100_000 - 2);
    expect(draft.body).not.toContain('Last line.');
    expect(draft.unread).toEqual(['the message after its first 100,000 lines']);
  });

  it('reads a message of 100,000 lines whole', { timeout: 600_000 }, async () => {
    const draft = await readEml(shortLines(100_000));
    expect(draft.body).toMatch(/Hi there\.\nLast line\.\n$/);
    expect(draft.unread).toEqual([]);
  });

  it('reads a million short lines with no more work than the 100,000 it reads', { timeout: 600_000 }, async () => {
    const work = async (lines: number) => {
      const message = shortLines(lines);
      const started = process.cpuUsage();
      await readEml(message);
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1_000;
    };
    await work(1_000);
    const withinTheLimit = await work(100_000);
    expect(await work(1_000_000) / Math.max(withinTheLimit, 20)).toBeLessThan(LINEAR_BOUND);
  });

  it('reads a Subject of 2,000 encoded words', async () => {
    expect((await readEml(subjectOf(2_000))).subject).toBe('abc'.repeat(2_000));
  });
});

describe('reading HTML built to be slow', () => {
  const readOrRefuse = (html: string) => {
    try {
      htmlToText(html);
    } catch (error) {
      if (!(error instanceof ProbityInputError)) throw error;
    }
  };
  const nested = (count: number) => `${'<div>'.repeat(count)}end`;
  /** The deepest nesting read, under which each further tag costs the most. */
  const atTheDeepest = '<div>'.repeat(511);

  it('refuses elements nested more than 512 deep, saying why', () => {
    expect(() => htmlToText(nested(100_000))).toThrow(ProbityInputError);
    expect(() => htmlToText(nested(513))).toThrow(/^the HTML nests elements more than 512 deep, far deeper than any real message/);
  });

  it('reads elements nested 512 deep, as a long thread of nested replies is', () => {
    expect(htmlToText(`${'<blockquote>'.repeat(512)}Old words`)).toEqual({ text: 'Old words', quoted: [{ start: 0, end: 9 }] });
  });

  it.each<[string, (count: number) => string, number]>([
    ['unclosed nested elements', nested, 10_000],
    ['stray closing tags at the deepest nesting', (count) => `${atTheDeepest}${'</x>'.repeat(count)}`, 10_000],
    ['elements opened and closed at the deepest nesting', (count) => `${atTheDeepest}${'<b>a</b>'.repeat(count)}`, 10_000],
    ['forms at the deepest nesting', (count) => `${atTheDeepest}${'<form>'.repeat(count)}`, 10_000],
  ])('grows linearly on %s', { timeout: 600_000 }, (_name, make, count) => {
    expect(growthRatio(make, readOrRefuse, count)).toBeLessThan(LINEAR_BOUND);
  });
});

/** The work of checking a draft ten times as large against ten checks of it (see `growthRatio`), every finding on the draft's own text. */
function checkGrowth(make: (count: number) => DraftInput, count: number, profile: Profile): number {
  const config = { ...exampleCouncil, profile };
  return growthRatio(make, (input) => {
    clearSentenceCache();
    expectFindingsOnTheDraft(input, review(input, config).findings);
  }, count);
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
