import type * as z from 'zod';
import { CouncilConfigSchema, type CouncilConfig } from './model.ts';
import exampleCouncilJson from '../data/example-council.json';

export type ConfigResult =
  | { ok: true; config: CouncilConfig }
  | { ok: false; errors: string[] };

/** Validates a council configuration; every problem becomes one line naming its JSON path. */
export function parseCouncilConfig(input: unknown): ConfigResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [`council.json is not valid JSON: ${(error as Error).message}`] };
    }
  }
  const parsed = CouncilConfigSchema.safeParse(value);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, errors: parsed.error.issues.map(formatIssue) };
}

export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const where = formatJsonPath(issue.path);
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}: is required`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${issue.message}`;
}

/** The example council that ships with Probity and is used when no council.json is given. */
export const exampleCouncil: CouncilConfig = (() => {
  const result = parseCouncilConfig(exampleCouncilJson);
  if (!result.ok) throw new Error(`embedded example council is invalid: ${result.errors.join('; ')}`);
  return result.config;
})();
