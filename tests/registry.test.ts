/**
 * The rule registry against the files beside it and against SPEC §4–§5: ids,
 * default severities, profiles, message templates, citations per profile (to
 * paragraphs that exist in the protocols) and the council's severity settings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  citationsFor, exampleCouncil, PROFILE_PROTOCOLS, PROFILES, review, rules,
  type CouncilConfig, type DraftInput, type Profile, type Severity,
} from '../core/src/index.ts';
import type { Rule } from '../core/src/rule.ts';
import citationData from '../core/data/citations.json';
import { SPEC_CATALOGUE, SPEC_PROFILE_ONLY } from './spec-catalogue.ts';
import { configWith, email } from '../core/test/rule-tester.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RULES_DIR = join(ROOT, 'core/src/rules');
const PROTOCOLS_DIR = join(ROOT, '../shared/protocols');
const PUBLICITY_CODE = 'Code of Recommended Practice on Local Authority Publicity';

/** A draft each profile-limited rule fires on in its own profile. */
const FIRES_PROFILE_ONLY_RULE: Record<string, DraftInput> = {
  'ward-members-not-copied': email({
    from: 'Dan Foster <dan.foster@example.gov.uk>',
    to: ['Cllr Jane Okafor <cllr.jane.okafor@example.gov.uk>'],
    subject: 'Resurfacing of Cherry Tree Avenue, Northfield',
    body: 'Dear Cllr Okafor,\n\nCherry Tree Avenue in Northfield is due to be resurfaced between 12 and 16 April. '
      + 'Letters will go to every household next week.\n\nRegards,\n\nDan Foster\nHighways Officer\n'
      + 'dan.foster@example.gov.uk\n01632 960 377',
  }),
  'officer-contact-details-missing': email({
    from: 'Dan Foster <dan.foster@example.gov.uk>',
    to: ['Cllr Mary Doyle <cllr.mary.doyle@example.gov.uk>'],
    subject: 'Dropped kerb on Elm Grove',
    body: 'Dear Cllr Doyle,\n\nThe resident can apply for a dropped kerb online; the survey takes about four weeks.'
      + '\n\nRegards,\n\nDan Foster\nHighways Officer',
  }),
};

const MEMBER_IN_BCC = email({
  from: 'Sam Hughes <sam.hughes@example.gov.uk>',
  to: ['Cllr Jane Okafor <cllr.jane.okafor@example.gov.uk>'],
  bcc: ['Cllr Ravi Patel <cllr.ravi.patel@example.gov.uk>'],
  subject: 'Missed bin collections on Orchard Way',
  body: 'Dear Cllr Okafor,\n\nThe depot will return for the two missed properties today.\n\nKind regards,\n\n'
    + 'Sam Hughes\nDirector of Environment\nsam.hughes@example.gov.uk\n01632 960 214',
});

function firingRuleIds(draft: DraftInput, config: CouncilConfig): string[] {
  return review(draft, config).findings.map((finding) => finding.ruleId);
}

function exportedRules(module: Record<string, unknown>): Rule[] {
  return Object.values(module).filter((value): value is Rule =>
    typeof value === 'object' && value !== null && 'meta' in value && 'check' in value);
}

describe('the rule registry', () => {
  const ruleFiles = readdirSync(RULES_DIR).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

  it('registers every rule file under the id the file is named by, and nothing else', async () => {
    const fromFiles: Rule[] = [];
    for (const file of ruleFiles) {
      const exported = exportedRules(await import(join(RULES_DIR, file)) as Record<string, unknown>);
      if (exported.length === 0) continue; // a helper shared by rules, such as support.ts
      expect(exported.map((rule) => rule.meta.id), `${file} exports one rule named by the file`)
        .toEqual([basename(file, '.ts')]);
      expect(rules, `${file} is in the registry`).toContain(exported[0]);
      fromFiles.push(exported[0]!);
    }
    expect(fromFiles.length, 'every registered rule comes from its own file').toBe(rules.length);
  });

  it('holds exactly the rule ids of SPEC §5, in alphabetical order', () => {
    expect(rules.map((rule) => rule.meta.id)).toEqual(Object.keys(SPEC_CATALOGUE).sort());
  });

  it.each(Object.entries(SPEC_CATALOGUE))('gives %s the default severity SPEC §5 gives it (%s)', (id, severity) => {
    expect(rules.find((rule) => rule.meta.id === id)?.meta.severity).toBe(severity);
  });

  it('limits to some profiles only the rules SPEC §4 limits, and to those profiles', () => {
    const limited = Object.fromEntries(rules.filter((rule) => rule.meta.profiles).map((rule) => [rule.meta.id, rule.meta.profiles]));
    expect(limited).toEqual(SPEC_PROFILE_ONLY);
  });

  describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
    it('describes what it flags in one sentence', () => {
      expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
    });

    it('has a message for each report and a suggestion for each message', () => {
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      expect(Object.keys(rule.meta.suggestions).sort()).toEqual(Object.keys(rule.meta.messages).sort());
      for (const template of [...Object.values(rule.meta.messages), ...Object.values(rule.meta.suggestions)]) {
        expect(template.trim(), 'template is not empty').not.toBe('');
        expect(template.replace(/\{\w+\}/g, ''), `"${template}" has braces only around {placeholder} names`)
          .not.toMatch(/[{}]/);
      }
    });

    it.each([...PROFILES])('cites its own protocol under the %s profile', (profile) => {
      const citations = citationsFor(rule.meta.id, profile);
      expect(citations.length).toBeGreaterThan(0);
      for (const citation of citations) {
        expect([PROFILE_PROTOCOLS[profile].name, PUBLICITY_CODE]).toContain(citation.protocol);
        expect(citation.paragraph).not.toBe('');
        expect(citation.note?.trim(), 'a note in our own words').toBeTruthy();
      }
    });
  });

  it('has citations only for registered rules', () => {
    expect(Object.keys(citationData.rules).sort()).toEqual(rules.map((rule) => rule.meta.id));
  });
});

describe('citations against the protocol texts', () => {
  const available = existsSync(PROTOCOLS_DIR);
  const skipped = available ? '' : ' (skipped: the protocols are not at ../shared/protocols beside the repository)';

  it.skipIf(!available).each([...PROFILES])(`cites only paragraphs that exist in the %s protocol${skipped}`, (profile) => {
    const { file } = PROFILE_PROTOCOLS[profile];
    const paragraphs = paragraphsOf(readFileSync(join(PROTOCOLS_DIR, file), 'utf8'));
    const missing = rules.flatMap((rule) => citationsFor(rule.meta.id, profile)
      .filter((citation) => citation.protocol !== PUBLICITY_CODE)
      .filter((citation) => !paragraphs.has(asNumbered(profile, citation.paragraph)))
      .map((citation) => `${rule.meta.id}: ${citation.paragraph}`));
    expect(paragraphs.size, `${file} has numbered paragraphs`).toBeGreaterThan(10);
    expect(missing, `not found in ${file}`).toEqual([]);
  });

  it('reads section numbers, decimal paragraphs and lettered items from a protocol text', () => {
    const text = '3. OFFICER ADVICE\n1.3. Points to note:\n(a) first point;\n12. CORRESPONDENCE\nMembers should not:\n'
      + 'b) write letters\n2.10 of the Code is quoted here\n';
    expect([...paragraphsOf(text)].sort()).toEqual(['1.3', '1.3(a)', '12', '12(b)', '3', '3.3', '3.3(a)'].sort());
  });
});

/** London Councils numbers its sections with §; the other protocols cite bare numbers, so a § there is an error. */
function asNumbered(profile: Profile, paragraph: string): string {
  return profile === 'london-councils' ? paragraph.replace(/^§/, '') : paragraph;
}

const NUMBERED_LINE = /^\s*(\d+)(?:\.(\d+))?\.?\s+[A-Z(‘“"]/;
const LETTERED_LINE = /^\s*\(?([a-z])\)\s/;

/**
 * The paragraph numbers a protocol's text holds: "12" for a numbered section
 * or paragraph, "7.1" for a decimal one, "12(b)" for a lettered item under
 * the last of them. A decimal paragraph is also read as numbered within its
 * section, because Brent's section 3 prints its paragraphs as 1.1–1.3.
 */
function paragraphsOf(text: string): Set<string> {
  const found = new Set<string>();
  let section = '';
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const numbered = NUMBERED_LINE.exec(line);
    if (numbered) {
      const [, major, minor] = numbered;
      if (minor === undefined) section = major!;
      current = minor === undefined ? [major!] : [`${major}.${minor}`, `${section}.${minor}`];
      for (const id of current) found.add(id);
      continue;
    }
    const lettered = LETTERED_LINE.exec(line);
    if (lettered) for (const id of current) found.add(`${id}(${lettered[1]})`);
  }
  return found;
}

describe('profiles and the council\'s severity settings', () => {
  it('has a draft for every profile-limited rule to fire on', () => {
    expect(Object.keys(FIRES_PROFILE_ONLY_RULE).sort()).toEqual(Object.keys(SPEC_PROFILE_ONLY).sort());
  });

  describe.each(Object.entries(SPEC_PROFILE_ONLY))('%s', (id, onIn) => {
    it.each([...PROFILES])('fires under %s only if the rule is on in that profile', (profile) => {
      const fired = firingRuleIds(FIRES_PROFILE_ONLY_RULE[id]!, configWith({ profile }));
      expect(fired.includes(id)).toBe(onIn.includes(profile));
    });
  });

  it('reports a member in Bcc at the default severity with no setting', () => {
    const findings = review(MEMBER_IN_BCC, exampleCouncil).findings.filter((f) => f.ruleId === 'no-blind-copy-member');
    expect(findings.map((finding) => finding.severity)).toEqual(['error']);
  });

  it.each(['warning', 'info'] as const)('reports it as %s when the council sets the rule to that severity', (severity) => {
    const config = configWith({ rules: { 'no-blind-copy-member': severity } });
    const findings = review(MEMBER_IN_BCC, config).findings.filter((f) => f.ruleId === 'no-blind-copy-member');
    expect(findings.map((finding) => finding.severity)).toEqual([severity]);
  });

  it('silences the rule, and only that rule, when the council sets it to off', () => {
    const before = firingRuleIds(MEMBER_IN_BCC, exampleCouncil);
    const after = firingRuleIds(MEMBER_IN_BCC, configWith({ rules: { 'no-blind-copy-member': 'off' } }));
    expect(before).toContain('no-blind-copy-member');
    expect(after).toEqual(before.filter((id) => id !== 'no-blind-copy-member'));
  });
});
