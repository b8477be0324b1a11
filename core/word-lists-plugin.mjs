// An esbuild plugin for bundles that ship the core: the word lists in core/data/ carry, for each
// entry, an example and a source, and each file an "about". They are for the people who maintain
// the lists (and the tests that check every example), not for the rules, which read only terms,
// patterns and scores. Leaving them out keeps the Outlook on-send bundle inside its size budget and
// gives every host less JSON to parse at start-up.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** Documentation fields of a word-list entry or file, never read at run time. */
const NOTES = new Set(['example', 'source', 'about']);
/** Files in core/data/ that are not word lists: a council configuration, and the citations whose notes users read. */
const NOT_WORD_LISTS = new Set(['example-council.json', 'citations.json']);

/** The value with every string-valued note field removed, at any depth. */
export function withoutNotes(value) {
  if (Array.isArray(value)) return value.map(withoutNotes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([key, field]) => !(NOTES.has(key) && typeof field === 'string'))
    .map(([key, field]) => [key, withoutNotes(field)]));
}

export function wordListsWithoutNotes() {
  return {
    name: 'word-lists-without-notes',
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]data[\\/][^\\/]+\.json$/ }, async ({ path }) => {
        if (NOT_WORD_LISTS.has(basename(path))) return undefined;
        return { contents: JSON.stringify(withoutNotes(JSON.parse(await readFile(path, 'utf8')))), loader: 'json' };
      });
    },
  };
}
