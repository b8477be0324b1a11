/**
 * The rule pages in docs/rules against the rules: one page per rule, each
 * with the same sections, and every example on it run through the core the
 * way a host would read it. A flagged example must make its rule fire and a
 * clean one must keep it silent; the JSON snippets must be council settings
 * that work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CouncilConfigSchema, exampleCouncil, parseCouncilConfig, review, rules,
  type CouncilConfig, type Finding,
} from '../core/src/index.ts';
import { readDocument } from '../core/src/formats/index.ts';
import type { Rule } from '../core/src/rule.ts';
import exampleCouncilJson from '../core/data/example-council.json';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCS = join(ROOT, 'docs/rules');

/** The page's top-level sections, in order. */
const SECTIONS = ['What it flags', 'Why', 'Examples', 'Changing its severity'];
const EXAMPLE_GROUPS = { 'Flagged': 'flagged', 'Not flagged': 'not flagged' } as const;
type Expectation = (typeof EXAMPLE_GROUPS)[keyof typeof EXAMPLE_GROUPS];

interface Block {
  /** The fence's info string: `eml`, `text date=…`, `json`. */
  info: string;
  body: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
  section: string;
  subsection: string;
}

interface Example extends Block {
  expectation: Expectation;
  /** The example's number among those of its expectation on the page. */
  number: number;
}

interface Page {
  id: string;
  title: string;
  /** The line under the title naming the rule's id, for council.json and the command line. */
  idLine: string;
  /** The line under that: default severity and profiles. */
  summary: string;
  sections: string[];
  subsections: Record<string, string[]>;
  blocks: Block[];
}

function readPage(id: string): Page {
  const lines = readFileSync(join(DOCS, `${id}.md`), 'utf8').split('\n');
  const page: Page = { id, title: lines[0] ?? '', idLine: lines[2] ?? '', summary: lines[4] ?? '', sections: [], subsections: {}, blocks: [] };
  let section = '';
  let subsection = '';
  let open: Block | null = null;
  for (const [index, line] of lines.entries()) {
    if (open) {
      if (line.startsWith('```')) {
        page.blocks.push(open);
        open = null;
      } else {
        open.body += `${line}\n`;
      }
      continue;
    }
    const fence = /^```(.*)$/.exec(line);
    if (fence) open = { info: fence[1]!.trim(), body: '', line: index + 1, section, subsection };
    else if (line.startsWith('## ')) {
      section = line.slice(3).trim();
      subsection = '';
      page.sections.push(section);
      page.subsections[section] = [];
    } else if (line.startsWith('### ')) {
      subsection = line.slice(4).trim();
      page.subsections[section]?.push(subsection);
    }
  }
  if (open) throw new Error(`${id}.md: the code block opened on line ${open.line} is never closed`);
  return page;
}

function examplesOf(page: Page): Example[] {
  const counts: Record<Expectation, number> = { 'flagged': 0, 'not flagged': 0 };
  return page.blocks.flatMap((block) => {
    const expectation = block.section === 'Examples'
      ? EXAMPLE_GROUPS[block.subsection as keyof typeof EXAMPLE_GROUPS] : undefined;
    if (!expectation) return [];
    counts[expectation] += 1;
    return [{ ...block, expectation, number: counts[expectation] }];
  });
}

/** The example council, in a profile the rule is on in. */
function councilFor(rule: Rule): CouncilConfig {
  return { ...exampleCouncil, profile: rule.meta.profiles?.[0] ?? exampleCouncil.profile };
}

const TEXT_WITH_DATE = /^text date=(\S+)$/;

/**
 * Reads an example as a host would: an `eml` block as an .eml file, checked at
 * its Date header; a `text date=…` block as a .txt document checked at that moment.
 */
async function findingsOf(example: Block, config: CouncilConfig): Promise<Finding[]> {
  const bytes = new TextEncoder().encode(example.body);
  if (example.info === 'eml') {
    const draft = await readDocument('example.eml', bytes);
    expect(draft.date, 'an eml example has a Date header, so its result does not depend on today').toBeDefined();
    return review(draft, config).findings;
  }
  const dated = TEXT_WITH_DATE.exec(example.info);
  if (!dated) throw new Error(`line ${example.line}: an example is an \`eml\` or a \`text date=ISO-8601\` block, not \`${example.info}\``);
  const now = new Date(dated[1]!);
  expect(Number.isNaN(now.getTime()), `line ${example.line}: ${dated[1]} is an ISO 8601 moment`).toBe(false);
  return review(await readDocument('example.txt', bytes), config, { now }).findings;
}

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.ruleId} "${finding.excerpt ?? finding.message}"`).join('; ') || 'nothing';
}

/** A snippet merged over the example council's own file, as a council would edit its council.json. */
function mergedCouncil(snippet: Record<string, unknown>): unknown {
  return { ...exampleCouncilJson, ...snippet };
}

const ruleIds = rules.map((rule) => rule.meta.id);
const pageIds = readdirSync(DOCS).filter((name) => name.endsWith('.md')).map((name) => basename(name, '.md')).sort();

describe('rule pages', () => {
  it('exist for every rule', () => {
    expect(ruleIds.filter((id) => !pageIds.includes(id)), 'rules without a page in docs/rules').toEqual([]);
  });

  it('are only for rules that exist', () => {
    expect(pageIds.filter((id) => !ruleIds.includes(id)), 'pages in docs/rules without a rule').toEqual([]);
  });
});

for (const rule of rules.filter((candidate) => pageIds.includes(candidate.meta.id))) {
  const { id } = rule.meta;
  const page = readPage(id);
  const examples = examplesOf(page);
  const config = councilFor(rule);

  describe(`docs/rules/${id}.md`, () => {
    it(`${id}: page is titled by the rule's title, names its id below, and has the sections What it flags, Why, Examples and Changing its severity`, () => {
      expect(page.title).toBe(`# ${rule.meta.title}`);
      expect(page.idLine).toBe(`Rule id: \`${id}\``);
      expect(page.sections).toEqual(SECTIONS);
      expect(page.subsections['Examples']).toEqual(Object.keys(EXAMPLE_GROUPS));
    });

    it(`${id}: page states the rule's default severity and the profiles it is on in`, () => {
      expect(page.summary).toContain(`Default severity: **${rule.meta.severity}**.`);
      const profiles = rule.meta.profiles;
      if (profiles) expect(page.summary).toContain(`On only in the ${profiles.map((p) => `**${p}**`).join(' and ')} profile`);
      else expect(page.summary).toContain('On in every profile');
    });

    it(`${id}: page has at least one flagged and one not flagged example, each an eml or a dated text block`, () => {
      expect(examples.filter((example) => example.expectation === 'flagged').length).toBeGreaterThan(0);
      expect(examples.filter((example) => example.expectation === 'not flagged').length).toBeGreaterThan(0);
      for (const example of examples) {
        expect(example.info === 'eml' || TEXT_WITH_DATE.test(example.info), `line ${example.line}: \`${example.info}\``).toBe(true);
      }
    });

    for (const example of examples) {
      if (example.expectation === 'flagged') {
        it(`${id}: flagged example ${example.number} fires`, async () => {
          const findings = await findingsOf(example, config);
          const own = findings.filter((finding) => finding.ruleId === id);
          expect(own.length, `line ${example.line}: ${id} did not fire; found ${describeFindings(findings)}`).toBeGreaterThan(0);
          for (const finding of own) {
            expect(`${finding.message} ${finding.suggestion}`, 'every placeholder filled').not.toMatch(/\{\w+\}/);
          }
        });
      } else {
        it(`${id}: not flagged example ${example.number} stays silent`, async () => {
          const own = (await findingsOf(example, config)).filter((finding) => finding.ruleId === id);
          expect(own, `line ${example.line}: ${id} fired on ${describeFindings(own)}`).toEqual([]);
        });
      }
    }

    page.blocks.filter((block) => block.info === 'json').forEach((block, index) => {
      const label = `${id}: JSON snippet ${index + 1}`;
      if (block.section !== 'Changing its severity') {
        it(`${label} is valid JSON`, () => {
          expect(() => JSON.parse(block.body), `line ${block.line}`).not.toThrow();
        });
        return;
      }
      it(`${label} is part of a council.json that sets the rule and, merged into the example council, is valid`, () => {
        const snippet = JSON.parse(block.body) as Record<string, unknown>;
        const unknownKeys = Object.keys(snippet).filter((key) => !(key in CouncilConfigSchema.shape));
        expect(unknownKeys, `line ${block.line}: keys council.json does not have`).toEqual([]);
        expect((snippet['rules'] as Record<string, unknown> | undefined)?.[id], `line ${block.line}: sets rules["${id}"]`).toBeDefined();
        const parsed = parseCouncilConfig(mergedCouncil(snippet));
        expect(parsed.ok ? [] : parsed.errors, `line ${block.line}`).toEqual([]);
      });

      const firstFlagged = examples.find((example) => example.expectation === 'flagged');
      if (!firstFlagged) return;
      it(`${label} changes what flagged example 1 reports as it says`, async () => {
        const snippet = JSON.parse(block.body) as { profile?: unknown; rules: Record<string, string> };
        const parsed = parseCouncilConfig(mergedCouncil({ profile: config.profile, ...snippet }));
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        const setting = snippet.rules[id];
        const severities = (await findingsOf(firstFlagged, parsed.config))
          .filter((finding) => finding.ruleId === id).map((finding) => finding.severity);
        if (setting === 'off') expect(severities).toEqual([]);
        else {
          expect(severities.length).toBeGreaterThan(0);
          expect(new Set(severities)).toEqual(new Set([setting]));
        }
      });
    });
  });
}
