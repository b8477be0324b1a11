import type { Plugin } from 'esbuild';

/** An esbuild plugin that gives the bundle compromise with its word list built at build time (compromise-lexicon.mjs). */
export function builtLexiconPlugin(): Promise<Plugin>;
