// compromise builds its tagger's word lists every time it loads: its preTagger model unpacks the
// compressed lexicon (`lexicon/index.js`, efrt), conjugates and inflects every verb, noun and
// adjective in it (`_expand/index.js`) and unpacks its conjugation models (`models/index.js`,
// suffix-thumb), and then `nlp.plugin` copies all of it key by key into the tagger's world
// (`API/extend.js`, mergeDeep). That was most of Probity's start-up, and the result depends on
// nothing but compromise's own files, so the bundle carries the finished lists and puts them
// straight into the world. Two of compromise's modules are swapped, each by its own source with
// single lines replaced; core/test/compromise-lexicon.test.ts checks that the tagger's world made
// so equals the one compromise makes itself.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PRE_TAGGER = fileURLToPath(new URL('2-two/preTagger/', import.meta.resolve('compromise')));
const MODEL_MODULE = `${PRE_TAGGER}model/index.js`;
const PLUGIN_MODULE = `${PRE_TAGGER}plugin.js`;
/** What the swapped sources call the module that holds the built lists. */
const BUILT = 'probity-built-compromise-lexicon';

/** Where each built part lives in compromise's model: `model.one.lexicon`, … */
const PARTS = [['one', 'lexicon'], ['one', '_multiCache'], ['two', 'switches'], ['two', 'uncountable'], ['two', 'models']];
/** Joins a list's keys into one string: no key has it (checked). */
const KEY_SEPARATOR = ',';
/** A key's value is one character, its place in the list's table of values counted from here; below the UTF-16 surrogates. */
const FIRST_CODE = 0x21;
const LAST_CODE = 0xd7ff;

/** Replaces each line, which must occur exactly once: a new compromise that moved one fails the build rather than the tagger. */
function replaceLines(path, source, replacements) {
  return replacements.reduce((text, [line, replacement]) => {
    if (text.split(line).length !== 2) throw new Error(`${path} no longer has the line «${line}» once: the built compromise lexicon needs updating`);
    return text.replace(line, () => replacement);
  }, source);
}

const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * One list (an object whose values are words, tags, counts or arrays of tags) as its keys
 * joined, one character per key for its value, and the table of distinct values. A key with
 * several tags has an array of its own, except where keys share one ("her", "his", "your"):
 * each of those is kept as the key whose array it shares.
 */
function packed(list) {
  const keys = Object.keys(list);
  if (keys.some((key) => key.includes(KEY_SEPARATOR))) throw new Error(`a compromise key holds «${KEY_SEPARATOR}»: choose another separator`);
  const table = [];
  const places = new Map();
  const owners = new Map();
  const sharing = [];
  let values = '';
  for (const key of keys) {
    const value = list[key];
    if (Array.isArray(value)) {
      if (owners.has(value)) sharing.push([key, owners.get(value)]);
      else owners.set(value, key);
    }
    const content = JSON.stringify(value);
    if (!places.has(content)) {
      places.set(content, table.length);
      table.push(value);
    }
    const code = FIRST_CODE + places.get(content);
    if (code > LAST_CODE) throw new Error('a compromise list has more distinct values than the packing allows');
    values += String.fromCharCode(code);
  }
  return { keys: keys.join(KEY_SEPARATOR), values, table, sharing };
}

/**
 * A part of the model, in the order mergeDeep would copy it: each list packed, each object
 * that holds objects walked into, each other value kept as it is.
 */
function flattened(path, value) {
  if (!Object.values(value).some(isPlainObject)) return [{ path, ...packed(value) }];
  return Object.entries(value).flatMap(([key, inner]) => (isPlainObject(inner) ? flattened([...path, key], inner) : [{ path: [...path, key], value: inner }]));
}

/** The module the swapped sources import: the built lists, and the hook that puts them into the world. */
function builtModule(model) {
  const entries = PARTS.flatMap((path) => flattened(path, path.reduce((inner, key) => inner[key], model)));
  return `const entries = ${JSON.stringify(entries)};
export function fillLexicon(world) {
  for (const entry of entries) {
    const last = entry.path.at(-1);
    const holder = entry.path.slice(0, -1).reduce((inner, key) => (inner[key] ??= {}), world.model);
    if ('value' in entry) {
      holder[last] = entry.value;
      continue;
    }
    const target = (holder[last] ??= {});
    const keys = entry.keys.split(${JSON.stringify(KEY_SEPARATOR)});
    for (let index = 0; index < entry.values.length; index++) {
      const value = entry.table[entry.values.charCodeAt(index) - ${FIRST_CODE}];
      target[keys[index]] = Array.isArray(value) ? [...value] : value;
    }
    for (const [key, sharedWith] of entry.sharing) target[key] = target[sharedWith];
  }
}
`;
}

/** compromise's model with its built parts left empty: the plugin fills the world's instead. */
async function modelSource() {
  return replaceLines(MODEL_MODULE, await readFile(MODEL_MODULE, 'utf8'), [
    ["import { lexicon, switches, frozenLex } from './lexicon/index.js'", "import frozenLex from './lexicon/frozenLex.js'\nconst lexicon = {}\nconst switches = {}"],
    ["import models from './models/index.js'", 'const models = {}'],
    ["import expandLexicon from './_expand/index.js'", 'const expandLexicon = (model) => model'],
  ]);
}

/** compromise's preTagger plugin, which fills the world's lists once the rest of it is in place. */
async function pluginSource() {
  return replaceLines(PLUGIN_MODULE, await readFile(PLUGIN_MODULE, 'utf8'), [
    ["import model from './model/index.js'", `import model from './model/index.js'\nimport { fillLexicon } from '${BUILT}'`],
    ["hooks: ['preTagger'],", "hooks: ['preTagger'],\n  mutate: fillLexicon,"],
  ]);
}

/** An esbuild plugin that gives the bundle compromise with its word lists built here. */
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
