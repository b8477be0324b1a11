// Bundles the command line into one file so `probity` starts fast and needs no TypeScript at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  banner: { js: "import { createRequire as __probityRequire } from 'node:module'; const require = __probityRequire(import.meta.url);" },
  logLevel: 'warning',
});
