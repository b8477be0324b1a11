/**
 * The README against what it describes: the rules table generated from the
 * rules' meta, and the quick-start commands that CI runs too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { README, rulesTable, tableInReadme } from '../scripts/rules-table.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(README, 'utf8');

/** The commands in the README's Quick start shell block, comments dropped. */
function quickStartCommands(): string[] {
  const quickStart = readme.slice(readme.indexOf('## Quick start'));
  const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
  return block.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

/** The commands .ci/run runs, comments and blank lines dropped. */
function ciCommands(): string[] {
  return readFileSync(join(ROOT, '.ci/run'), 'utf8').split('\n')
    .map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

describe('README', () => {
  it('has the rules table generated from the rules\' meta', () => {
    expect(tableInReadme(readme), 'README rules table is stale: run npx tsx scripts/rules-table.ts --write').toBe(rulesTable());
  });

  it('gives npm ci && npm start and npm test in its quick start', () => {
    expect(quickStartCommands()).toEqual(expect.arrayContaining(['npm ci && npm start', 'npm test']));
  });

  it('gives the test command that .ci/run runs', () => {
    const testCommand = quickStartCommands().find((command) => command.startsWith('npm test'));
    expect(testCommand, 'the quick start names a test command').toBeDefined();
    expect(ciCommands()).toContain(testCommand);
  });
});
