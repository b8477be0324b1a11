// compromise builds its tagger's word list every time it loads: its preTagger model unpacks the
// compressed lexicon (`lexicon/index.js`, efrt) and conjugates and inflects every verb, noun and
// adjective in it (`_expand/index.js`), and then `nlp.plugin` copies the result word by word into
// the tagger's world (`API/extend.js`, mergeDeep). That was most of Probity's start-up, and the result
// depends on nothing but compromise's own files, so the bundle carries the finished word list and
// puts it straight into the world. Two of compromise's modules are swapped, each by its own source
// with single lines replaced; core/test/compromise-lexicon.test.ts checks that the tagger's world
// made so equals the one compromise makes itself.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PRE_TAGGER = fileURLToPath(new URL('2-two/preTagger/', import.meta.resolve('compromise')));
const MODEL_MODULE = `${PRE_TAGGER}model/index.js`;
const PLUGIN_MODULE = `${PRE_TAGGER}plugin.js`;
/** What the swapped sources call the module that holds the built word list. */
const BUILT = 'probity-built-compromise-lexicon';

/** Where each part of the word list lives in compromise's model: `model.one.lexicon`, … */
const PARTS = [['one', 'lexicon'], ['one', '_multiCache'], ['two', 'switches'], ['two', 'uncountable']];
/** Joins a part's words into one string: no word has it (checked). */
const WORD_SEPARATOR = ',';
/** A word's value is one character, its place in the part's table of values counted from here (printable ASCII). */
const FIRST_CODE = 0x21;
const LAST_CODE = 0x7e;

/** Replaces each line, which must occur exactly once: a new compromise that moved one fails the build rather than the tagger. */
function replaceLines(path, source, replacements) {
  return replacements.reduce((text, [line, replacement]) => {
    if (text.split(line).length !== 2) throw new Error(`${path} no longer has the line «${line}» once: the built compromise lexicon needs updating`);
    return text.replace(line, () => replacement);
  }, source);
}

/**
 * One part of the word list as its words joined, one character per word for its value, and
 * the table of distinct values. A word with several tags has an array of its own, except where
 * words share one ("her", "his", "your"): each of those is kept as the word whose array it shares.
 */
function packed(part) {
  const words = Object.keys(part);
  if (words.some((word) => word.includes(WORD_SEPARATOR))) throw new Error(`a compromise word holds «${WORD_SEPARATOR}»: choose another separator`);
  const table = [];
  const places = new Map();
  const owners = new Map();
  const sharing = [];
  let values = '';
  for (const word of words) {
    const value = part[word];
    if (typeof value === 'object' && value !== null) {
      if (owners.has(value)) sharing.push([word, owners.get(value)]);
      else owners.set(value, word);
    }
    const content = JSON.stringify(value);
    if (!places.has(content)) {
      places.set(content, table.length);
      table.push(value);
    }
    const code = FIRST_CODE + places.get(content);
    if (code > LAST_CODE) throw new Error('a compromise lexicon part has more distinct values than the packing allows');
    values += String.fromCharCode(code);
  }
  return { words: words.join(WORD_SEPARATOR), values, table, sharing };
}

/** The module the swapped sources import: the built word list, and the hook that puts it into the world. */
function builtModule(model) {
  const parts = PARTS.map(([level, name]) => ({ level, name, ...packed(model[level][name]) }));
  return `const parts = ${JSON.stringify(parts)};
export function fillLexicon(world) {
  for (const { level, name, words, values, table, sharing } of parts) {
    const target = world.model[level][name];
    words.split(${JSON.stringify(WORD_SEPARATOR)}).forEach((word, index) => {
      const value = table[values.charCodeAt(index) - ${FIRST_CODE}];
      target[word] = Array.isArray(value) ? [...value] : value;
    });
    for (const [word, sharedWith] of sharing) target[word] = target[sharedWith];
  }
}
`;
}

/** compromise's model with its word list left empty: the plugin fills the world's instead. */
async function modelSource() {
  return replaceLines(MODEL_MODULE, await readFile(MODEL_MODULE, 'utf8'), [
    ["import { lexicon, switches, frozenLex } from './lexicon/index.js'", "import frozenLex from './lexicon/frozenLex.js'\nconst lexicon = {}\nconst switches = {}"],
    ["import expandLexicon from './_expand/index.js'", 'const expandLexicon = (model) => model'],
  ]);
}

/** compromise's preTagger plugin, which fills the world's word list once the rest of it is in place. */
async function pluginSource() {
  return replaceLines(PLUGIN_MODULE, await readFile(PLUGIN_MODULE, 'utf8'), [
    ["import model from './model/index.js'", `import model from './model/index.js'\nimport { fillLexicon } from '${BUILT}'`],
    ["hooks: ['preTagger'],", "hooks: ['preTagger'],\n  mutate: fillLexicon,"],
  ]);
}

/** An esbuild plugin that gives the bundle compromise with its word list built here. */
export async function builtLexiconPlugin() {
  const { default: model } = await import(pathToFileURL(MODEL_MODULE).href);
  const sources = new Map([[MODEL_MODULE, await modelSource()], [PLUGIN_MODULE, await pluginSource()]]);
  const built = builtModule(model);
  return {
    name: 'built-compromise-lexicon',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${BUILT}$`) }, () => ({ path: BUILT, namespace: BUILT }));
      build.onLoad({ filter: /.*/, namespace: BUILT }, () => ({ contents: built, loader: 'js' }));
      build.onLoad({ filter: /[\\/]preTagger[\\/](?:model[\\/]index|plugin)\.js$/ }, (args) => (
        sources.has(args.path) ? { contents: sources.get(args.path), loader: 'js', resolveDir: dirname(args.path) } : undefined
      ));
    },
  };
}
