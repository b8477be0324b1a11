/**
 * The command line as users run it (SPEC 2.3): `node core/bin/probity.js` in a
 * child process, on drafts written to a temporary directory. Exit status 0, 1
 * or 2; bad usage and unreadable input as one `probity:` line on stderr (an
 * invalid council.json as one line more per problem, naming its JSON path);
 * `--format json` in the shape SPEC 2.3 gives; `--date`, `--kind` and
 * `--config`; `eval`, `rules` and `directory import`; help on every command;
 * a closed pipe and a busy port said in one line; and any input, however
 * large, broken or empty, answered without a stack trace and never as clear.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCouncilConfig } from '../core/src/config.ts';
import { SPEC_CATALOGUE } from './spec-catalogue.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORE = join(ROOT, 'core');
const BIN = join(CORE, 'bin/probity.js');
const START = join(ROOT, 'scripts/start.mjs');
const FIXTURES = join(ROOT, 'tests/fixtures');
const EXAMPLE_COUNCIL = join(CORE, 'data/example-council.json');

/** SPEC §5: every rule id with its default severity. */
const SPEC_RULES = new Map(Object.entries(SPEC_CATALOGUE));

/** The JSON document of `probity check --format json`, as SPEC 2.3 draws it; extra optional fields are allowed. */
const CheckJson = z.object({
  results: z.array(z.object({
    file: z.string(),
    kind: z.enum(['email', 'letter', 'press-release']),
    author: z.object({
      role: z.enum(['member', 'officer', 'press', 'government', 'external', 'unknown']),
      name: z.string().nullable(),
    }),
    findings: z.array(z.object({
      ruleId: z.string().refine((id) => SPEC_RULES.has(id), 'not a rule of SPEC §5'),
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string().min(1),
      field: z.enum(['body', 'subject', 'from', 'to', 'cc', 'bcc', 'date']),
      excerpt: z.string().nullable(),
      start: z.number().int().nonnegative().nullable(),
      end: z.number().int().nonnegative().nullable(),
      citations: z.array(z.object({ protocol: z.string().min(1), paragraph: z.string().min(1) })).min(1),
      suggestion: z.string().min(1),
      line: z.number().int().positive().optional(),
      column: z.number().int().positive().optional(),
    })),
    unread: z.array(z.string()).optional(),
    nothingToCheck: z.string().nullable().optional(),
  })),
});

const SUMMARY = /^(\d+) files?: (\d+) errors?, (\d+) warnings?, (\d+) info(, \d+ with nothing to check)?$/;
const EVAL_SUMMARY = /^(\d+) cases: F1 \d\.\d{3}, precision \d\.\d{3}, recall \d\.\d{3}, error recall \d\.\d{3}, clean with findings \d+\/\d+ \(\d+\.\d%\), kind \d+\/\d+$/;
const STACK_FRAME = /^\s+at /m;

interface Run { code: number; stdout: string; stderr: string }

/** Runs the CLI as a user would. */
function probity(args: readonly string[], timeout?: number): Promise<Run> {
  return node([BIN, ...args], {}, timeout);
}

/** Runs a Node script; one still going after `timeout` ms has hung, and is killed and fails the test. */
function node(args: readonly string[], extraEnv: Record<string, string> = {}, timeout = 30_000): Promise<Run> {
  const env = { ...process.env, ...extraEnv };
  delete env.NO_COLOR;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, env, timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error?.killed || error?.signal) {
        reject(new Error(`node ${args.join(' ')} was stopped (${error.signal ?? 'killed'}) after ${timeout} ms\n${stderr}`));
      } else {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      }
    });
  });
}

function lines(text: string): string[] {
  const trimmed = text.trimEnd();
  return trimmed ? trimmed.split('\n') : [];
}

function lastLine(text: string): string {
  return lines(text).at(-1) ?? '';
}

/** SPEC 2.3: bad usage or unreadable input exits 2 with exactly one line on stderr, no stack trace. */
function expectOneErrorLine(run: Run, mentioning: string | RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(lines(run.stderr), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(/^probity: /);
  expect(run.stderr).toMatch(mentioning);
}

/** SPEC §6 robustness: findings (exit 0 or 1 and a summary) or one clear error line, never a crash. */
function expectFindingsOrOneErrorLine(run: Run): void {
  expect(run.stderr, 'a stack trace on stderr').not.toMatch(STACK_FRAME);
  if (run.code === 2) {
    expectOneErrorLine(run, /\S/);
  } else {
    expect([0, 1], run.stderr).toContain(run.code);
    expect(lastLine(run.stdout)).toMatch(SUMMARY);
  }
}

function checkJson(run: Run): z.infer<typeof CheckJson> {
  return CheckJson.parse(JSON.parse(run.stdout));
}

function ruleIds(run: Run): string[] {
  return checkJson(run).results.flatMap((result) => result.findings.map((finding) => finding.ruleId));
}

/** The bin runs the bundled dist/cli.js: rebuilt here when the core is newer, as `npm test` does before the tests. */
function ensureCliBuilt(): void {
  const bundle = join(CORE, 'dist/cli.js');
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const sources = ['src', 'data'].flatMap((folder) => readdirSync(join(CORE, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => join(CORE, folder, name)));
  if ([...sources, join(CORE, 'build.mjs')].every((source) => statSync(source).mtimeMs <= built)) return;
  execFileSync(process.execPath, ['build.mjs'], { cwd: CORE, stdio: 'pipe', timeout: 120_000 });
}

const officerReply = (extraHeaders = '') => `From: Dan Foster <dan.foster@example.gov.uk>
To: Cllr Mary Doyle <cllr.mary.doyle@example.gov.uk>
${extraHeaders}Subject: RE: Gully cleaning on Station Road
Date: Tue, 12 Jan 2027 10:30:00 +0000
Content-Type: text/plain; charset="utf-8"

Dear Cllr Doyle,

Thank you for reporting the blocked gullies on Station Road. The crew cleared them yesterday and will check them again after the next heavy rain.

Kind regards,

Dan Foster
Highways Officer
Example Borough Council
Tel: 01632 960 310
`;

/** A statement quoting a Cabinet Member of the example council, whose borough poll is 6 May 2027 (period from 31 March). */
const STATEMENT = `New play areas open in Riverside

Three new play areas have opened in Riverside Park after a consultation with local families.

Cllr Owen Price, Cabinet Member for Leisure, said: "Families told us what they wanted and the new play areas are the result."
`;

const PRESS_RELEASE = `PRESS RELEASE
For immediate release

${STATEMENT}
ENDS

Notes to editors
Media enquiries: Kate Lowe, Communications Officer, kate.lowe@example.gov.uk
`;

/** Another council with the same Cabinet Member and its election a year later. */
const OWN_COUNCIL = {
  council: 'Riverside Test Council',
  domains: { staff: ['example.gov.uk'] },
  members: [{ name: 'Owen Price', emails: ['cllr.owen.price@example.gov.uk'], party: 'Labour', wards: ['Riverside'], roles: ['cabinet'] }],
  elections: [{ name: 'Council elections 2028', poll: '2028-05-04' }],
};

/** Broken in every part: an unterminated address, a bad encoded word, an unknown charset, stray boundaries, binary bytes. */
const MALFORMED_MIME = Buffer.concat([
  Buffer.from([
    'From: Cllr Jane Okafor <cllr.jane.okafor@example.gov.uk',
    'To: =?utf-8?B?!!!notbase64?= <dan.foster@example.gov.uk>',
    'Bcc: Cllr Ravi Patel <cllr.ravi.patel@example.gov.uk>',
    'Date: not a date',
    'Content-Type: multipart/mixed; boundary="XYZ"',
    'Content-Transfer-Encoding: base64',
    '',
    '--XYZ',
    'Content-Type: text/html; charset=no-such-charset',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<p>Dan, =ZZ please <b>close the <i>depot =',
    '--XYZ',
    'Content-Type: multipart/alternative; boundary=',
    '',
    '--',
    '',
  ].join('\r\n')),
  Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a]),
]);

let dir: string;
const draft = (name: string) => join(dir, name);

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'probity-cli-'));
  writeFileSync(draft('reply.eml'), officerReply());
  writeFileSync(draft('bcc.eml'), officerReply('Bcc: Cllr Ravi Patel <cllr.ravi.patel@example.gov.uk>\n'));
  writeFileSync(draft('release.txt'), PRESS_RELEASE);
  writeFileSync(draft('statement.txt'), STATEMENT);
  mkdirSync(draft('own'));
  writeFileSync(draft('own/council.json'), JSON.stringify(OWN_COUNCIL));
  writeFileSync(draft('own/release.txt'), PRESS_RELEASE);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('probity check: exit status', () => {
  it('exits 0 on a clean officer reply to a member', async () => {
    const run = await probity(['check', draft('reply.eml')]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('exits 1 when a member is blind-copied', async () => {
    const run = await probity(['check', '--format', 'json', draft('bcc.eml')]);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(ruleIds(run)).toEqual(['no-blind-copy-member']);
  });

  it('exits 1 when any one of several drafts has an error finding', async () => {
    const run = await probity(['check', draft('reply.eml'), draft('bcc.eml'), draft('reply.eml')]);
    expect(run.code, run.stdout).toBe(1);
  });
});

describe('probity check: bad usage and unreadable input exit 2 with one line on stderr', () => {
  it.each([
    ['a draft that does not exist', ['check', 'no-such-draft.eml'], /^probity: no such file: no-such-draft\.eml$/m],
    ['a folder given as a draft', ['check', 'tests'], /^probity: tests is a folder, not a file$/m],
    ['an unknown flag', ['check', '--colour', 'DRAFT'], /^probity: unknown option --colour for check \(probity check --help\)$/m],
    ['an option without its value', ['check', 'DRAFT', '--config'], /^probity: --config needs a value/m],
    ['an unknown option to rules', ['rules', '--bogus'], /^probity: unknown option --bogus for rules/m],
    ['an argument to rules', ['rules', 'extra'], /^probity: rules takes no argument "extra"/m],
    ['an unknown option to eval', ['eval', '--fast', 'tests'], /unknown option --fast for eval/],
    ['directory without import', ['directory', 'export'], /directory takes the subcommand "import"/],
    ['an unknown option to directory import', ['directory', 'import', '--party', 'x', 'DRAFT'], /unknown option --party for directory/],
    ['help on an unknown command', ['help', 'send'], /^probity: no help on "send"/m],
    ['a --date that is not ISO 8601', ['check', '--date', 'next Tuesday', 'DRAFT'], /--date/],
    ['an unknown --kind', ['check', '--kind', 'memo', 'DRAFT'], /--kind/],
    ['an unknown --format', ['check', '--format', 'xml', 'DRAFT'], /--format/],
    ['no FILE', ['check'], /FILE/],
    ['a --config file that does not exist', ['check', '--config', 'no-such-council.json', 'DRAFT'], /^probity: no such file: no-such-council\.json$/m],
    ['an unknown command', ['chek', 'DRAFT'], /chek/],
    ['no command at all', [], /command/],
    ['eval given a file instead of a directory', ['eval', 'DRAFT'], /not a directory/],
  ])('exits 2 on %s', async (_, args, mentioning) => {
    const run = await probity(args.map((arg) => arg === 'DRAFT' ? draft('reply.eml') : arg));
    expectOneErrorLine(run, mentioning);
  });

  it('exits 2 on a .docx that is not a Word document, naming the file', async () => {
    writeFileSync(draft('not-word.docx'), 'Dear Cllr Doyle, this is plain text saved as .docx');
    expectOneErrorLine(await probity(['check', draft('not-word.docx')]), /not-word\.docx/);
  });

  it('exits 2 on an invalid council.json with one line per problem naming its JSON path', async () => {
    const council = { ...OWN_COUNCIL, members: [...OWN_COUNCIL.members, { name: 'Ann Lee', emails: ['ann.lee at example'] }],
      elections: [{ name: 'By-election', poll: '4 May 2028' }] };
    writeFileSync(draft('invalid-council.json'), JSON.stringify(council));
    const run = await probity(['check', '--config', draft('invalid-council.json'), draft('reply.eml')]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const [headline, ...problems] = lines(run.stderr);
    expect(headline).toMatch(/^probity: .*invalid-council\.json: invalid configuration$/);
    expect(problems.filter((line) => line.startsWith('probity:')), run.stderr).toEqual([]);
    expect(problems).toHaveLength(2);
    expect(problems.find((line) => line.includes('members[1].emails[0]: not an email address')), run.stderr).toBeDefined();
    expect(problems.find((line) => line.includes('elections[0].poll: not a date')), run.stderr).toBeDefined();
  });

  it('exits 2 on a council.json beside the draft that is not JSON', async () => {
    mkdirSync(draft('broken'));
    writeFileSync(draft('broken/council.json'), '{ "council": "Broken Borough", ');
    writeFileSync(draft('broken/reply.eml'), officerReply());
    const run = await probity(['check', draft('broken/reply.eml')]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^probity: .*council\.json: invalid configuration\n.*not valid JSON/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('probity check --format json', () => {
  it('prints one JSON document in the SPEC 2.3 shape, offsets pointing at the excerpt', async () => {
    const run = await probity(['check', '--format', 'json', '--date', '2027-04-13T10:00:00+01:00', draft('bcc.eml'), draft('release.txt')]);
    expect(run.code, run.stderr).toBe(1);
    const { results } = checkJson(run);
    expect(results.map((result) => [result.file, result.kind])).toEqual([[draft('bcc.eml'), 'email'], [draft('release.txt'), 'press-release']]);
    expect(results[0]!.author).toEqual({ role: 'officer', name: 'Dan Foster' });

    const blind = results[0]!.findings.find((finding) => finding.ruleId === 'no-blind-copy-member');
    expect(blind).toMatchObject({ severity: 'error', field: 'bcc', start: null, end: null });
    expect(blind!.excerpt).toContain('cllr.ravi.patel@example.gov.uk');

    const named = results[1]!.findings.find((finding) => finding.ruleId === 'pre-election-member-named');
    expect(named).toMatchObject({ severity: 'error', field: 'body', excerpt: 'Cllr Owen Price' });
    expect(PRESS_RELEASE.slice(named!.start!, named!.end!)).toBe(named!.excerpt);

    for (const finding of results.flatMap((result) => result.findings)) {
      expect(finding.severity, finding.ruleId).toBe(SPEC_RULES.get(finding.ruleId));
    }
  });
});

describe('probity check --date, --kind and --config', () => {
  it('flags a press release naming a member only with a --date inside the pre-election period', async () => {
    const before = await probity(['check', '--format', 'json', '--date', '2027-01-12T10:00:00Z', draft('release.txt')]);
    const inside = await probity(['check', '--format', 'json', '--date', '2027-04-13T10:00:00+01:00', draft('release.txt')]);
    const afterPoll = await probity(['check', '--format', 'json', '--date', '2027-05-07T10:00:00+01:00', draft('release.txt')]);
    expect(ruleIds(before)).toEqual([]);
    expect(before.code).toBe(0);
    expect(ruleIds(inside)).toEqual(['pre-election-member-named']);
    expect(inside.code).toBe(1);
    expect(ruleIds(afterPoll)).toEqual([]);
  });

  it('treats a statement as council publicity when --kind press-release says so', async () => {
    const args = ['check', '--format', 'json', '--date', '2027-04-13T10:00:00+01:00'];
    const detected = checkJson(await probity([...args, draft('statement.txt')]));
    const overridden = checkJson(await probity([...args, '--kind', 'press-release', draft('statement.txt')]));
    expect(detected.results[0]!.kind).not.toBe('press-release');
    expect(detected.results[0]!.findings.map((finding) => finding.ruleId)).not.toContain('pre-election-member-named');
    expect(overridden.results[0]!.kind).toBe('press-release');
    expect(overridden.results[0]!.findings.map((finding) => finding.ruleId)).toContain('pre-election-member-named');
  });

  it('reads the council.json beside the draft by default, and --config overrides it', async () => {
    const inOwnPeriod = ['check', '--format', 'json', '--date', '2028-04-20T10:00:00+01:00'];
    expect(ruleIds(await probity([...inOwnPeriod, draft('own/release.txt')]))).toEqual(['pre-election-member-named']);
    expect(ruleIds(await probity([...inOwnPeriod, '--config', EXAMPLE_COUNCIL, draft('own/release.txt')]))).toEqual([]);
    const inExamplePeriod = ['check', '--format', 'json', '--date', '2027-04-13T10:00:00+01:00'];
    expect(ruleIds(await probity([...inExamplePeriod, draft('own/release.txt')]))).toEqual([]);
    expect(ruleIds(await probity([...inExamplePeriod, '--config', EXAMPLE_COUNCIL, draft('own/release.txt')]))).toEqual(['pre-election-member-named']);
  });
});

describe('probity check: Outlook .msg and PDF files', () => {
  it('reads the Bcc of a message Outlook saved as .msg (from @kenjiuno/msgreader\'s test suite) and flags the member in it', async () => {
    // Subject.msg is addressed to to@example.com, cc@example.com and bcc@example.com: here two of them are councillors.
    mkdirSync(draft('outlook'));
    writeFileSync(draft('outlook/council.json'), JSON.stringify({
      council: 'Example Test Council', domains: { staff: ['example.com'] },
      members: [{ name: 'Tom User', emails: ['to@example.com'] }, { name: 'Bea Cee', emails: ['bcc@example.com'] }],
    }));
    copyFileSync(join(FIXTURES, 'msgreader/Subject.msg'), draft('outlook/Subject.msg'));
    const run = await probity(['check', '--format', 'json', draft('outlook/Subject.msg')]);
    expect(run.code, run.stderr).toBe(1);
    const [result] = checkJson(run).results;
    expect(result!.findings.map((finding) => [finding.ruleId, finding.field])).toEqual([['no-blind-copy-member', 'bcc']]);
    expect(result!.findings[0]!.excerpt).toContain('bcc@example.com');
  });

  it('lists the attachments of a .msg as not read', async () => {
    const run = await probity(['check', '--format', 'json', join(FIXTURES, 'msgreader/attachmentFiles.msg')]);
    expect(checkJson(run).results[0]!.unread).toEqual(['the attachment "jpg.jpg"', 'the attachment "png.png"', 'the attachment "tif.tif"']);
    const text = await probity(['check', join(FIXTURES, 'msgreader/attachmentFiles.msg')]);
    expect(text.stdout).toContain('  No findings left, but not read: the attachment "jpg.jpg"; not read: the attachment "png.png"; not read: the attachment "tif.tif".');
  });

  it('reads a PDF written by pdf-lib, with code generation from strings disallowed', async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    const page = document.addPage([595, 842]);
    PRESS_RELEASE.split('\n').forEach((line, index) => page.drawText(line, { x: 56, y: 800 - index * 14, size: 10, font }));
    writeFileSync(draft('release.pdf'), await document.save());
    const run = await node(['--disallow-code-generation-from-strings', BIN, 'check', '--format', 'json', '--date', '2027-04-13T10:00:00+01:00', draft('release.pdf')]);
    expect(run.code, run.stderr).toBe(1);
    const [result] = checkJson(run).results;
    expect(result!.kind).toBe('press-release');
    const named = result!.findings.find((finding) => finding.ruleId === 'pre-election-member-named');
    expect(named).toMatchObject({ excerpt: 'Cllr Owen Price', line: PRESS_RELEASE.split('\n').findIndex((line) => line.includes('Cllr Owen Price')) + 1 });
  });

  it('exits 2 on a PDF that is not one, naming the file', async () => {
    writeFileSync(draft('fake.pdf'), 'Dear Cllr Doyle');
    expectOneErrorLine(await probity(['check', draft('fake.pdf')]), /^probity: .*fake\.pdf: not a PDF document$/m);
  });
});

describe('probity check: text output', () => {
  it('groups findings under each file and ends with a summary line', async () => {
    const run = await probity(['check', draft('bcc.eml'), draft('reply.eml')]);
    const blocks = run.stdout.trimEnd().split(/\n\n/);
    expect(blocks, run.stdout).toHaveLength(3);
    expect(blocks[0]!.split('\n').slice(0, 3)).toEqual([
      `${draft('bcc.eml')}  (email from Dan Foster, officer)`,
      '  error    Councillor blind-copied  [no-blind-copy-member]',
      '           Bcc: Cllr Ravi Patel <cllr.ravi.patel@example.gov.uk>',
    ]);
    expect(blocks[0]).toMatch(/^ {11}See: Model protocol, para 126$/m);
    expect(blocks[1]).toBe(`${draft('reply.eml')}  (email from Dan Foster, officer)\n`
      + '  Nothing to raise: this email follows the protocol as far as Probity can tell.');
    expect(blocks[2]).toBe('2 files: 1 error, 0 warnings, 0 info');
  });

  it('places a body finding by line and column, and gives the same line and column beside the offsets in JSON', async () => {
    const args = ['--date', '2027-04-13T10:00:00+01:00', draft('release.txt')];
    const text = await probity(['check', ...args]);
    const named = checkJson(await probity(['check', '--format', 'json', ...args])).results[0]!.findings
      .find((finding) => finding.ruleId === 'pre-election-member-named')!;
    const before = PRESS_RELEASE.slice(0, named.start!).split('\n');
    expect(named).toMatchObject({ line: before.length, column: before.at(-1)!.length + 1 });
    expect(text.stdout).toContain(`           Line ${named.line}, column ${named.column}: "Cllr Owen Price"`);
  });

  it('writes dates as UK dates and citations as paragraphs of the protocol', async () => {
    const run = await probity(['check', '--date', '2027-04-13T10:00:00+01:00', draft('release.txt')]);
    expect(run.stdout).toContain('during the pre-election period for Borough elections 2027 (from 31 March 2027).');
    expect(run.stdout).toContain('until after polling day (6 May 2027)');
    expect(run.stdout).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    expect(run.stdout).toMatch(/^ {11}See: Model protocol, paras 125 and 121; Code of Recommended Practice on Local Authority Publicity, para 34$/m);
  });

  it('prints no ANSI colour when stdout is not a terminal', async () => {
    const run = await probity(['check', draft('bcc.eml')]);
    expect(run.stdout).toContain('error');
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('probity eval', () => {
  it('scores a corpus directory and ends with a one-line summary', async () => {
    const corpus = join(FIXTURES, 'corpus/london-councils');
    const run = await probity(['eval', corpus]);
    expect(run.code, run.stderr).toBe(0);
    const summary = EVAL_SUMMARY.exec(lastLine(run.stdout));
    expect(summary, run.stdout).not.toBeNull();
    expect(Number(summary![1])).toBe(readdirSync(corpus).filter((name) => name.endsWith('.expect.json')).length);
  });

  it('lists each miss with its case and rule', async () => {
    mkdirSync(draft('mislabelled'));
    writeFileSync(draft('mislabelled/reply.eml'), officerReply());
    writeFileSync(draft('mislabelled/reply.expect.json'), JSON.stringify({ kind: 'email', findings: [{ rule: 'no-blind-copy-member' }] }));
    writeFileSync(draft('mislabelled/bcc.eml'), officerReply('Bcc: Cllr Ravi Patel <cllr.ravi.patel@example.gov.uk>\n'));
    writeFileSync(draft('mislabelled/bcc.expect.json'), JSON.stringify({ kind: 'letter', findings: [] }));
    const run = await probity(['eval', draft('mislabelled')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ {2}missed +no-blind-copy-member +reply\.eml/m);
    expect(run.stdout).toMatch(/^ {2}false positive +no-blind-copy-member +bcc\.eml/m);
    expect(run.stdout).toMatch(/^ {2}wrong kind +\(kind\) +bcc\.eml +expected letter, detected email$/m);
    expect(lastLine(run.stdout)).toBe('2 cases: F1 0.000, precision 0.000, recall 0.000, error recall 0.000, '
      + 'clean with findings 1/1 (100.0%), kind 1/2');
  });
});

describe('probity rules', () => {
  it('lists the 23 rules of SPEC §5 with their default severities', async () => {
    expect(SPEC_RULES.size, 'rule headings read from SPEC §5').toBe(23);
    const run = await probity(['rules']);
    expect(run.code, run.stderr).toBe(0);
    const listed = lines(run.stdout).map((line) => line.split(/\s+/).slice(0, 2));
    expect(new Map(listed.map(([id, severity]) => [id!, severity!]))).toEqual(SPEC_RULES);
    expect(listed).toHaveLength(23);
  });
});

describe('probity directory import', () => {
  it('turns ModernGov GetCouncillorsByWard XML into a council.json the core accepts', async () => {
    const xml = join(FIXTURES, 'moderngov/harlow.gov.uk.xml');
    const run = await probity(['directory', 'import', '--council', 'Harlow Council', xml]);
    expect(run.code, run.stderr).toBe(0);
    expect(lines(run.stderr).every((line) => line.startsWith('probity: ')), run.stderr).toBe(true);
    const result = parseCouncilConfig(run.stdout);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.config.council).toBe('Harlow Council');
    expect(result.config.members).toHaveLength(readFileSync(xml, 'utf8').match(/<councillor>/g)!.length);
    expect(result.config.members.find((member) => member.name === 'Ian Beckett')).toMatchObject({
      emails: ['ian.beckett@harlow.gov.uk'], party: 'Labour', wards: ['Bush Fair'],
    });
    expect(result.config.members.find((member) => member.name === 'Jon Clempner')?.roles).toContain('leader');
    expect(result.config.domains.staff).toEqual(['harlow.gov.uk']);
  });

  it('writes a council.json from a CSV of members that then drives a check', async () => {
    const out = draft('northbury.json');
    const run = await probity(['directory', 'import', '--council', 'Northbury Borough Council', '--out', out, join(FIXTURES, 'members-northbury.csv')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const result = parseCouncilConfig(readFileSync(out, 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.config.members.map((member) => [member.name, member.party, member.wards, member.roles])).toEqual([
      ['Aisha Rahman', 'Labour', ['Castle'], ['leader']],
      ['Ben Carter', 'Conservative', ['Abbey'], []],
      ['Carol Evans', 'Labour', ['Abbey', 'Castle'], ['cabinet']],
      ['Dev Mistry', 'Labour', ['Abbey'], []],
    ]);
    expect(result.config.rulingGroup).toBe('Labour');

    // Names without "Cllr": only the imported directory says Ben Carter is a member.
    writeFileSync(draft('northbury.eml'), `From: Fiona Grant <fiona.grant@northbury.gov.uk>
To: Aisha Rahman <aisha.rahman@northbury.gov.uk>
Bcc: Ben Carter <ben.carter@northbury.gov.uk>
Subject: Castle ward parking
Date: Tue, 12 Jan 2027 10:30:00 +0000

Dear Aisha,

The parking review for Castle ward will go to consultation in March.

Regards,
Fiona Grant
Parking Manager
`);
    const check = await probity(['check', '--format', 'json', '--config', out, draft('northbury.eml')]);
    expect(check.code, check.stderr).toBe(1);
    expect(ruleIds(check)).toEqual(['no-blind-copy-member']);
  });
});

describe('probity check: any input is answered without a stack trace', () => {
  /** Only a hang takes this long, even on a machine whose cores are all busy; how fast is `npm run bench`'s question. */
  const HANG_MS = 120_000;

  it('checks a 10 MB .eml', { timeout: HANG_MS + 10_000 }, async () => {
    const paragraph = 'The resurfacing of Mill Lane is planned for the spring, subject to the contractor confirming dates. '
      + 'Residents will receive a letter a fortnight before work starts.\n\n';
    const headers = officerReply().slice(0, officerReply().indexOf('\n\n') + 2);
    writeFileSync(draft('large.eml'), headers + paragraph.repeat(Math.ceil(10 * 1024 * 1024 / paragraph.length)));
    expectFindingsOrOneErrorLine(await probity(['check', draft('large.eml')], HANG_MS));
  });

  it('checks a malformed MIME message', async () => {
    writeFileSync(draft('malformed.eml'), MALFORMED_MIME);
    expectFindingsOrOneErrorLine(await probity(['check', draft('malformed.eml')]));
  });
});

describe('probity check: nothing to check is said, never reported as clear', () => {
  /** Bytes from a fixed linear congruential sequence: the same "random" file on every run. */
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 1103515245 + 12345) % 251));

  it.each([
    ['an empty text file', 'empty.txt', '', 'it has no text'],
    ['an empty email', 'empty.eml', '', 'it has no text and no recipients'],
    ['random bytes saved as text', 'noise.txt', noise, /^nothing in it could be read \(the text: \d+% of its characters are unreadable bytes, so it is probably not a text file\)$/],
  ])('%s: exits 2 with the reason on stdout and one line on stderr', async (_name, file, content, reason) => {
    writeFileSync(draft(file), content);
    const run = await probity(['check', draft(file)]);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(lines(run.stderr)).toHaveLength(1);
    const said = /^probity: (.+): nothing to check: (.+)$/.exec(run.stderr.trimEnd());
    expect(said?.[1]).toBe(draft(file));
    expect(said?.[2]).toMatch(typeof reason === 'string' ? new RegExp(`^${escapeRegExp(reason)}$`) : reason);
    expect(lines(run.stdout)[1]).toBe(`  Nothing to check: ${said?.[2]}.`);
    expect(run.stdout).not.toMatch(/follows the protocol|no findings/i);
    expect(lastLine(run.stdout)).toBe('1 file: 0 errors, 0 warnings, 0 info, 1 with nothing to check');
  });

  it('says which file had nothing to check in JSON, and still checks the others', async () => {
    writeFileSync(draft('blank.txt'), '  \n\n ');
    const run = await probity(['check', '--format', 'json', draft('blank.txt'), draft('bcc.eml')]);
    expect(run.code).toBe(2);
    const { results } = checkJson(run);
    expect(results.map((result) => result.nothingToCheck)).toEqual(['it has no text', null]);
    expect(results[1]!.findings.map((finding) => finding.ruleId)).toEqual(['no-blind-copy-member']);
  });
});

describe('help', () => {
  it.each(['check', 'eval', 'rules', 'directory'])('probity %s --help describes the command and gives an example', async (command) => {
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const run = await probity(args);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(lines(run.stdout)[0]).toMatch(new RegExp(`^probity ${command}( import)?: [A-Z]?[a-z].+`));
      expect(run.stdout).toMatch(new RegExp(`^Usage: probity ${command}`, 'm'));
      expect(run.stdout).toMatch(new RegExp(`^Example:\n {2}probity ${command}\\b`, 'm'));
    }
  });

  it('probity --help lists every command with an example', async () => {
    const run = await probity(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['check', 'eval', 'rules', 'directory import']) expect(run.stdout).toContain(`probity ${command}`);
    expect(run.stdout).toMatch(/^Example:\n {2}probity check /m);
  });
});

describe('closed pipes and busy ports', () => {
  it('stops quietly when the reader has closed the pipe (probity rules | head -1)', async () => {
    const child = spawn(process.execPath, [BIN, 'rules'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before probity writes a line, so every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('npm start on a busy port says so in one line and exits 2, before building anything', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const run = await node([START], { PORT: String(port) });
      expect(run.code, run.stdout + run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toEqual([
        `Port ${port} on 127.0.0.1 is already in use: stop what is using it, or choose another port, e.g. PORT=8788 npm start.`,
      ]);
    } finally {
      busy.close();
    }
  });

  it('npm start refuses a PORT that is not a port number in one line', async () => {
    const run = await node([START], { PORT: 'eighty' });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(['PORT must be a port number from 0 to 65535, not "eighty".']);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
