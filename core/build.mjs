// Bundles the command line into one file so `probity` starts fast and needs no TypeScript at run time,
// and the library (engine and format readers, sharing one chunk) as a Node host loads it, which the benchmark times.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { builtLexiconPlugin } from './compromise-lexicon.mjs';
import { wordListsWithoutNotes } from './word-lists-plugin.mjs';

const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  banner: { js: "import { createRequire as __probityRequire } from 'node:module'; const require = __probityRequire(import.meta.url);" },
  logLevel: 'warning',
  // Loaded from node_modules when the first PDF or .msg arrives: bundled, their 2 MB would be read on every start.
  external: ['pdfjs-dist', '@kenjiuno/msgreader'],
  plugins: [await builtLexiconPlugin(), wordListsWithoutNotes()],
};

// Chunks are named by content hash: an old build's would otherwise stay beside the new ones.
await rm('dist', { recursive: true, force: true });

await Promise.all([
  build({ ...nodeBundle, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' }),
  build({
    ...nodeBundle,
    entryPoints: { index: 'src/index.ts', formats: 'src/formats/index.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
]);
