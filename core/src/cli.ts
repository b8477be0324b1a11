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
import { readDocument } from './formats/index.ts';
import { importDirectory } from './directory/index.ts';

export class UsageError extends Error {}

const USAGE = `Usage:
  probity check [--config FILE] [--date ISO-8601] [--kind email|letter|press-release] [--format text|json] FILE...
  probity eval  [--config FILE] DIR
  probity rules
  probity directory import [--council NAME] [--profile PROFILE] [--out FILE] FILE...`;

const CASE_EXTENSIONS = ['.eml', '.txt', '.docx', '.md', '.html'];

export interface Io {
  out(text: string): void;
  err(text: string): void;
  colour: boolean;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check': return await checkCommand(rest, io);
      case 'eval': return await evalCommand(rest, io);
      case 'rules': return rulesCommand(io);
      case 'directory': return directoryCommand(rest, io);
      case '--help': case '-h': case 'help':
        io.out(USAGE);
        return 0;
      case undefined:
        io.out(USAGE);
        throw new UsageError('no command given: check, eval, rules or directory');
      default: throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`probity: ${error.message}`);
      return 2;
    }
    io.err(`probity: ${oneLine(error)}`);
    return 2;
  }
}

async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    config: { type: 'string' }, date: { type: 'string' }, kind: { type: 'string' }, format: { type: 'string', default: 'text' },
  });
  if (positionals.length === 0) throw new UsageError('check needs at least one FILE');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format must be text or json');
  const kind = values.kind === undefined ? undefined : parseKind(values.kind);
  const now = values.date === undefined ? undefined : parseDate(values.date);
  const results: Array<{ file: string } & Review> = [];
  for (const file of positionals) {
    const draft = await readDraft(file);
    const config = loadConfig(values.config, dirname(file));
    results.push({ file, ...review(draft, config, { now, kind }) });
  }
  if (values.format === 'json') io.out(JSON.stringify({ results }, null, 2));
  else io.out(formatText(results, io.colour));
  return results.some((result) => result.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

async function evalCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { config: { type: 'string' } });
  const directory = positionals[0];
  if (!directory || positionals.length > 1) throw new UsageError('eval needs one DIR');
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

function rulesCommand(io: Io): number {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  for (const rule of rules) {
    const only = rule.meta.profiles ? ` [${rule.meta.profiles.join(', ')} only]` : '';
    io.out(`${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${rule.meta.description}${only}`);
  }
  return 0;
}

function directoryCommand(argv: readonly string[], io: Io): number {
  const [subcommand, ...rest] = argv;
  if (subcommand !== 'import') throw new UsageError('directory takes the subcommand "import"');
  const { values, positionals } = parse(rest, { council: { type: 'string' }, profile: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('directory import needs at least one FILE');
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
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? oneLine(error)})`);
  }
  try {
    return await readDocument(basename(file), bytes);
  } catch (error) {
    throw new UsageError(`${file}: ${oneLine(error)}`);
  }
}

function readText(file: string): string {
  return readBytes(file).toString('utf8');
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? oneLine(error)})`);
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

function parse<T extends Record<string, { type: 'string' | 'boolean'; default?: string }>>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function expectationFile(name: string): string {
  return `${name.slice(0, -extname(name).length)}.expect.json`;
}

const COLOURS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };

function formatText(results: ReadonlyArray<{ file: string } & Review>, colour: boolean): string {
  const paint = (severity: Severity, text: string) => colour ? `${COLOURS[severity]}${text}\u001b[0m` : text;
  const bold = (text: string) => colour ? `\u001b[1m${text}\u001b[0m` : text;
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    const author = result.author.name ? `${result.author.role}: ${result.author.name}` : result.author.role;
    lines.push(bold(`${result.file}`) + `  (${result.kind}, ${author})`);
    if (result.findings.length === 0) lines.push('  no findings');
    for (const finding of result.findings) {
      totals[finding.severity]++;
      lines.push(`  ${paint(finding.severity, finding.severity.padEnd(7))} ${finding.ruleId}  ${where(finding)}`);
      lines.push(`          ${finding.message}`);
      if (finding.suggestion) lines.push(`          Fix: ${finding.suggestion}`);
      const citation = finding.citations.map((item) => `${item.protocol} ${item.paragraph}`).join('; ');
      if (citation) lines.push(`          See: ${citation}`);
    }
    lines.push('');
  }
  const files = results.length === 1 ? '1 file' : `${results.length} files`;
  lines.push(`${files}: ${paint('error', `${totals.error} error${totals.error === 1 ? '' : 's'}`)}, `
    + `${paint('warning', `${totals.warning} warning${totals.warning === 1 ? '' : 's'}`)}, `
    + `${paint('info', `${totals.info} info`)}`);
  return lines.join('\n');
}

function where(finding: Finding): string {
  if (finding.field === 'body' || finding.field === 'subject') {
    return finding.excerpt ? `${finding.field} ${finding.start}-${finding.end}: "${finding.excerpt.replace(/\s+/g, ' ')}"` : finding.field;
  }
  return finding.excerpt ? `${finding.field}: ${finding.excerpt}` : finding.field;
}

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
