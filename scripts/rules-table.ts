/**
 * The README's table of rules, generated from each rule's own meta: title linked
 * to its page, id, default severity, the profiles it is on in, what it flags.
 *
 *   npx tsx scripts/rules-table.ts           prints the table
 *   npx tsx scripts/rules-table.ts --write   rewrites it in README.md between the markers
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../core/src/index.ts';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));
export const TABLE_START = '<!-- rules-table:start -->';
export const TABLE_END = '<!-- rules-table:end -->';

export function rulesTable(): string {
  const rows = rules.map(({ meta }) => {
    const profiles = meta.profiles ? `${meta.profiles.map((profile) => `\`${profile}\``).join(', ')} only` : 'every profile';
    return `| [${cell(meta.title)}](docs/rules/${meta.id}.md) | \`${meta.id}\` | ${meta.severity} | ${profiles} | ${cell(meta.description)} |`;
  });
  return ['| Rule | Id | Default severity | On in | What it flags |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The text between the README's markers, without the blank lines around it; null when a marker is missing. */
export function tableInReadme(readme: string): string | null {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + TABLE_START.length, end).trim();
}

function withTable(readme: string, table: string): string {
  if (tableInReadme(readme) === null) throw new Error(`README.md needs ${TABLE_START} and ${TABLE_END}, in that order`);
  const start = readme.indexOf(TABLE_START) + TABLE_START.length;
  return `${readme.slice(0, start)}\n\n${table}\n\n${readme.slice(readme.indexOf(TABLE_END))}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = rulesTable();
  if (process.argv.includes('--write')) {
    writeFileSync(README, withTable(readFileSync(README, 'utf8'), table));
    console.log(`README.md: rules table written (${rules.length} rules)`);
  } else {
    console.log(table);
  }
}
