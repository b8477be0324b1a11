/**
 * A CSV list of members with a header row. Columns are found by their
 * heading, in any case and order: "Name" or "Forename" and "Surname", "Party",
 * "Ward", any heading with "e-mail" in it, and "Role" or "Key posts".
 */
import { ProbityInputError } from '../errors.ts';
import { foldKey } from '../text.ts';
import { readCsv } from './csv.ts';
import type { DirectoryEntry } from './entry.ts';

type Column = 'name' | 'forename' | 'surname' | 'party' | 'ward' | 'email' | 'posts';

const HEADINGS: Record<string, Column> = {
  'name': 'name', 'full name': 'name', 'member': 'name', 'member name': 'name', 'councillor': 'name',
  'councillor name': 'name', 'display name': 'name', 'fullusername': 'name',
  'forename': 'forename', 'forenames': 'forename', 'first name': 'forename', 'firstname': 'forename', 'given name': 'forename',
  'surname': 'surname', 'last name': 'surname', 'lastname': 'surname', 'family name': 'surname',
  'party': 'party', 'political party': 'party', 'group': 'party', 'political group': 'party', 'politicalpartytitle': 'party',
  'ward': 'ward', 'wards': 'ward', 'ward name': 'ward', 'wardtitle': 'ward', 'division': 'ward', 'electoral division': 'ward',
  'role': 'posts', 'roles': 'posts', 'post': 'posts', 'posts': 'posts', 'key post': 'posts', 'key posts': 'posts',
  'keyposts': 'posts', 'position': 'posts', 'positions': 'posts',
};

export function readMemberTable(file: string, content: string, warnings: string[]): DirectoryEntry[] {
  const [header, ...rows] = readCsv(content);
  const headings = (header?.cells ?? []).map((cell) => cell.trim());
  const columns = headings.map(columnOf);
  if (!columns.includes('name') && !columns.includes('surname')) {
    const found = headings.filter(Boolean).map(quote).join(', ');
    throw new ProbityInputError(`no name column in the header row (found ${found || 'no headings'})`);
  }
  const ignored = headings.filter((heading, index) => heading && !columns[index]);
  if (ignored.length > 0) warnings.push(`${file}: ignored the columns ${ignored.map(quote).join(', ')}`);
  return rows.filter((row) => row.cells.some((cell) => cell.trim())).map((row) => {
    const cellsOf = (column: Column) => row.cells.filter((cell, index) => columns[index] === column && cell.trim());
    return {
      origin: `${file} line ${row.line}`,
      name: cellsOf('name')[0] ?? [...cellsOf('forename'), ...cellsOf('surname')].join(' '),
      party: cellsOf('party')[0] ?? '',
      wards: cellsOf('ward').flatMap((cell) => cell.split(/[;|\n]/)),
      emails: cellsOf('email').flatMap((cell) => cell.split(/[\s,;]+/)),
      posts: cellsOf('posts'),
    };
  });
}

function columnOf(heading: string): Column | undefined {
  const key = foldKey(heading).replace(/[^a-z0-9]+/g, ' ').trim();
  return HEADINGS[key] ?? (/\be ?mails?\b/.test(key) ? 'email' : undefined);
}

function quote(heading: string): string {
  return `"${heading}"`;
}
