/**
 * No eval'd code (SPEC 6): the built browser and add-in bundles, and the
 * core's own, hold no place that can turn a string into code. A place found
 * in a bundle must be one of the few known ones, each answered: zod's
 * validator compiler, which cannot run once `z.config({ jitless: true })`
 * (core/src/model.ts) has run in that bundle, and, in the Node-only core
 * bundles, what mammoth's dependencies bring (README, "Privacy and
 * robustness"). `npm test` builds every bundle before this runs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleCouncil, parseCouncilConfig, review } from '../core/src/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Browser and add-in bundles; Microsoft's own office.js, served beside the add-in as Microsoft ships it, is not ours to scan. */
const BROWSER_DIST = ['extension/dist', 'outlook-addin/dist'];
const NODE_DIST = ['core/dist'];
const NOT_OURS = /[\\/]office-js[\\/]/;

/** Anything that makes code from a string: eval, the Function constructor called or kept under another name. */
const CODE_FROM_STRING = /\beval\s*\(|\bnew\s+Function\b|(?<![.\w$])Function\s*\(|[=,(:]\s*Function\s*[,;)]/g;

interface KnownSite { name: string; pattern: RegExp; answered: (bundle: string, browser: boolean) => boolean }

const jitless = (bundle: string) => /\(\{jitless:!0\}\)/.test(bundle);
const KNOWN_SITES: KnownSite[] = [
  { name: "zod's compiler of validators (Doc.compile)", pattern: /compile\(\)\{(?:var \w+;)?let \w+=Function,/, answered: jitless },
  { name: "zod's probe for the Function constructor (allowsEval)", pattern: /try\{(?:let \w+=Function;return new \w+|return Function)\((?:``|"")\)/, answered: jitless },
  { name: "underscore's search for the global object (under mammoth)", pattern: /Function\("return this"\)\(\)/, answered: (_bundle, browser) => !browser },
  { name: "underscore's _.template, which mammoth never calls", pattern: /\w=new Function\(\w,"_",\w\)/, answered: (_bundle, browser) => !browser },
  { name: "JSZip's setImmediate for a string callback (under mammoth)", pattern: /(\w)=new Function\(""\+\1\)/, answered: (_bundle, browser) => !browser },
];

function scripts(directory: string): string[] {
  const path = join(ROOT, directory);
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => file.endsWith('.js') && !NOT_OURS.test(file) && statSync(file).isFile());
}

/** Every place in `bundle` that can make code from a string and is not a known site answered in this bundle. */
function unansweredSites(bundle: string, browser: boolean): string[] {
  const found: string[] = [];
  for (const match of bundle.matchAll(CODE_FROM_STRING)) {
    const around = bundle.slice(Math.max(0, match.index - 60), match.index + 60);
    const site = KNOWN_SITES.find((known) => known.pattern.test(around));
    if (!site || !site.answered(bundle, browser)) found.push(site ? `${site.name}, not answered here` : around);
  }
  return found;
}

describe('no eval\'d code in any bundle', () => {
  const browserScripts = BROWSER_DIST.flatMap(scripts);
  const nodeScripts = NODE_DIST.flatMap(scripts);

  it('finds the built extension, add-in and core bundles', () => {
    for (const directory of [...BROWSER_DIST, ...NODE_DIST]) {
      expect(scripts(directory).length, `${directory} holds no built script: run npm run build`).toBeGreaterThan(0);
    }
  });

  it.each(browserScripts.map((file) => [relative(ROOT, file), file]))('%s makes no code from a string', (_name, file) => {
    expect(unansweredSites(readFileSync(file, 'utf8'), true)).toEqual([]);
  });

  it.each(nodeScripts.map((file) => [relative(ROOT, file), file]))('%s makes no code from a string outside the known Node-only sites', (_name, file) => {
    expect(unansweredSites(readFileSync(file, 'utf8'), false)).toEqual([]);
  });

  it('tells a place it does not know from the ones it does', () => {
    expect(unansweredSites('var a=1;setTimeout(()=>eval(code));', true)).toHaveLength(1);
    expect(unansweredSites('var g=Function("return this")();', true)).toEqual(["underscore's search for the global object (under mammoth), not answered here"]);
    expect(unansweredSites('compile(){let e=Function,t=1}', true)).toEqual(["zod's compiler of validators (Doc.compile), not answered here"]);
    expect(unansweredSites('x({jitless:!0});compile(){let e=Function,t=1}', true)).toEqual([]);
  });

  it('validates a configuration and checks a draft without calling the Function constructor or eval', () => {
    const calls: string[] = [];
    const original = { Function: globalThis.Function, eval: globalThis.eval };
    const trap = (name: string) => new Proxy(original[name as keyof typeof original], {
      apply: (target, self, args) => { calls.push(name); return Reflect.apply(target, self, args); },
      construct: (target, args) => { calls.push(`new ${name}`); return Reflect.construct(target, args); },
    });
    globalThis.Function = trap('Function') as FunctionConstructor;
    globalThis.eval = trap('eval') as typeof eval;
    try {
      const config = parseCouncilConfig(JSON.stringify({ council: 'Example', members: [{ name: 'Jane Okafor', emails: ['cllr.jane.okafor@example.gov.uk'] }] }));
      expect(config.ok).toBe(true);
      review({ from: { name: '', address: 'cllr.jane.okafor@example.gov.uk' }, bcc: [{ name: '', address: 'cllr.ravi.patel@example.gov.uk' }], body: 'Please see below.' }, exampleCouncil);
    } finally {
      globalThis.Function = original.Function;
      globalThis.eval = original.eval;
    }
    expect(calls).toEqual([]);
  });
});
