/**
 * The `probity` command line (SPEC 2.3): check drafts, score a labelled
 * corpus, list the rules, import a member directory. The only core module
 * that touches Node: files, arguments, the terminal.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCouncilConfig, exampleCouncil } from './config.ts';
import { review, type Review } from './engine.ts';
import { KINDS, type CouncilConfig, type Draft, type Finding, type Kind, type Severity } from './model.ts';
import { rules } from './rules/index.ts';
import { scoreCases, type CaseResult, type Expectation, type Score } from './evaluate.ts';
import { DOCUMENT_EXTENSIONS, MSG_AND_PDF_READERS, readDocument } from './formats/index.ts';
import { importDirectory } from './directory/index.ts';
import { formatCitations } from './citations.ts';
import { outcomeOf } from './outcome.ts';
import { ukDateTime } from './time/uk-dates.ts';

export class UsageError extends Error {}

const COMMANDS = {
  check: `probity check: checks drafts against the council's protocol on member/officer relations and the publicity code.

Usage: probity check [--config FILE] [--date ISO-8601] [--kind email|letter|press-release] [--format text|json] FILE...

Reads ${[...DOCUMENT_EXTENSIONS, ...Object.keys(MSG_AND_PDF_READERS)].join(', ')} files.

  --config FILE    the council's council.json (default: council.json beside each file, else the example council)
  --date WHEN      the moment of checking, for the pre-election period and working hours
                   (default: the email's Date, else now)
  --kind KIND      email, letter or press-release, instead of the kind Probity detects
  --format FORMAT  text (default) or json

Exit status: 0 no error found, 1 at least one error found, 2 bad usage or a file that cannot be read or has nothing to check.

Example:
  probity check --date 2027-04-13T10:00:00+01:00 drafts/press-release.docx drafts/reply.eml`,
  eval: `probity eval: scores Probity on a labelled corpus: precision, recall and F1 per rule and overall.

Usage: probity eval [--config FILE] DIR

DIR holds drafts (NAME.eml, NAME.txt, NAME.docx) each with NAME.expect.json beside it,
and the council.json they are checked against (--config overrides it).

Example:
  probity eval tests/fixtures/corpus/example-borough`,
  rules: `probity rules: lists the rules: id, default severity, title and what each flags.

Usage: probity rules

Example:
  probity rules`,
  directory: `probity directory import: turns a ModernGov GetCouncillorsByWard XML export or a CSV of members
(name, party, ward, email, roles) into a council.json.

Usage: probity directory import [--council NAME] [--profile PROFILE] [--out FILE] FILE...

  --council NAME     the council's name
  --profile PROFILE  model, london-councils, part5-borough, brent or harrow
  --out FILE         write the council.json there instead of printing it

Example:
  probity directory import --council "Harlow Council" --out council.json councillors.xml`,
} as const;

type Command = keyof typeof COMMANDS;

const USAGE = `Probity checks council correspondence against the council's protocol on member/officer relations
and the publicity code, on this computer only.

Usage:
  probity check [--config FILE] [--date ISO-8601] [--kind email|letter|press-release] [--format text|json] FILE...
  probity eval  [--config FILE] DIR
  probity rules
  probity directory import [--council NAME] [--profile PROFILE] [--out FILE] FILE...
  probity help COMMAND     (or probity COMMAND --help) for a description and an example

Example:
  probity check drafts/reply.eml`;

const CASE_EXTENSIONS = ['.eml', '.msg', '.txt', '.docx', '.pdf', '.md', '.html'];

export interface Io {
  out(text: string): void;
  err(text: string): void;
  colour: boolean;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command !== undefined && isCommand(command) && asksForHelp(rest)) {
      io.out(COMMANDS[command]);
      return 0;
    }
    switch (command) {
      case 'check': return await checkCommand(rest, io);
      case 'eval': return await evalCommand(rest, io);
      case 'rules': return rulesCommand(rest, io);
      case 'directory': return directoryCommand(rest, io);
      case '--help': case '-h': case 'help': return helpCommand(rest, io);
      case undefined:
        io.out(USAGE);
        throw new UsageError('no command given: check, eval, rules or directory');
      default: throw new UsageError(`unknown command "${command}": use check, eval, rules or directory (probity --help)`);
    }
  } catch (error) {
    io.err(`probity: ${error instanceof UsageError ? error.message : oneLine(error)}`);
    return 2;
  }
}

/** `--help` or `-h` anywhere before a `--` that ends the options. */
function asksForHelp(argv: readonly string[]): boolean {
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  return options.includes('--help') || options.includes('-h');
}

function helpCommand(argv: readonly string[], io: Io): number {
  const [topic, ...extra] = argv;
  if (extra.length > 0) throw new UsageError(`help takes one COMMAND, not "${extra.join(' ')}"`);
  if (topic === undefined) {
    io.out(USAGE);
    return 0;
  }
  if (!isCommand(topic)) throw new UsageError(`no help on "${topic}": the commands are check, eval, rules and directory`);
  io.out(COMMANDS[topic]);
  return 0;
}

function isCommand(name: string): name is Command {
  return Object.hasOwn(COMMANDS, name);
}

async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('check', argv, {
    config: { type: 'string' }, date: { type: 'string' }, kind: { type: 'string' }, format: { type: 'string', default: 'text' },
  });
  if (positionals.length === 0) throw new UsageError('check needs at least one FILE (probity check --help)');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const kind = values.kind === undefined ? undefined : parseKind(values.kind);
  const now = values.date === undefined ? undefined : parseDate(values.date);
  const results: Checked[] = [];
  for (const file of positionals) {
    const draft = await readDraft(file);
    const config = loadConfig(values.config, dirname(file));
    results.push({ file, draft, config, ...review(draft, config, { now, kind }) });
  }
  if (values.format === 'json') io.out(JSON.stringify({ results: results.map(jsonResult) }, null, 2));
  else io.out(formatText(results, io.colour));
  const unchecked = results.filter((result) => result.nothingToCheck);
  for (const result of unchecked) io.err(`probity: ${result.file}: nothing to check: ${result.nothingToCheck}`);
  if (unchecked.length > 0) return 2;
  return results.some((result) => result.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

interface Checked extends Review {
  file: string;
  draft: Draft;
  config: CouncilConfig;
}

/** SPEC 2.3's result, with `line` and `column` beside the offsets of body and subject findings, and what was not read. */
function jsonResult({ file, draft, kind, author, findings, unread, nothingToCheck }: Checked) {
  return {
    file, kind, author,
    findings: findings.map((finding) => ({ ...finding, ...lineAndColumn(finding, draft) })),
    unread,
    nothingToCheck,
  };
}

/** The 1-based line and column where a body or subject finding starts, counting characters as a reader does. */
function lineAndColumn(finding: Finding, draft: Draft): { line: number; column: number } | Record<string, never> {
  const text = finding.field === 'body' ? draft.body : finding.field === 'subject' ? draft.subject : null;
  if (text === null || finding.start === null) return {};
  const before = text.slice(0, finding.start);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

async function evalCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('eval', argv, { config: { type: 'string' } });
  const directory = positionals[0];
  if (!directory || positionals.length > 1) throw new UsageError('eval needs one DIR (probity eval --help)');
  io.out(formatScore(await scoreCorpus(directory, values.config)));
  return 0;
}

/** Scores a labelled corpus directory (SPEC 2.4) as `probity eval` does, under the given council.json or the one beside its cases. */
export async function scoreCorpus(directory: string, configFile?: string): Promise<Score> {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) throw new UsageError(`${directory}: not a directory`);
  const config = loadConfig(configFile, directory);
  const cases = readdirSync(directory).filter((name) => CASE_EXTENSIONS.includes(extname(name)) && !name.endsWith('.expect.json'))
    .filter((name) => existsSync(join(directory, expectationFile(name)))).sort();
  const results: CaseResult[] = [];
  for (const name of cases) {
    const expected = JSON.parse(readFileSync(join(directory, expectationFile(name)), 'utf8')) as Expectation;
    const draft = await readDraft(join(directory, name));
    const now = expected.date ? parseDate(expected.date) : undefined;
    let outcome: Review;
    try {
      outcome = review(draft, config, { now });
    } catch (error) {
      throw new Error(`${name}: ${oneLine(error)}`, { cause: error });
    }
    results.push({ name, expected, kind: outcome.kind, findings: outcome.findings });
  }
  return scoreCases(results);
}

function rulesCommand(argv: readonly string[], io: Io): number {
  parse('rules', argv, {}, false);
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  for (const rule of rules) {
    const only = rule.meta.profiles ? ` [${rule.meta.profiles.join(', ')} only]` : '';
    io.out(`${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${rule.meta.title}: ${rule.meta.description}${only}`);
  }
  return 0;
}

function directoryCommand(argv: readonly string[], io: Io): number {
  const [subcommand, ...rest] = argv;
  if (subcommand !== 'import') throw new UsageError('directory takes the subcommand "import" (probity directory --help)');
  const { values, positionals } = parse('directory', rest, { council: { type: 'string' }, profile: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('directory import needs at least one FILE (probity directory --help)');
  const files = positionals.map((file) => ({ name: basename(file), content: readText(file) }));
  const { config, warnings } = importDirectory(files, {
    council: values.council,
    profile: values.profile === undefined ? undefined : parseConfigProfile(values.profile),
  });
  for (const warning of warnings) io.err(`probity: ${warning}`);
  const json = `${JSON.stringify(config, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else io.out(json.trimEnd());
  return 0;
}

function parseConfigProfile(value: string) {
  const profiles = ['model', 'london-councils', 'part5-borough', 'brent', 'harrow'] as const;
  const found = profiles.find((profile) => profile === value);
  if (!found) throw new UsageError(`--profile must be one of ${profiles.join(', ')}`);
  return found;
}

async function readDraft(file: string): Promise<Draft> {
  const bytes = readBytes(file);
  try {
    return await readDocument(basename(file), bytes, MSG_AND_PDF_READERS);
  } catch (error) {
    throw new UsageError(`${file}: ${oneLine(error)}`);
  }
}

function readText(file: string): string {
  return new TextDecoder().decode(readBytes(file));
}

/** A file's bytes, or one line saying plainly why they cannot be had. */
function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder, not a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`cannot read ${file}: permission denied`);
    throw new UsageError(`cannot read ${file}: ${oneLine(error)}`);
  }
}

const configCache = new Map<string, CouncilConfig>();

/** --config, else council.json beside the file, else the embedded example council. */
function loadConfig(explicit: string | undefined, directory: string): CouncilConfig {
  const path = explicit ?? join(directory, 'council.json');
  if (!explicit && !existsSync(path)) return exampleCouncil;
  const key = resolve(path);
  const cached = configCache.get(key);
  if (cached) return cached;
  const result = parseCouncilConfig(readBytes(path));
  if (!result.ok) throw new UsageError(`${path}: invalid configuration\n${result.errors.map((line) => `  ${path}: ${line}`).join('\n')}`);
  configCache.set(key, result.config);
  return result.config;
}

function parseKind(value: string): Kind {
  const kind = KINDS.find((candidate) => candidate === value);
  if (!kind) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
  return kind;
}

function parseDate(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--date "${value}" is not an ISO 8601 date such as 2026-04-02T10:00:00+01:00`);
  }
  return date;
}

/** Node's argument parser, strict, with its errors said in one line that points to the command's help. */
function parse<T extends Record<string, { type: 'string' | 'boolean'; default?: string }>>(
  command: Command, argv: readonly string[], options: T, allowPositionals = true,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
    const option = quoted.split(' ')[0];
    const help = `(probity ${command} --help)`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option} for ${command} ${help}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${option} needs a value ${help}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`${command} takes no argument "${quoted}" ${help}`);
    throw new UsageError(`${oneLine(error)} ${help}`);
  }
}

function expectationFile(name: string): string {
  return `${name.slice(0, -extname(name).length)}.expect.json`;
}

const COLOURS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const KIND_NAMES: Record<Kind, string> = { email: 'email', letter: 'letter', 'press-release': 'press release' };
const INDENT = ' '.repeat(11);

function formatText(results: readonly Checked[], colour: boolean): string {
  const paint = (severity: Severity, text: string) => colour ? `${COLOURS[severity]}${text}\u001b[0m` : text;
  const bold = (text: string) => colour ? `\u001b[1m${text}\u001b[0m` : text;
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    lines.push(`${bold(result.file)}  (${describe(result)})`);
    if (result.findings.length === 0) lines.push(`  ${outcomeOf(result, KIND_NAMES[result.kind]).headline}`);
    for (const finding of result.findings) {
      totals[finding.severity]++;
      const rule = rules.find((candidate) => candidate.meta.id === finding.ruleId);
      lines.push(`  ${paint(finding.severity, finding.severity.padEnd(8))} ${rule?.meta.title ?? finding.ruleId}  [${finding.ruleId}]`);
      lines.push(`${INDENT}${where(finding, result)}`);
      lines.push(`${INDENT}${finding.message}`);
      if (finding.suggestion) lines.push(`${INDENT}Fix: ${finding.suggestion}`);
      if (finding.citations.length) lines.push(`${INDENT}See: ${formatCitations(finding.citations)}`);
    }
    if (result.findings.length > 0 && result.unread.length > 0) lines.push(`  Not read: ${result.unread.join('; ')}`);
    lines.push('');
  }
  const files = results.length === 1 ? '1 file' : `${results.length} files`;
  const unchecked = results.filter((result) => result.nothingToCheck).length;
  lines.push(`${files}: ${paint('error', `${totals.error} error${totals.error === 1 ? '' : 's'}`)}, `
    + `${paint('warning', `${totals.warning} warning${totals.warning === 1 ? '' : 's'}`)}, `
    + `${paint('info', `${totals.info} info`)}${unchecked ? `, ${unchecked} with nothing to check` : ''}`);
  return lines.join('\n');
}

/** "press release from Cllr Jane Okafor, member", "letter, author not recognised". */
function describe({ kind, author }: Checked): string {
  if (author.name) return `${KIND_NAMES[kind]} from ${author.name}, ${author.role}`;
  if (author.role === 'unknown') return `${KIND_NAMES[kind]}, author not recognised`;
  return `${KIND_NAMES[kind]} from ${/^[aeiou]/.test(author.role) ? 'an' : 'a'} ${author.role}`;
}

/** Where the finding is, as the reader finds it: a line and column in the body, a header, the date in the council's time zone. */
function where(finding: Finding, { draft, config }: Checked): string {
  const excerpt = finding.excerpt?.replace(/\s+/g, ' ');
  if (finding.field === 'body' || finding.field === 'subject') {
    const position = lineAndColumn(finding, draft);
    const place = finding.field === 'body' && 'line' in position ? `Line ${position.line}, column ${position.column}` : FIELD_NAMES[finding.field];
    return excerpt ? `${place}: "${excerpt}"` : place;
  }
  if (finding.field === 'date') {
    const sent = draft.date ? new Date(draft.date) : null;
    return sent && !Number.isNaN(sent.getTime()) ? `Date: ${ukDateTime(sent, config.workingHours.timeZone)}` : 'Date';
  }
  return excerpt ? `${FIELD_NAMES[finding.field]}: ${excerpt}` : FIELD_NAMES[finding.field];
}

const FIELD_NAMES: Record<Finding['field'], string> = {
  body: 'Body', subject: 'Subject', from: 'From', to: 'To', cc: 'Cc', bcc: 'Bcc', date: 'Date',
};

function formatScore(score: Score): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);
  const lines = ['rule                                   tp  fp  fn  precision  recall      f1'];
  for (const rule of [...score.perRule, score.overall]) {
    lines.push(`${rule.rule.padEnd(36)} ${String(rule.tp).padStart(3)} ${String(rule.fp).padStart(3)} ${String(rule.fn).padStart(3)}     ${percent(rule.precision)}  ${percent(rule.recall)}  ${percent(rule.f1)}`);
  }
  if (score.misses.length) {
    lines.push('', 'misses:');
    for (const miss of score.misses) lines.push(`  ${miss.type.padEnd(14)} ${miss.rule.padEnd(34)} ${miss.case}  ${miss.detail}`);
  }
  const clean = score.cleanCases ? score.cleanWithFindings / score.cleanCases : 0;
  lines.push('', `${score.cases} cases: F1 ${score.overall.f1.toFixed(3)}, precision ${score.overall.precision.toFixed(3)}, `
    + `recall ${score.overall.recall.toFixed(3)}, error recall ${score.errorRecall.toFixed(3)}, `
    + `clean with findings ${score.cleanWithFindings}/${score.cleanCases} (${(clean * 100).toFixed(1)}%), `
    + `kind ${score.kindCorrect}/${score.kindChecked}`);
  return lines.join('\n');
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
