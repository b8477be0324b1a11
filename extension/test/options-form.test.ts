import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCouncil, parseCouncilConfig, rules, type CouncilConfig } from '@probity/core';
import {
  councilSummary, electionRows, electionsFrom, emptyElectionRow, importSettings, ruleChoices, ruleSettings, settingsFromForm,
  type ElectionRow, type ImportResult,
} from '../src/options/form.ts';

const HARLOW = { name: 'harlow.gov.uk.xml', content: readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'moderngov', 'harlow.gov.uk.xml'), 'utf8') };
const MEMBERS_CSV = { name: 'members.csv', content: 'Name,Party,Ward,Email\nCouncillor Ann Lee,Green,Old Harlow,ann.lee@harlow.gov.uk\n' };

function council(json: object): CouncilConfig {
  const parsed = parseCouncilConfig(json);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.config;
}

const harlowCouncil = council({
  council: 'Harlow Council', profile: 'part5-borough', rulingGroup: 'Conservative',
  domains: { staff: ['harlow.gov.uk'], press: ['harlowstar.co.uk'] },
  officers: [{ name: 'Brian Keane', email: 'brian.keane@harlow.gov.uk', title: 'Chief Executive', senior: true }],
  elections: [{ name: 'Harlow elections 2027', poll: '2027-05-06' }],
  rules: { 'member-instructs-officer': 'error' },
  members: [{ name: 'Old Member', party: 'Labour' }],
});

function imported(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result;
}

describe('importSettings', () => {
  it('takes a council.json whole', () => {
    const result = imported(importSettings([{ name: 'council.json', content: JSON.stringify(harlowCouncil) }], exampleCouncil));
    expect(result.config).toEqual(harlowCouncil);
    expect(result).toMatchObject({ warnings: [], description: 'Imported council.json' });
  });

  it('names the file in each problem of an invalid council.json, and wants it on its own', () => {
    expect(importSettings([{ name: 'council.json', content: '{"council": "X", "profile": "wales"}' }], null)).toEqual({
      ok: false, problems: ['council.json: profile: must be one of "model", "london-councils", "part5-borough", "brent", "harrow"'],
    });
    expect(importSettings([{ name: 'council.json', content: '{}' }, MEMBERS_CSV], null))
      .toEqual({ ok: false, problems: ['Import a council.json on its own: it holds the whole configuration.'] });
    expect(importSettings([], null)).toEqual({ ok: false, problems: ['Choose a file to import.'] });
  });

  it('makes a new council from a ModernGov directory, saying what it guessed', () => {
    const result = imported(importSettings([HARLOW], null));
    expect(result.config).toMatchObject({ council: 'Imported council', rulingGroup: 'Labour', domains: { staff: ['harlow.gov.uk'] }, elections: [] });
    expect(result.config.members).toHaveLength(33);
    expect(result.description).toBe('Imported 33 members from harlow.gov.uk.xml');
    expect(result.warnings).toContain('rulingGroup set to Labour, which holds 19 of 33 seats');
  });

  it('replaces the members and parties of the council being edited and keeps everything else', () => {
    const { config, warnings } = imported(importSettings([HARLOW], harlowCouncil));
    expect(config.members).toHaveLength(33);
    expect(config.members.map((member) => member.name)).not.toContain('Old Member');
    expect(config).toMatchObject({
      council: 'Harlow Council', profile: 'part5-borough', officers: harlowCouncil.officers, elections: harlowCouncil.elections,
      rules: { 'member-instructs-officer': 'error' }, domains: { staff: ['harlow.gov.uk'], press: ['harlowstar.co.uk'] },
      parties: ['Labour', 'Conservative', 'UKIP'],
    });
    expect(config.rulingGroup).toBe('Conservative');
    expect(warnings.some((warning) => warning.startsWith('no council name given'))).toBe(false);
  });

  it('drops a ruling group whose party no longer holds a seat', () => {
    const { config } = imported(importSettings([MEMBERS_CSV], harlowCouncil));
    expect(config).toMatchObject({ parties: ['Green'], rulingGroup: 'Green' });
  });

  it('merges several directory files at once', () => {
    const { config, description } = imported(importSettings([HARLOW, MEMBERS_CSV], null));
    expect(config.members).toHaveLength(34);
    expect(description).toBe('Imported 34 members from harlow.gov.uk.xml and members.csv');
  });

  it('says why a directory cannot be imported, in one line', () => {
    expect(importSettings([{ name: 'members.xml', content: '<councillors><c/></councillors>' }], null))
      .toEqual({ ok: false, problems: ['members.xml: not a ModernGov GetCouncillorsByWard file (its root element is <councillors>, not <councillorsbyward>)'] });
    expect(importSettings([{ name: 'members.csv', content: '' }], null)).toEqual({ ok: false, problems: ['members.csv: the file is empty'] });
  });
});

describe('elections as form rows', () => {
  const row = (overrides: Partial<ElectionRow>): ElectionRow => ({ ...emptyElectionRow(), ...overrides });

  it('round-trips elections, keeping candidates and leaving empty fields out', () => {
    const config = council({ council: 'X', elections: [
      { name: 'Borough 2027', poll: '2027-05-06', noticeOfElection: '2027-03-29', wards: ['Northfield', 'Riverside'], candidates: ['Leah Morgan'] },
      { name: 'By-election', poll: '2026-09-17' },
    ] });
    const rows = electionRows(config);
    expect(rows[0]).toEqual({ name: 'Borough 2027', poll: '2027-05-06', notice: '2027-03-29', wards: 'Northfield, Riverside', candidates: ['Leah Morgan'] });
    expect(electionsFrom(rows)).toEqual({ ok: true, elections: config.elections });
  });

  it('reads wards separated by commas, trimmed', () => {
    expect(electionsFrom([row({ name: ' By-election ', poll: '2026-09-17', wards: ' Northfield ,, Hillside ' })]))
      .toEqual({ ok: true, elections: [{ name: 'By-election', poll: '2026-09-17', wards: ['Northfield', 'Hillside'], candidates: [] }] });
  });

  it('names the election in every problem', () => {
    expect(electionsFrom([
      row({ poll: '2027-05-06' }),
      row({ name: 'Borough 2027' }),
      row({ name: 'Leap', poll: '2027-02-30' }),
      row({ name: 'Late notice', poll: '2027-05-06', notice: '2027-05-06' }),
    ])).toEqual({ ok: false, problems: [
      'Election 1: give it a name.',
      'Election 2 (Borough 2027): give its polling day.',
      'Election 3 (Leap): the polling day is not a date.',
      'Election 4 (Late notice): the notice of election must come before polling day.',
    ] });
  });
});

describe('rule severities', () => {
  it('lists every rule with its default and the council’s setting, naming the protocols of profile-only rules', () => {
    const choices = ruleChoices(harlowCouncil);
    expect(choices.map((choice) => choice.id)).toEqual(rules.map((rule) => rule.meta.id));
    expect(choices.find((choice) => choice.id === 'member-instructs-officer')).toMatchObject({ defaultSeverity: 'warning', setting: 'error' });
    expect(choices.find((choice) => choice.id === 'ward-members-not-copied')?.onlyUnder).toEqual(['Part 5 protocol']);
    expect(choices.find((choice) => choice.id === 'no-blind-copy-member')?.onlyUnder).toBeUndefined();
  });

  it('writes down only the settings that differ from the default, and keeps those of rules this version does not know', () => {
    expect(ruleSettings({ 'renamed-in-a-later-version': 'off', 'member-instructs-officer': 'error' }, {
      'member-instructs-officer': 'warning', 'out-of-hours-contact': 'off', 'no-blind-copy-member': 'error', 'not-a-rule': 'off',
    })).toEqual({ 'renamed-in-a-later-version': 'off', 'out-of-hours-contact': 'off' });
  });
});

describe('settingsFromForm', () => {
  it('applies the form to the council and validates the whole', () => {
    const result = settingsFromForm(harlowCouncil, {
      council: ' Harlow District Council ', profile: 'model',
      elections: [{ name: 'By-election', poll: '2026-09-17', notice: '', wards: 'Bush Fair', candidates: [] }],
      rules: { 'member-instructs-officer': 'warning', 'out-of-hours-contact': 'off' },
    });
    expect(result).toEqual({ ok: true, config: { ...harlowCouncil, council: 'Harlow District Council', profile: 'model',
      elections: [{ name: 'By-election', poll: '2026-09-17', wards: ['Bush Fair'], candidates: [] }], rules: { 'out-of-hours-contact': 'off' } } });
  });

  it('refuses an empty council name and a bad election', () => {
    const values = { council: '', profile: 'model' as const, elections: [], rules: {} };
    expect(settingsFromForm(harlowCouncil, values)).toEqual({ ok: false, problems: ['council: the council needs a name'] });
    expect(settingsFromForm(harlowCouncil, { ...values, council: 'X', elections: [emptyElectionRow()] }))
      .toEqual({ ok: false, problems: ['Election 1: give it a name.', 'Election 1: give its polling day.'] });
  });
});

describe('councilSummary', () => {
  it('gives the council, protocol, members, parties by seats and elections at a glance', () => {
    expect(Object.fromEntries(councilSummary(exampleCouncil))).toEqual({
      Council: 'Example Borough Council', Protocol: 'Model protocol', Members: '9',
      Parties: 'Labour 4, Conservative 2, Green 1, Independent 1, Liberal Democrat 1', 'Ruling group': 'Labour', Officers: '5',
      Elections: 'Borough elections 2027 (poll 2027-05-06)', 'Staff mail domains': 'example.gov.uk',
    });
  });
});
