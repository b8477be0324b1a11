/**
 * The built on-send handler file, run as classic Outlook's JavaScript-only
 * runtime runs it before Version 2403: an ES2016 engine with no time-zone
 * data (test/bare-runtime.ts). Its timings are measured by `npm run bench
 * -w outlook-addin`, not here.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKED_TEXT_LIMIT, firstPart } from '../src/check.ts';
import { ACTIONS } from '../src/handlers.ts';
import recruitment from '../../core/data/recruitment.json';
import { es2016SyntaxError } from '../es2016-syntax.mjs';
import { POST_ES2016_BUILT_INS, es2016Context, loadBundle } from './bare-runtime.ts';
import { buildWith, ensureBuilt } from './built.ts';
import { PRE_ELECTION_MORNING, drafts, longReport } from './drafts.ts';

/**
 * The handler file's budget: the core and its language library are most of it, the Unicode classes written out
 * 50 KB. About 813 KB on 7 December 2026 (the word lists bundled without their examples and sources,
 * core/word-lists-plugin.mjs), with room for the lists to grow.
 */
const SIZE_BUDGET_BYTES = 900_000;

let file: string;
let code: string;
/** The same, built with the example council's council.json. */
let withExample: string;

beforeAll(() => {
  file = join(ensureBuilt(), 'onsend.js');
  code = readFileSync(file, 'utf8');
  const council = join(mkdtempSync(join(tmpdir(), 'probity-council-')), 'council.json');
  writeFileSync(council, readFileSync(new URL('../../core/data/example-council.json', import.meta.url)));
  withExample = readFileSync(join(buildWith({ PROBITY_COUNCIL_JSON: council }), 'onsend.js'), 'utf8');
});

/**
 * Regular-expression syntax of ES2018 and later as it reads in any string of the bundle, for patterns compiled at
 * run time from data (core/data/*.json): lookbehind, named groups and their references, Unicode property escapes.
 */
const LATER_SYNTAX_IN_A_STRING = /\(\?<[=!]|\(\?<[A-Za-z_$]|\\k<|\\[pP]\{/;

/**
 * Every pattern the file spells out (regular-expression literals, and `RegExp` calls whose pattern is a string or
 * one of the build's shared `__probityPattern` strings), parsed as ES2016 by regexpp; and every string or template
 * that holds later pattern syntax. Problems are listed with the offending text.
 */
function laterPatternSyntax(source: string): { patterns: number; problems: string[] } {
  // Parsed as the latest ECMAScript, so a later pattern is reported here rather than stopping the parse.
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  const shared = new Map<string, any>();
  walk(program, (node) => {
    if (node.type === 'VariableDeclarator' && /^__probity(?:Pattern|Class)\d+$/.test(node.id.name ?? '')) shared.set(node.id.name, node.init);
  });
  // The build's shared patterns are strings, shared classes, or the two joined with `+`.
  const stringOf = (node: any): string | undefined => {
    if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node?.type === 'Identifier' && shared.has(node.name)) return stringOf(shared.get(node.name));
    if (node?.type !== 'BinaryExpression' || node.operator !== '+') return undefined;
    const [left, right] = [stringOf(node.left), stringOf(node.right)];
    return left === undefined || right === undefined ? undefined : left + right;
  };
  let patterns = 0;
  const problems: string[] = [];
  const check = (pattern: string, flags: string) => {
    patterns++;
    const problem = es2016SyntaxError(pattern, flags);
    if (problem) problems.push(problem);
  };
  walk(program, (node) => {
    if (node.type === 'Literal' && node.regex) check(node.regex.pattern, node.regex.flags);
    else if ((node.type === 'NewExpression' || node.type === 'CallExpression') && node.callee.name === 'RegExp') {
      const [pattern, flags] = node.arguments.map(stringOf);
      if (pattern !== undefined && (node.arguments.length < 2 || flags !== undefined)) check(pattern, flags ?? '');
    }
    const text = node.type === 'Literal' && typeof node.value === 'string' ? node.value
      : node.type === 'TemplateElement' ? node.value.cooked : undefined;
    if (text !== undefined && LATER_SYNTAX_IN_A_STRING.test(text)) problems.push(`a string holds later pattern syntax: ${text.slice(0, 120)}`);
  });
  return { patterns, problems };
}

function walk(node: any, visit: (node: any) => void): void {
  const pending = [node];
  while (pending.length) {
    const current = pending.pop();
    visit(current);
    for (const value of Object.values(current)) {
      if (Array.isArray(value)) pending.push(...value.filter((child) => child && typeof child.type === 'string'));
      else if (value && typeof (value as any).type === 'string') pending.push(value);
    }
  }
}

describe('the built on-send handler file', () => {
  it('is one ES2016 script with no import or export', () => {
    let program: ReturnType<typeof parse> | undefined;
    let error = '';
    try {
      program = parse(code, { ecmaVersion: 2016, sourceType: 'script' });
    } catch (failure) {
      error = String(failure);
    }
    expect(error, 'parses as an ES2016 script').toBe('');
    const moduleSyntax = program!.body.filter((node) => node.type === 'ImportDeclaration' || node.type.startsWith('Export'));
    expect(moduleSyntax).toHaveLength(0);
    expect(/\bimport\s*\(|\bimport\.meta\b/.test(code), 'no dynamic import').toBe(false);
  });

  it('writes every pattern in ES2016 syntax, as an ES2016 regular-expression parser reads it', () => {
    const { patterns, problems } = laterPatternSyntax(code);
    expect(patterns).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('finds what it looks for: a lookbehind, a named group, the s flag and \\p{…}, written or in data', () => {
    const planted = [
      'var a = /(?<!thanks )back/gi;',
      'var b = new RegExp("(?<year>\\\\d{4})");',
      'var c = /./s;',
      'var d = RegExp("\\\\p{L}+", "u");',
      'var __probityClass0 = "a-z", __probityPattern0 = "[" + __probityClass0 + "]"; var e = new RegExp(__probityPattern0, "s");',
      'var f = { support: "(?<=for )you" };',
      'var g = `(?<!deputy )leader`;',
    ];
    for (const snippet of planted) expect(laterPatternSyntax(snippet).problems, snippet).not.toEqual([]);
    expect(laterPatternSyntax('var h = /(?:^|[^\\w-])back/gi; var i = new RegExp("\\\\bback", "gu");').problems).toEqual([]);
  });

  it('compiles every pattern it builds at run time, from code and from data, as ES2016', async () => {
    const drafting = [drafts.memberInBcc, drafts.partyPoliticalPressRelease, drafts.memberInstructsOfficer, drafts.replyToMemberWithBcc];
    const compiled = new Map<string, string>();
    for (const spec of drafting) {
      const outlook = loadBundle(withExample, spec, { mailbox: '1.15', now: PRE_ELECTION_MORNING });
      const [[verdict]] = await outlook.send() as [[{ errorMessage?: string }]];
      expect(verdict.errorMessage ?? '').not.toMatch(/could not check/);
      for (const [pattern, flags] of outlook.compiled) compiled.set(pattern, flags);
    }
    expect([...compiled].filter(([pattern, flags]) => es2016SyntaxError(pattern, flags))).toEqual([]);
    // The data's patterns (core/data/recruitment.json) and the council's role titles (core/src/recognise/mentions.ts).
    expect([...compiled.keys()].some((pattern) => pattern.includes(recruitment.appointments[0]!.term))).toBe(true);
    expect([...compiled.keys()].some((pattern) => pattern.includes('Mayor\\b'))).toBe(true);
  });

  it(`stays within its size budget of ${SIZE_BUDGET_BYTES} bytes`, () => {
    expect(statSync(file).size).toBeLessThanOrEqual(SIZE_BUDGET_BYTES);
  });

  it('never waits on Office.onReady, which the JavaScript-only runtime does not run', () => {
    expect(code).not.toMatch(/Office\.onReady|Office\.initialize/);
  });

  it('really runs on an ES2016 engine: the test context lacks what the bundle would otherwise use', () => {
    const context = es2016Context();
    for (const name of ['Object.fromEntries', 'String.prototype.matchAll', 'Array.prototype.flatMap', 'Object.hasOwn', 'Array.prototype.at', 'globalThis']) {
      expect(POST_ES2016_BUILT_INS).toContain(name);
      expect(vm.runInContext(`typeof ${name}`, context), name).toBe('undefined');
    }
    expect(() => vm.runInContext('new RegExp("\\\\p{L}", "u")', context)).toThrow(/Invalid regular expression/);
    expect(() => vm.runInContext('new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London" })', context)).toThrow(/Invalid time zone/);
  });

  it('registers its three actions in a bare ES2016 context with no time zones', () => {
    const outlook = loadBundle(code, drafts.memberInBcc);
    expect([...outlook.associated.keys()].sort()).toEqual(Object.values(ACTIONS).sort());
    for (const name of ['window', 'document', 'localStorage', 'require', 'process']) {
      expect(vm.runInContext(`typeof ${name}`, outlook.context)).toBe('undefined');
    }
  });

  it('blocks a councillor in Bcc, there', async () => {
    const calls = await loadBundle(code, drafts.memberInBcc).send();
    expect(calls).toHaveLength(1);
    const verdict = calls[0]![0] as { allowEvent: boolean; errorMessage: string };
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.errorMessage).toContain('Ravi Patel');
    expect(verdict.errorMessage).toMatch(/checked without your council's configuration/);
  });

  it('blocks a party-political press release in the pre-election period, reading London time without Intl time zones', async () => {
    const outlook = loadBundle(withExample, drafts.partyPoliticalPressRelease, { mailbox: '1.15', now: PRE_ELECTION_MORNING });
    const [[verdict]] = await outlook.send() as [[{ allowEvent: boolean; errorMessage: string }]];
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.errorMessage).toContain('party political');
    expect(verdict.errorMessage).not.toMatch(/without your council's configuration/);
  });

  it('loads its language library on first use and tags with it: a councillor telling an officer what to do', async () => {
    const [[verdict]] = await loadBundle(withExample, drafts.memberInstructsOfficer, { mailbox: '1.15' }).send() as [[Record<string, string>]];
    expect(verdict).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(verdict.errorMessage).toContain('I want you to close');
  });

  it('reads only the first 20 KB of a 1 MB body a councillor wrote, and says the rest was not checked', { timeout: 300_000 }, async () => {
    const body = `${drafts.memberInstructsOfficer.body}\n\n${longReport(1024 * 1024)}`;
    const sent = async (text: string) => {
      const outlook = loadBundle(withExample, { ...drafts.memberInstructsOfficer, body: text }, { mailbox: '1.15', countWork: true });
      const [[verdict]] = await outlook.send() as [[Record<string, string>]];
      return { verdict, work: outlook.work() };
    };
    const whole = await sent(body);
    expect(whole.verdict).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(whole.verdict.errorMessage).toContain('I want you to close');
    expect(whole.verdict.errorMessage).toMatch(/only the first 20 KB of this message's 1,02\d KB of text; the rest was not checked\.$/);
    // The same message cut where the check stops: the 1 MB body's searches are its, where reading it all would take tens of times as many.
    const part = await sent(firstPart(body, CHECKED_TEXT_LIMIT));
    expect(part.work).toBeGreaterThan(1_000);
    expect(whole.work).toBeLessThan(part.work * 1.1);
  });

  it('lets a clean draft go, there', async () => {
    expect(await loadBundle(code, drafts.clean).send()).toEqual([[{ allowEvent: true }]]);
  });

  it('asks the user to send anyway when the message cannot be read, on Mailbox 1.14', async () => {
    const calls = await loadBundle(code, { ...drafts.memberInBcc, body_: 'fail' }, { mailbox: '1.14' }).send();
    expect(calls).toEqual([[{
      allowEvent: false,
      errorMessage: 'Probity could not check this message (The body could not be read). Send it anyway?',
      sendModeOverride: 'promptUser',
    }]]);
  });
});

describe('a build that also reads council.json from its server', () => {
  let fetching: string;
  beforeAll(() => {
    const council = join(mkdtempSync(join(tmpdir(), 'probity-council-')), 'council.json');
    writeFileSync(council, JSON.stringify({ council: 'Built-in Test Council', profile: 'model' }));
    fetching = readFileSync(join(buildWith({ PROBITY_COUNCIL_JSON: council, PROBITY_COUNCIL_FETCH: '1' }), 'onsend.js'), 'utf8');
  });

  it('gives up on a fetch that never answers, still blocks a councillor in Bcc, and says which copy it used', async () => {
    const requested: string[] = [];
    const outlook = loadBundle(fetching, drafts.memberInBcc, {
      fetch: (url) => {
        requested.push(url);
        return new Promise(() => undefined);
      },
    });
    const [[verdict]] = await outlook.send() as [[{ allowEvent: boolean; errorMessage: string }]];
    expect(requested).toEqual(['https://localhost:3000/council.json']);
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.errorMessage).toContain('Ravi Patel');
    expect(verdict.errorMessage).toMatch(/copy of your council's configuration built into the add-in/);
  });
});
