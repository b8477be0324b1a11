// Builds the add-in into dist/: the task pane (vite), the on-send handler as
// one self-contained ES2016 IIFE (esbuild), both manifests with the host
// origin written in, the icons, a local copy of Office.js and the package
// for the Microsoft 365 admin centre.
//
// Settings (environment variables):
//   PROBITY_ADDIN_ORIGIN  the HTTPS origin the council serves dist/ from;
//                         default https://localhost:3000 (office-addin-debugging's dev server)
//   PROBITY_COUNCIL_JSON  path of the council's council.json: validated now and built into the
//                         task pane and the on-send handler, so no send waits for it
//   PROBITY_COUNCIL_FETCH=1  also publish council.json beside the add-in and read it at run time
//                         (short timeout, last good copy kept), so it can change without a rebuild
//   PROBITY_DEMO=1        run on the embedded example council (demo package only)
//   PROBITY_ADDIN_OUT     build somewhere other than dist/
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { parse } from 'acorn';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import regexpu from 'regexpu-core';
import { es2016SyntaxError, isEs2016Pattern } from './es2016-syntax.mjs';
import { wordListsWithoutNotes } from '../core/word-lists-plugin.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.PROBITY_ADDIN_OUT ? resolve(process.env.PROBITY_ADDIN_OUT) : join(here, 'dist');
const DEFAULT_ORIGIN = 'https://localhost:3000';
/** The modules whose councils are validated at build time (councilsValidatedAtBuild). */
const BUILT_IN_MODULE = /[\\/]outlook-addin[\\/]src[\\/]built-in\.ts$/;
const CORE_CONFIG_MODULE = /[\\/]core[\\/]src[\\/]config\.ts$/;


const origin = hostOrigin(process.env.PROBITY_ADDIN_ORIGIN ?? DEFAULT_ORIGIN);
const demo = process.env.PROBITY_DEMO === '1';
const councilJson = process.env.PROBITY_COUNCIL_JSON ? resolve(process.env.PROBITY_COUNCIL_JSON) : null;
const fetchCouncil = process.env.PROBITY_COUNCIL_FETCH === '1';
if (fetchCouncil && !councilJson) fail('PROBITY_COUNCIL_FETCH=1 needs PROBITY_COUNCIL_JSON: the copy published beside the add-in');

function hostOrigin(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    fail(`PROBITY_ADDIN_ORIGIN is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') fail(`PROBITY_ADDIN_ORIGIN must be https:// (Office loads add-ins only over HTTPS): ${value}`);
  if (url.pathname !== '/' || url.search || url.hash) fail(`PROBITY_ADDIN_ORIGIN must be an origin with no path: ${value}`);
  return url.origin;
}

function fail(message) {
  console.error(`outlook-addin build: ${message}`);
  process.exit(2);
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const core = await import(pathToFileURL(join(here, '..', 'core/dist/index.js')).href);
const councils = builtInCouncils();

// The on-send bundle: no imports left, ES2016 syntax and built-ins, nothing but Office from the host.
await esbuild({
  entryPoints: [join(here, 'src/onsend.ts')],
  outfile: join(dist, 'onsend.js'),
  bundle: true,
  format: 'iife',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2016',
  minify: true,
  legalComments: 'none',
  // The bundle's own Intl, BigInt and globalThis, for an ES2016 engine (src/runtime/).
  inject: ['globals.ts', 'london-time.ts'].map((name) => join(here, 'src/runtime', name)),
  // The global object, for compromise (it reads `self.env` when there is no `process`; the
  // JavaScript-only runtime has no `self`) and for src/runtime/; then the built-ins an ES2016 engine lacks.
  banner: { js: `var __probityGlobal = this;\n${await es2016Prelude()}` },
  define: {
    __PROBITY_ORIGIN__: JSON.stringify(origin),
    __PROBITY_DEMO__: JSON.stringify(demo),
    __PROBITY_COUNCIL_FETCH__: JSON.stringify(fetchCouncil),
    self: '__probityGlobal',
  },
  plugins: [councilsValidatedAtBuild(), compromiseOnFirstUse(), wordListsWithoutNotes()],
  logLevel: 'warning',
});
await writeFile(join(dist, 'onsend.js'), es2016Patterns(await readFile(join(dist, 'onsend.js'), 'utf8')));

await viteBuild({
  configFile: false,
  logLevel: 'warn',
  root: join(here, 'src/taskpane'),
  base: './',
  define: { __PROBITY_DEMO__: JSON.stringify(demo), __PROBITY_COUNCIL_FETCH__: JSON.stringify(fetchCouncil) },
  plugins: [councilsValidatedAtBuildForVite()],
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2020',
    assetsDir: 'pane',
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: join(here, 'src/taskpane/taskpane.html') },
  },
});

for (const file of ['commands.html', 'commands.js', 'privacy.html', 'privacy.css']) await cp(join(here, 'static', file), join(dist, file));
await cp(join(here, 'assets'), join(dist, 'assets'), { recursive: true });
await copyOfficeJs();

if (fetchCouncil) await cp(councilJson, join(dist, 'council.json'));

const unified = withOrigin(await readFile(join(here, 'manifest/manifest.json'), 'utf8'))
  .replace(`"validDomains": ["localhost:3000"]`, `"validDomains": [${JSON.stringify(new URL(origin).host)}]`);
await writeFile(join(dist, 'manifest.json'), unified);
await writeFile(join(dist, 'manifest.xml'), withOrigin(await readFile(join(here, 'manifest/manifest.xml'), 'utf8')));
await writePackage(unified);

/**
 * The council configurations the add-in carries, validated here with the
 * core's own parser so neither bundle validates at load: the council's
 * council.json (when given), the "no configuration" council, and the
 * example council (demo builds). A council.json with problems stops the build.
 */
function builtInCouncils() {
  const validated = (input, what) => {
    const result = core.parseCouncilConfig(input);
    if (!result.ok) fail(`${what} has problems:\n  ${result.errors.join('\n  ')}`);
    return result.config;
  };
  let council = null;
  if (councilJson) {
    let text;
    try {
      text = readFileSync(councilJson, 'utf8');
    } catch (error) {
      fail(`PROBITY_COUNCIL_JSON cannot be read: ${error.message}`);
    }
    council = validated(text, councilJson);
  }
  return {
    council,
    unconfigured: validated({ council: 'No council configuration', profile: 'model' }, 'the built-in configuration'),
    example: demo ? core.exampleCouncil : null,
  };
}

/**
 * Puts the councils validated above in place of src/built-in.ts (which, in
 * tests, validates them as it loads), and answers the core's example-council
 * site the same way, so the bundles validate nothing at load. A site no
 * longer found fails the build.
 */
function councilsValidatedAtBuild() {
  return {
    name: 'probity-councils-validated-at-build',
    setup(bundler) {
      bundler.onLoad({ filter: BUILT_IN_MODULE }, () => ({ contents: builtInModule(), loader: 'ts' }));
      bundler.onLoad({ filter: CORE_CONFIG_MODULE }, async ({ path }) => ({
        contents: exampleCouncilAnswered(await readFile(path, 'utf8'), path), loader: 'ts',
      }));
    },
  };
}

/**
 * compromise (the core's language library) unpacks its word lists when it
 * loads, most of the on-send handler's load time. In the on-send bundle the
 * core's one import of it (core/src/nlp/verbs.ts) gets a stand-in that loads
 * it on first use: esbuild runs a `require`d module only when it is first
 * required. A check that needs no tagging never pays for it.
 */
function compromiseOnFirstUse() {
  const importer = /[\\/]core[\\/]src[\\/]nlp[\\/]verbs\.ts$/;
  return {
    name: 'probity-compromise-on-first-use',
    setup(bundler) {
      bundler.onResolve({ filter: /^compromise$/ }, ({ importer: from }) => (importer.test(from)
        ? { path: 'compromise-on-first-use', namespace: 'probity' }
        : undefined));
      bundler.onLoad({ filter: /^compromise-on-first-use$/, namespace: 'probity' }, () => ({
        resolveDir: here,
        contents: `
          let compromise;
          // require() takes compromise's CommonJS build, whose module.exports is the function itself.
          const load = () => compromise || (compromise = require('compromise'));
          const lexicon = () => load().model().one.lexicon;
          // The core reads the lexicon as a plain object, by key.
          const lazyLexicon = new Proxy({}, {
            get: (_, key) => lexicon()[key],
            has: (_, key) => key in lexicon(),
            getOwnPropertyDescriptor: (_, key) => {
              const found = Object.getOwnPropertyDescriptor(lexicon(), key);
              return found && { value: found.value, writable: true, enumerable: true, configurable: true };
            },
          });
          export default function nlp(text, words) { return load()(text, words); }
          nlp.model = () => ({ one: { lexicon: lazyLexicon } });
        `,
      }));
    },
  };
}

/** The same, as a Vite (Rollup) plugin for the task pane. */
function councilsValidatedAtBuildForVite() {
  return {
    name: 'probity-councils-validated-at-build',
    load(id) {
      if (BUILT_IN_MODULE.test(id)) return builtInModule();
      if (CORE_CONFIG_MODULE.test(id)) return exampleCouncilAnswered(readFileSync(id, 'utf8'), id);
      return null;
    },
  };
}

function builtInModule() {
  return `export const BUILT_IN = ${JSON.stringify(councils)};\n`;
}

function exampleCouncilAnswered(source, path) {
  const EXAMPLE_COUNCIL_SITE = /export const exampleCouncil: CouncilConfig = \(\(\) => \{[\s\S]*?\n\}\)\(\);/;
  if (!EXAMPLE_COUNCIL_SITE.test(source)) fail(`${path} no longer holds ${EXAMPLE_COUNCIL_SITE}; update build.mjs`);
  return source.replace(EXAMPLE_COUNCIL_SITE, `export const exampleCouncil: CouncilConfig = ${JSON.stringify(core.exampleCouncil)};`);
}

/**
 * Regular expressions an ES2016 engine can compile. esbuild leaves Unicode
 * property escapes to the engine (as `/\p{L}/u` literals or
 * `new RegExp("…", "u")`). Each pattern written out in full is rewritten
 * here with regexpu-core: `\p{…}` becomes the class of characters it stands
 * for today, keeping the ES2015 `u` flag, and the `s` flag becomes `[^]`.
 * What has no rewrite (lookbehind, named groups) stops the build: the core
 * writes none (its lookbehinds are `NotAfter` rules, core/src/text.ts).
 * A pattern kept in a variable and used only by `RegExp` is rewritten where
 * it is declared. Identical rewritten patterns are written once.
 */
function es2016Patterns(code) {
  const sites = [];
  /** `RegExp(name, "flags")` calls, and how often each name appears, for patterns kept in a variable (zod's emoji). */
  const byName = [];
  const identifiers = new Map();
  const declared = new Map();
  const pending = [parse(code, { ecmaVersion: 'latest', sourceType: 'script' })];
  while (pending.length) {
    const node = pending.pop();
    if (node.type === 'Literal' && node.regex) sites.push({ node, pattern: node.regex.pattern, flags: node.regex.flags });
    else if ((node.type === 'NewExpression' || node.type === 'CallExpression') && node.callee.type === 'Identifier'
      && node.callee.name === 'RegExp' && (!node.arguments[1] || isString(node.arguments[1]))) {
      const flags = node.arguments[1]?.value ?? '';
      if (isString(node.arguments[0])) sites.push({ node, pattern: node.arguments[0].value, flags });
      else if (node.arguments[0]?.type === 'Identifier') byName.push({ name: node.arguments[0].name, flags });
    } else if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && isString(node.init)) declared.set(node.id.name, node.init);
    if (node.type === 'Identifier') identifiers.set(node.name, (identifiers.get(node.name) ?? 0) + 1);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) pending.push(...value.filter((child) => child && typeof child.type === 'string'));
      else if (value && typeof value.type === 'string') pending.push(value);
    }
  }
  // A string used only as one pattern (its declaration and its RegExp calls are the name's only appearances) is rewritten where it is declared.
  for (const name of new Set(byName.map((use) => use.name))) {
    const uses = byName.filter((use) => use.name === name);
    const init = declared.get(name);
    if (init && identifiers.get(name) === uses.length + 1 && uses.every((use) => use.flags === uses[0].flags)) {
      sites.push({ node: init, pattern: init.value, flags: uses[0].flags, declaration: true });
    }
  }
  const shared = new Map();
  const classes = new Map();
  const replacements = [];
  for (const { node, pattern, flags, declaration } of sites) {
    if (isEs2016Pattern(pattern, flags) && node.type === 'Literal' && !declaration) continue;
    const newFlags = flags.replace('s', '');
    const parts = flags.includes('s') ? null : withSharedClasses(pattern, flags, classes);
    const rewritten = parts ? parts.map((part) => (typeof part === 'string' ? part : part.body)).join('')
      : regexpu(pattern, flags, { unicodePropertyEscapes: 'transform', dotAllFlag: 'transform' });
    const problem = es2016SyntaxError(rewritten, newFlags);
    if (problem) fail(`a pattern in the on-send bundle is beyond ES2016 and has no rewrite: ${problem}`);
    if (rewritten === pattern && newFlags === flags) continue;
    if (declaration && newFlags !== flags) fail(`a pattern kept in a variable needs its flags changed, which this build cannot do: /${pattern}/${flags}`);
    const expression = parts
      ? parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? JSON.stringify(part) : part.name)).join('+')
      : JSON.stringify(rewritten);
    const key = JSON.stringify([expression, newFlags]);
    if (!shared.has(key)) shared.set(key, { name: `__probityPattern${shared.size}`, expression });
    const { name } = shared.get(key);
    replacements.push({ start: node.start, end: node.end, text: declaration ? name : `new RegExp(${name},${JSON.stringify(newFlags)})` });
  }
  replacements.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, text } of replacements) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  const declarations = [
    ...[...classes.values()].map(({ name, body }) => `${name}=${JSON.stringify(body)}`),
    ...[...shared.values()].map(({ name, expression }) => `${name}=${expression}`),
  ];
  return declarations.length ? `var ${declarations.join(',')};\n${out}` : out;
}

/**
 * A pattern with each `\p{…}` escape (and `\P{…}` outside a class) put as
 * the class of characters it stands for, each class written once for the
 * whole bundle (compromise alone spells `\p{Lu}`, 5 KB as a class, a dozen
 * times): the pattern's text in parts, strings and shared classes. Null when
 * a `\P{…}` sits inside a class, which the whole-pattern rewrite handles.
 */
function withSharedClasses(pattern, flags, classes) {
  const parts = [];
  let text = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const escape = pattern[i] === '\\' ? /^\\([pP])\{([^}]*)\}/.exec(pattern.slice(i)) : null;
    if (escape) {
      const negated = escape[1] === 'P';
      if (negated && inClass) return null;
      const key = JSON.stringify([escape[2], flags]);
      if (!classes.has(key)) {
        const body = regexpu(`[\\p{${escape[2]}}]`, flags, { unicodePropertyEscapes: 'transform' }).slice(1, -1);
        classes.set(key, { name: `__probityClass${classes.size}`, body });
      }
      parts.push(inClass ? text : `${text}[${negated ? '^' : ''}`, classes.get(key));
      text = inClass ? '' : ']';
      i += escape[0].length - 1;
    } else if (pattern[i] === '\\') {
      text += pattern.slice(i, i + 2);
      i++;
    } else {
      if (pattern[i] === '[' && !inClass) inClass = true;
      else if (pattern[i] === ']' && inClass) inClass = false;
      text += pattern[i];
    }
  }
  parts.push(text);
  return parts;
}

/** src/runtime/es2016.ts on its own, as an ES2016 script, to run before the bundle. */
async function es2016Prelude() {
  const { outputFiles } = await esbuild({
    entryPoints: [join(here, 'src/runtime/es2016.ts')],
    bundle: true, write: false, format: 'iife', platform: 'neutral', target: 'es2016', minify: true, legalComments: 'none',
  });
  return outputFiles[0].text.trim();
}

function isString(node) {
  return node?.type === 'Literal' && typeof node.value === 'string';
}


function withOrigin(text) {
  return text.replaceAll(DEFAULT_ORIGIN, origin);
}

/**
 * Office.js served from the add-in's own origin rather than Microsoft's CDN,
 * so no code is loaded from elsewhere: the loader, the Outlook host scripts
 * and the English strings.
 */
async function copyOfficeJs() {
  const source = join(here, '..', 'node_modules/@microsoft/office-js/dist');
  const target = join(dist, 'office-js');
  await mkdir(target, { recursive: true });
  const wanted = (name) => !name.includes('.debug.') && !name.includes('vsdoc')
    && (name === 'office.js' || name.startsWith('outlook') || name === 'o15apptofilemappingtable.js');
  for (const name of await readdir(source)) {
    if (wanted(name)) await cp(join(source, name), join(target, name));
  }
  for (const locale of ['en-gb', 'en-us']) await cp(join(source, locale), join(target, locale), { recursive: true });
}

/** The unified manifest and its two icons, zipped as the admin centre's "Upload custom apps" expects. */
async function writePackage(manifest) {
  const zip = new JSZip();
  zip.file('manifest.json', manifest);
  zip.file('assets/color.png', await readFile(join(here, 'assets/color.png')));
  zip.file('assets/outline.png', await readFile(join(here, 'assets/outline.png')));
  await writeFile(join(dist, 'probity-outlook.zip'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

console.log(`outlook-addin: built dist/ for ${origin}${demo ? ' (demo: example council)' : ''}`);
