// Builds the add-in into dist/: the task pane (vite), the on-send handler as
// one self-contained ES2016 IIFE (esbuild), both manifests with the host
// origin written in, the icons, a local copy of Office.js and the package
// for the Microsoft 365 admin centre.
//
// Settings (environment variables):
//   PROBITY_ADDIN_ORIGIN  the HTTPS origin the council serves dist/ from;
//                         default https://localhost:3000 (office-addin-debugging's dev server)
//   PROBITY_DEMO=1        run on the embedded example council (demo package only)
//   PROBITY_COUNCIL_JSON  path of the council's council.json to publish beside the add-in
//   PROBITY_ADDIN_OUT     build somewhere other than dist/
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { parse } from 'acorn';
import JSZip from 'jszip';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.PROBITY_ADDIN_OUT ? resolve(process.env.PROBITY_ADDIN_OUT) : join(here, 'dist');
const DEFAULT_ORIGIN = 'https://localhost:3000';

const origin = hostOrigin(process.env.PROBITY_ADDIN_ORIGIN ?? DEFAULT_ORIGIN);
const demo = process.env.PROBITY_DEMO === '1';

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

// The on-send bundle: no imports left, ES2016 syntax, nothing but Office from the host.
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
  // compromise reads `self.env` when there is no `process`; the JavaScript-only runtime has no `self`.
  banner: { js: 'var __probityGlobal = this;' },
  define: {
    __PROBITY_ORIGIN__: JSON.stringify(origin),
    __PROBITY_DEMO__: JSON.stringify(demo),
    self: '__probityGlobal',
  },
  logLevel: 'warning',
});
await writeFile(join(dist, 'onsend.js'), regexLiteralsAsConstructors(await readFile(join(dist, 'onsend.js'), 'utf8')));

await viteBuild({
  configFile: false,
  logLevel: 'warn',
  root: join(here, 'src/taskpane'),
  base: './',
  define: { __PROBITY_DEMO__: JSON.stringify(demo) },
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2020',
    assetsDir: 'pane',
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: join(here, 'src/taskpane/taskpane.html') },
  },
});

await writeFile(join(dist, 'commands.html'), `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Probity event handlers</title>
<script src="office-js/office.js"></script>
<script src="onsend.js"></script>
</head>
<body></body>
</html>
`);
await cp(join(here, 'static/privacy.html'), join(dist, 'privacy.html'));
await cp(join(here, 'assets'), join(dist, 'assets'), { recursive: true });
await copyOfficeJs();

if (process.env.PROBITY_COUNCIL_JSON) await cp(process.env.PROBITY_COUNCIL_JSON, join(dist, 'council.json'));

const unified = withOrigin(await readFile(join(here, 'manifest/manifest.json'), 'utf8'))
  .replace(`"validDomains": ["localhost:3000"]`, `"validDomains": [${JSON.stringify(new URL(origin).host)}]`);
await writeFile(join(dist, 'manifest.json'), unified);
await writeFile(join(dist, 'manifest.xml'), withOrigin(await readFile(join(here, 'manifest/manifest.xml'), 'utf8')));
await writePackage(unified);

/**
 * esbuild lowers most newer regular-expression syntax to `new RegExp(...)`
 * but leaves Unicode property escapes (`/\p{L}/u`, ES2018) as literals. Those
 * that the ES2016 grammar rejects become constructor calls here, so the file
 * parses as ES2016; the pattern itself is the engine's to run.
 */
function regexLiteralsAsConstructors(code) {
  const literals = [];
  const pending = [parse(code, { ecmaVersion: 'latest', sourceType: 'script' })];
  while (pending.length) {
    const node = pending.pop();
    if (node.type === 'Literal' && node.regex && !parsesAsEs2016(node.raw)) literals.push(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) pending.push(...value.filter((child) => child && typeof child.type === 'string'));
      else if (value && typeof value.type === 'string') pending.push(value);
    }
  }
  literals.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, regex } of literals) {
    out = `${out.slice(0, start)}new RegExp(${JSON.stringify(regex.pattern)},${JSON.stringify(regex.flags)})${out.slice(end)}`;
  }
  return out;
}

function parsesAsEs2016(source) {
  try {
    parse(`(${source})`, { ecmaVersion: 2016, sourceType: 'script' });
    return true;
  } catch {
    return false;
  }
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
