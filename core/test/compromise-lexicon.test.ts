/**
 * The bundles carry compromise's word list built at build time (core/compromise-lexicon.mjs):
 * the tagger they load must be the one compromise builds itself, word for word, or the
 * verb phrases every rule reads would quietly change.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import nlp from 'compromise';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtLexiconPlugin } from '../compromise-lexicon.mjs';

type Nlp = typeof nlp;
type Model = Record<string, Record<string, unknown>>;

let folder: string;
let bundled: Nlp;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'probity-compromise-'));
  const outfile = join(folder, 'compromise.mjs');
  await build({
    stdin: { contents: "export { default } from 'compromise';", resolveDir: import.meta.dirname },
    bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning', plugins: [await builtLexiconPlugin()],
  });
  bundled = (await import(pathToFileURL(outfile).href)).default as Nlp;
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const modelOf = (tagger: Nlp) => (tagger.world() as { model: Model }).model;

/** For each word whose tags are an array, the first word holding that same array. */
function sharedTags(lexicon: Record<string, unknown>): Map<string, string> {
  const first = new Map<unknown, string>();
  const owner = new Map<string, string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!Array.isArray(tags)) continue;
    if (!first.has(tags)) first.set(tags, word);
    owner.set(word, first.get(tags)!);
  }
  return owner;
}

/** What verbs.ts reads of a sentence, without the term ids compromise numbers afresh on each run. */
function verbsOf(tagger: Nlp, text: string): unknown {
  const verbs = tagger(text).verbs().json({ offset: true }) as Array<{ text: string; offset: unknown; verb: unknown }>;
  return verbs.map(({ text: verbText, offset, verb }) => ({ verbText, offset, verb }));
}

describe('the bundled compromise', () => {
  it('has the word list compromise builds, part by part', () => {
    const own = modelOf(nlp);
    const built = modelOf(bundled);
    for (const [level, parts] of Object.entries(own)) {
      for (const name of Object.keys(parts)) {
        expect(isDeepStrictEqual(built[level]![name], parts[name]), `model.${level}.${name}`).toBe(true);
      }
    }
    expect(Object.keys(built.one!.lexicon as object)).toEqual(Object.keys(own.one!.lexicon as object));
    expect(Object.keys(built.one!.lexicon as object).length).toBeGreaterThan(20_000);
  });

  it('shares a tag array between the same words as compromise does', () => {
    const built = sharedTags(modelOf(bundled).one!.lexicon as Record<string, unknown>);
    expect(built).toEqual(sharedTags(modelOf(nlp).one!.lexicon as Record<string, unknown>));
    expect(built.get('his')).toBe(built.get('her'));
  });

  it.each([
    'I will ask officers to repair the fence before the end of the month.',
    "Please don't publish the report until I've spoken to the Leader.",
    'The Council has been overcharging residents, and we were going to be refunded.',
    'Shall we review the boxes that were sorted by the planning team?',
  ])('tags "%s" as compromise does', (text) => {
    expect(verbsOf(bundled, text)).toEqual(verbsOf(nlp, text));
  });
});
