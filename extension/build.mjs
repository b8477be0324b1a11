// Builds the extension for Chromium and Firefox: one self-contained IIFE per
// script (content scripts cannot load modules, and nothing may be fetched at
// run time), the static pages, a manifest per browser and a zip of each.
import { mkdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { build } from 'vite';
import JSZip from 'jszip';

const root = dirname(fileURLToPath(import.meta.url));
// PROBITY_EXTENSION_OUT: build somewhere other than dist/ (the deployment kit, deploy/kit.mjs).
const dist = process.env.PROBITY_EXTENSION_OUT ? resolve(process.env.PROBITY_EXTENSION_OUT) : join(root, 'dist');
const staging = join(dist, 'chromium');
const { version, description } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
/**
 * The public half of the key a council signs its packed extension with
 * (deploy/kit.mjs): as the manifest's `key` it fixes the extension's id in
 * Chrome and Edge, packed or unpacked. Without it the id follows the folder
 * the extension is loaded from.
 */
const extensionKey = process.env.PROBITY_EXTENSION_KEY ?? null;

/** The only pages the content script may run on: the four web mail origins. */
const MAIL_ORIGINS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

const SCRIPTS = {
  content: 'src/content/main.ts',
  background: 'src/background.ts',
  options: 'src/options/options.ts',
  diagnostics: 'src/diagnostics/diagnostics.ts',
};

/**
 * The review page and its worker are ES modules built together, so the
 * readers of Outlook .msg files and of PDF (pdf.js, some 2 MB) stay in chunks
 * of their own, loaded from the extension by `import()` only when such a file
 * arrives. Every file is named review-*.js: `npm start` serves exactly those.
 */
const REVIEW_MODULES = {
  review: 'src/review/review.ts',
  'review-worker': 'src/review/engine-worker.ts',
};

/**
 * Places in dependencies that could reach the Function constructor or import
 * code from an address computed at run time, answered at build time so the
 * bundles hold none: extensions never evaluate or fetch code. A
 * place that is no longer found fails the build, so a dependency update cannot
 * quietly bring one back.
 */
const CODE_LOADING_SITES = [
  {
    // zod probes whether it may compile validators with the Function constructor: it may not.
    module: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    pattern: /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/,
    replacement: 'return false;',
  },
  {
    // underscore comes with mammoth (.docx); it looks for the global object this way when neither `self` nor `global` exists.
    module: /[\\/]underscore[\\/]modules[\\/]_setup\.js$/,
    pattern: "Function('return this')()",
    replacement: 'globalThis',
  },
  {
    // underscore compiles _.template with it; mammoth never calls _.template.
    module: /[\\/]underscore[\\/]modules[\\/]template\.js$/,
    pattern: "render = new Function(argument, '_', source);",
    replacement: "throw new Error('_.template is not available in Probity');",
  },
  {
    // JSZip's setImmediate polyfill (also under mammoth) compiles a callback given as a string; it is only ever given functions.
    module: /[\\/]jszip[\\/]dist[\\/]jszip\.min\.js$/,
    pattern: 'e=new Function(""+e)',
    replacement: 'e=function(){throw new TypeError("setImmediate needs a function")}',
  },
  {
    // pdf.js (core's PDF reader) probes whether it may compile code; Probity also tells it not to (isEvalSupported: false).
    module: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.mjs$/,
    pattern: /try \{\s*new Function\(""\);\s*return true;\s*\} catch \{\s*return false;\s*\}/,
    replacement: 'return false;',
  },
  {
    // The core-js polyfills in pdf.js's legacy build look for Node's require this way, after process.getBuiltinModule.
    module: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.mjs$/,
    pattern: 'return Function(\'return require("\' + name + \'")\')();',
    replacement: 'return undefined;',
  },
  {
    // ...and for the global object, when neither globalThis, self, window nor global exists.
    module: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.mjs$/,
    pattern: "(function () { return this; })() || Function('return this')();",
    replacement: '(function () { return this; })() || globalThis;',
  },
  {
    // pdf.js compiles PostScript calculator functions only when the probe above says it may.
    module: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/,
    pattern: 'return new Function("src", "srcOffset", "dest", "destOffset", compiled);',
    replacement: "throw new Error('compiled PDF functions are not available in Probity');",
  },
  {
    // pdf.js imports its worker from workerSrc only when no worker module is given it; core's readPdf always gives it one.
    module: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/,
    pattern: /const worker = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*this\.workerSrc\);/,
    replacement: "throw new Error('pdf.js is given its worker module in Probity');",
  },
  {
    // ...and its JPEG 2000 decoder from a URL; Probity reads text and decodes no images.
    module: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/,
    pattern: /const mod = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*path\);/,
    replacement: "throw new Error('JPEG 2000 images are not decoded in Probity');",
  },
];

const answerCodeLoadingSites = {
  name: 'probity-answer-code-loading-sites',
  transform(code, id) {
    const sites = CODE_LOADING_SITES.filter((candidate) => candidate.module.test(id));
    if (sites.length === 0) return null;
    return sites.reduce((answered, site) => {
      const replaced = answered.replace(site.pattern, site.replacement);
      if (replaced === answered) throw new Error(`${id} no longer holds ${site.pattern}; update CODE_LOADING_SITES in build.mjs`);
      return replaced;
    }, code);
  },
};

const STATIC_FILES = ['options.html', 'review.html', 'diagnostics.html', 'content.css', 'pages.css', 'managed-schema.json'];

await rm(dist, { recursive: true, force: true });
await mkdir(staging, { recursive: true });

/** The npm package a module comes from ("kenjiuno-msgreader", "pdfjs-dist"), to name its chunk; none for Probity's own. */
function packageOf(moduleId) {
  return /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(moduleId ?? '')?.[1].replace(/^@/, '').replace(/[\\/]/, '-');
}

const buildOptions = (lib, output = {}) => ({
  root,
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [answerCodeLoadingSites],
  build: {
    outDir: staging,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib,
    rollupOptions: { output },
  },
});

for (const [name, entry] of Object.entries(SCRIPTS)) {
  await build(buildOptions({ entry: join(root, entry), formats: ['iife'], name: `probity_${name}`, fileName: () => `${name}.js` }));
}
await build(buildOptions(
  { entry: Object.fromEntries(Object.entries(REVIEW_MODULES).map(([name, entry]) => [name, join(root, entry)])), formats: ['es'], fileName: (_format, name) => `${name}.js` },
  // Vite leaves the white space of ES libraries; these are loaded as they are, so they are minified like the others.
  { minify: true, chunkFileNames: ({ facadeModuleId, name }) => `review-${[packageOf(facadeModuleId), name].filter(Boolean).join('-')}.js` },
));

for (const file of STATIC_FILES) await cp(join(root, 'static', file), join(staging, file));
await cp(join(root, '..', 'ui', 'src', 'panel.css'), join(staging, 'panel.css'));
await mkdir(join(staging, 'icons'), { recursive: true });
for (const size of [16, 32, 48, 128]) await writeFile(join(staging, 'icons', `${size}.png`), icon(size));

const firefox = join(dist, 'firefox');
await cp(staging, firefox, { recursive: true });
await writeManifest(staging, 'chromium');
await writeManifest(firefox, 'firefox');
await zip(staging, join(dist, `probity-chromium-${version}.zip`));
await zip(firefox, join(dist, `probity-firefox-${version}.zip`));

function manifest(browser) {
  const icons = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' };
  return {
    manifest_version: 3,
    name: 'Probity',
    version,
    description,
    icons,
    action: { default_title: 'Probity: review a letter or press release', default_icon: icons },
    permissions: ['storage'],
    content_scripts: [{ matches: MAIL_ORIGINS, js: ['content.js'], css: ['content.css'], run_at: 'document_idle' }],
    options_ui: { page: 'options.html', open_in_tab: true },
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
    ...(browser === 'chromium'
      ? { background: { service_worker: 'background.js' }, minimum_chrome_version: '111', ...(extensionKey ? { key: extensionKey } : {}) }
      : {
          background: { scripts: ['background.js'] },
          browser_specific_settings: {
            gecko: { id: 'probity@probity.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }),
  };
}

async function writeManifest(directory, browser) {
  await writeFile(join(directory, 'manifest.json'), `${JSON.stringify(manifest(browser), null, 2)}\n`);
}

async function zip(directory, file) {
  const archive = new JSZip();
  const { readdir } = await import('node:fs/promises');
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    archive.file(path.slice(directory.length + 1), await readFile(path));
  }
  await writeFile(file, await archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** A plain toolbar icon drawn here, so the build needs no image files or tools: a blue tile with a white tick. */
function icon(size) {
  const pixels = Buffer.alloc(size * (size * 4 + 1));
  const radius = size * 0.2;
  for (let y = 0; y < size; y += 1) {
    pixels[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const dx = Math.max(radius - x, x - (size - 1 - radius), 0);
      const dy = Math.max(radius - y, y - (size - 1 - radius), 0);
      const inside = dx * dx + dy * dy <= radius * radius;
      const u = x / size;
      const v = y / size;
      const tick = (Math.abs(v - (u + 0.35)) < 0.07 && u > 0.22 && u < 0.42) || (Math.abs(v - (1.15 - u)) < 0.07 && u >= 0.38 && u < 0.8);
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const [r, g, b] = tick ? [255, 255, 255] : [15, 108, 189];
      pixels.set([r, g, b, inside ? 255 : 0], offset);
    }
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
