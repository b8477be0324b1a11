import type * as z from 'zod';
import { CouncilConfigSchema, type CouncilConfig } from './model.ts';
import { rules } from './rules/index.ts';
import { decodeTextFile } from './text.ts';
import exampleCouncilJson from '../data/example-council.json';
import ruleRenames from '../data/rule-renames.json';

export type ConfigResult =
  | { ok: true; config: CouncilConfig }
  | { ok: false; errors: string[] };

const RULE_IDS = new Set(rules.map((rule) => rule.meta.id));

/**
 * Validates a council configuration: the parsed value, its JSON text, or the
 * file's bytes (UTF-8, or UTF-8 or UTF-16 with a byte-order mark, as Windows
 * tools save it). Every problem becomes one line naming its JSON path.
 */
export function parseCouncilConfig(input: unknown): ConfigResult {
  let value = input instanceof Uint8Array ? decodeTextFile(input) : input;
  if (typeof value === 'string') {
    const text = value.replace(/^\uFEFF/, '');
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, errors: [`council.json is not valid JSON: ${describeSyntaxError(text)}`] };
    }
  }
  const parsed = CouncilConfigSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap(formatIssue) };
  const { settings, errors } = knownRuleSettings(parsed.data.rules, ruleRenames.renames);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config: { ...parsed.data, rules: settings } };
}

/** The lines a host prints for a configuration it refuses, each naming the file: "council.json: rules.x: …". */
export function configProblemLines(fileName: string, errors: readonly string[]): string[] {
  return errors.map((error) => `${fileName}: ${error}`);
}

/**
 * Rule settings under today's ids: a renamed rule's old id still works (a setting under the new id wins),
 * and an id that names no rule is refused rather than silently doing nothing.
 */
export function knownRuleSettings<T>(
  settings: Record<string, T>, renames: Record<string, string>,
): { settings: Record<string, T>; errors: string[] } {
  const known: Record<string, T> = {};
  const errors: string[] = [];
  for (const [id, setting] of Object.entries(settings)) {
    const current = renames[id] ?? id;
    if (!RULE_IDS.has(current)) {
      const near = nearestRuleId(id);
      errors.push(`${formatJsonPath(['rules', id])}: no rule has this id${near ? ` (did you mean "${near}"?)` : ''}`);
    } else if (current === id || !(current in settings)) {
      known[current] = setting;
    }
  }
  return { settings: known, errors };
}

/** A misspelt id is within a few letters of the one meant. */
function nearestRuleId(id: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of RULE_IDS) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 100) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** A key that reads unambiguously after a dot is written so; any other (with a dot, a space, or empty) in brackets and quotes. */
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top level)';
}

function formatIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${formatJsonPath([...issue.path, key])}: not a setting Probity knows (check its spelling)`);
  }
  const where = formatJsonPath(issue.path);
  if (issue.code === 'invalid_type' && issue.input === undefined) return [`${where}: is required`];
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return [`${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`];
  }
  return [`${where}: ${issue.message.replace(/\s+/g, ' ')}`];
}

/**
 * Where the first syntax error is, as "line 5, column 3: expected …, found …".
 * JSON.parse's own message differs by engine and may quote the text, line
 * breaks included; this reads the text once, without recursion, so even a
 * deeply nested file gets one plain line.
 */
function describeSyntaxError(text: string): string {
  const { offset, expected } = firstSyntaxError(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset >= text.length ? 'the end of the file' : JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!));
  return `line ${line}, column ${column}: expected ${expected}, found ${found}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

type Expecting = 'value' | 'first value' | 'key' | 'first key' | 'colon' | 'after value';

const EXPECTED: Record<Expecting, string> = {
  value: 'a value',
  'first value': 'a value or "]"',
  key: 'a property name in double quotes',
  'first key': 'a property name in double quotes or "}"',
  colon: '":"',
  'after value': '"," or the end of the object or list',
};

function firstSyntaxError(text: string): { offset: number; expected: string } {
  const open: Array<'{' | '['> = [];
  let expecting: Expecting = 'value';
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  /** Reads a string from its opening quote; on a problem, `i` is left at it and what was wanted there is returned. */
  const readString = (): string | null => {
    let j = i + 1;
    while (j < text.length) {
      const code = text.charCodeAt(j);
      if (code === 0x22) {
        i = j + 1;
        return null;
      }
      if (code < 0x20) break;
      if (code !== 0x5c) j++;
      else if (j + 1 < text.length && '"\\/bfnrt'.includes(text[j + 1]!)) j += 2;
      else if (/^u[0-9a-fA-F]{4}$/.test(text.slice(j + 1, j + 6))) j += 6;
      else {
        i = j;
        return 'an escape such as \\n or \\" after the backslash';
      }
    }
    i = j;
    return 'the closing quote on the same line';
  };
  for (;;) {
    skipSpace();
    const ch = text[i];
    if (expecting === 'after value' && open.length === 0) {
      return { offset: i, expected: i < text.length ? 'the end of the file' : 'nothing more' };
    }
    if (ch === undefined) return { offset: i, expected: EXPECTED[expecting] };
    if (expecting === 'after value') {
      const container = open[open.length - 1]!;
      if (ch === ',') expecting = container === '{' ? 'key' : 'value';
      else if (ch === (container === '{' ? '}' : ']')) open.pop();
      else return { offset: i, expected: `"," or "${container === '{' ? '}' : ']'}"` };
      i++;
    } else if (expecting === 'colon') {
      if (ch !== ':') return { offset: i, expected: EXPECTED.colon };
      i++;
      expecting = 'value';
    } else if (expecting === 'key' || expecting === 'first key') {
      if (expecting === 'first key' && ch === '}') {
        open.pop();
        i++;
        expecting = 'after value';
      } else {
        if (ch !== '"') return { offset: i, expected: EXPECTED[expecting] };
        const problem = readString();
        if (problem) return { offset: i, expected: problem };
        expecting = 'colon';
      }
    } else if (expecting === 'first value' && ch === ']') {
      open.pop();
      i++;
      expecting = 'after value';
    } else if (ch === '{' || ch === '[') {
      open.push(ch);
      i++;
      expecting = ch === '{' ? 'first key' : 'first value';
    } else if (ch === '"') {
      const problem = readString();
      if (problem) return { offset: i, expected: problem };
      expecting = 'after value';
    } else {
      const pattern = ch === '-' || (ch >= '0' && ch <= '9') ? NUMBER : LITERAL;
      pattern.lastIndex = i;
      if (!pattern.test(text)) return { offset: i, expected: EXPECTED[expecting] };
      i = pattern.lastIndex;
      expecting = 'after value';
    }
  }
}

/** The example council that ships with Probity and is used when no council.json is given. */
export const exampleCouncil: CouncilConfig = (() => {
  const result = parseCouncilConfig(exampleCouncilJson);
  if (!result.ok) throw new Error(`embedded example council is invalid: ${result.errors.join('; ')}`);
  return result.config;
})();
