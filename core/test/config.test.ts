import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configProblemLines, exampleCouncil, parseCouncilConfig, type ConfigResult } from '../src/index.ts';
import { knownRuleSettings } from '../src/config.ts';

describe('council configuration', () => {
  it('accepts the embedded example council with members in several parties and wards', () => {
    expect(new Set(exampleCouncil.members.map((member) => member.party)).size).toBeGreaterThan(2);
    expect(new Set(exampleCouncil.members.flatMap((member) => member.wards)).size).toBeGreaterThan(2);
    expect(exampleCouncil.officers.length).toBeGreaterThan(0);
    expect(exampleCouncil.elections.length).toBeGreaterThan(0);
  });

  it('fills the defaults of a minimal file', () => {
    const result = parseCouncilConfig({ council: 'Tiny Parish' });
    expect(result.ok && result.config.profile).toBe('model');
    expect(result.ok && result.config.workingHours).toEqual({ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00', timeZone: 'Europe/London' });
  });

  it('reports one line per problem with its JSON path', () => {
    const result = parseCouncilConfig({
      council: 'Example',
      profile: 'nowhere',
      members: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D', emails: ['not-an-email'], roles: ['king'] }],
      elections: [{ name: 'X', poll: '7 May 2026' }],
      workingHours: { timeZone: 'Mars/Olympus' },
      rules: { 'out-of-hours-contact': 'loud' },
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContain('members[3].emails[0]: not an email address');
    expect(errors.some((line) => line.startsWith('members[3].roles[0]: must be one of'))).toBe(true);
    expect(errors.some((line) => line.startsWith('profile: must be one of'))).toBe(true);
    expect(errors).toContain('elections[0].poll: not a date (YYYY-MM-DD)');
    expect(errors).toContain('workingHours.timeZone: not a known time zone');
    expect(errors.some((line) => line.startsWith('rules.out-of-hours-contact: must be one of'))).toBe(true);
    expect(errors.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('reports invalid JSON in one line', () => {
    const result = parseCouncilConfig('{ "council": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(1);
    expect(!result.ok && result.errors[0]).toMatch(/^council\.json is not valid JSON/);
  });

  it('names a missing required field', () => {
    const result = parseCouncilConfig({ members: [] });
    expect(!result.ok && result.errors).toEqual(['council: is required']);
  });

  it.each([
    ['a day past the end of the month', '2026-02-30'],
    ['a month and day past the end of the year', '2026-13-45'],
    ['29 February outside a leap year', '2027-02-29'],
  ])('refuses %s (%s)', (_name, poll) => {
    expect(errorsOf(parseCouncilConfig({ council: 'Example', elections: [{ name: 'Borough', poll }] })))
      .toEqual(['elections[0].poll: not a day of the calendar (YYYY-MM-DD)']);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseCouncilConfig({ council: 'Example', elections: [{ name: 'Borough', poll: '2028-02-29' }] }).ok).toBe(true);
  });

  it('refuses a notice of election after its poll, in UK dates', () => {
    expect(errorsOf(parseCouncilConfig({ council: 'Example', elections: [{ name: 'Borough', poll: '2026-05-07', noticeOfElection: '2026-05-08' }] })))
      .toEqual(['elections[0].noticeOfElection: 8 May 2026 is after the poll on 7 May 2026']);
  });

  it('refuses working hours that end before they start, or on no day', () => {
    expect(errorsOf(parseCouncilConfig({ council: 'Example', workingHours: { start: '18:00', end: '08:00' } })))
      .toEqual(['workingHours.end: 08:00 is not after the start of the working day (18:00)']);
    expect(errorsOf(parseCouncilConfig({ council: 'Example', workingHours: { days: [] } })))
      .toEqual(['workingHours.days: needs at least one working day (0 is Sunday, 6 Saturday)']);
  });

  it('refuses unknown settings at the top level and in the fixed objects, one line each', () => {
    const errors = errorsOf(parseCouncilConfig({ council: 'Example', rulinGroup: 'Labour', domains: { staf: [] }, workingHours: { timezone: 'Europe/London' } }));
    expect(errors.sort()).toEqual([
      'domains.staf: not a setting Probity knows (check its spelling)',
      'rulinGroup: not a setting Probity knows (check its spelling)',
      'workingHours.timezone: not a setting Probity knows (check its spelling)',
    ]);
  });

  it('refuses a rule id that names no rule, suggesting the one meant', () => {
    expect(errorsOf(parseCouncilConfig({ council: 'Example', rules: { 'out-of-hour-contact': 'off', 'no-such-rule-at-all': 'error' } }))).toEqual([
      'rules.out-of-hour-contact: no rule has this id (did you mean "out-of-hours-contact"?)',
      'rules.no-such-rule-at-all: no rule has this id',
    ]);
  });

  it('keeps a renamed rule\'s old id working, a setting under the new id winning', () => {
    const renames = { 'old-out-of-hours': 'out-of-hours-contact', 'old-bcc': 'no-blind-copy-member' };
    expect(knownRuleSettings({ 'old-out-of-hours': 'off', 'old-bcc': 'info', 'no-blind-copy-member': 'warning' }, renames))
      .toEqual({ settings: { 'out-of-hours-contact': 'off', 'no-blind-copy-member': 'warning' }, errors: [] });
  });

  it('ships a renames map whose every entry leads to a rule', () => {
    const { renames } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'rule-renames.json'), 'utf8')) as { renames: Record<string, string> };
    const result = parseCouncilConfig({ council: 'Example', rules: Object.fromEntries(Object.keys(renames).map((id) => [id, 'off'])) });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIAN_COUNCIL, 'utf8')])],
    ['UTF-16 little-endian with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIAN_COUNCIL, 'utf16le')])],
    ['UTF-16 big-endian with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SIAN_COUNCIL, 'utf16le').swap16()])],
  ])('reads a council.json saved as %s', (_name, bytes) => {
    const result = parseCouncilConfig(bytes);
    expect(result.ok && result.config.members[0]?.name).toBe('Siân Jones');
  });

  it('reads text that still carries a UTF-8 byte-order mark', () => {
    expect(parseCouncilConfig(`\uFEFF${SIAN_COUNCIL}`).ok).toBe(true);
  });

  it.each([
    ['a missing comma', '{\n  "council": "Example"\n  "profile": "model"\n}', 'line 3, column 3: expected "," or "}", found "\\""'],
    ['a trailing comma', '{\n  "council": "Example",\n}', 'line 3, column 1: expected a property name in double quotes, found "}"'],
    ['a line break inside a string', '{\n  "council": "Example\nBorough"\n}', 'line 2, column 22: expected the closing quote on the same line, found "\\n"'],
    ['a file cut short', '{ "council": ', 'line 1, column 14: expected a value, found the end of the file'],
    ['text after the object', '{ "council": "Example" } x', 'line 1, column 26: expected the end of the file, found "x"'],
    ['a single-quoted name', "{ 'council': 'Example' }", 'line 1, column 3: expected a property name in double quotes or "}", found "\'"'],
    ['a bad escape', '{ "council": "C:\\Users" }', 'line 1, column 17: expected an escape such as \\n or \\" after the backslash, found "\\\\"'],
  ])('reports %s in one line with its line and column', (_name, text, where) => {
    expect(errorsOf(parseCouncilConfig(text))).toEqual([`council.json is not valid JSON: ${where}`]);
  });

  it('reports a syntax error deep inside a hundred thousand nested lists in one line', () => {
    const errors = errorsOf(parseCouncilConfig(`${'['.repeat(100_000)}x`));
    expect(errors).toEqual(['council.json is not valid JSON: line 1, column 100001: expected a value or "]", found "x"']);
  });

  it('writes keys with dots, spaces or nothing unambiguously', () => {
    expect(errorsOf(parseCouncilConfig({ council: 'Example', rules: { 'a.b': 'off', '': 'off', 'out-of-hours-contact': 'loud' } }))).toEqual([
      'rules.out-of-hours-contact: must be one of "off", "error", "warning", "info"',
    ]);
    expect(errorsOf(parseCouncilConfig({ council: 'Example', rules: { 'a.b': 'off', '': 'off' } }))).toEqual([
      'rules["a.b"]: no rule has this id',
      'rules[""]: no rule has this id',
    ]);
  });

  it('formats the lines a host prints, each naming the file', () => {
    expect(configProblemLines('council.json', errorsOf(parseCouncilConfig({ council: 'Example', extra: 1 }))))
      .toEqual(['council.json: extra: not a setting Probity knows (check its spelling)']);
  });
});

const SIAN_COUNCIL = JSON.stringify({ council: 'Cyngor Example', members: [{ name: 'Siân Jones' }] }, null, 2);

function errorsOf(result: ConfigResult): string[] {
  return result.ok ? [] : result.errors;
}
