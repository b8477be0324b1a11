/**
 * The core is pure (SPEC §1, STYLE "no windows to the outside"): bundled for
 * the browser it reaches no Node built-in and leaves the command line out,
 * its own code names no host global, and the bundled engine checks a draft
 * in a bare JavaScript context, as Outlook's JavaScript-only runtime runs it,
 * without touching `window` or `document` and without evaluating code.
 */
import { isBuiltin } from 'node:module';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build, type BuildOptions, type Message, type Metafile, type OutputFile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, exampleCouncil, type DraftInput, type Finding } from '../core/src/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY_POINTS = ['core/src/index.ts', 'core/src/formats/index.ts', 'core/src/directory/index.ts'];
const CLI = 'core/src/cli.ts';

/** Globals of a browser page, an extension or Office, and of Node: none belongs in the core's own code. */
const HOST_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB',
  'chrome', 'browser', 'Office', 'fetch', 'XMLHttpRequest', 'WebSocket',
  'process', 'require', 'Buffer', 'global', '__dirname', '__filename',
];

interface BrowserBundle {
  outputs: OutputFile[];
  metafile: Metafile;
}

/** Builds for the browser; a Node built-in that cannot be resolved there is reported with the file importing it. */
async function bundleForBrowser(options: BuildOptions): Promise<{ bundle?: BrowserBundle; nodeBuiltins: string[] }> {
  try {
    const result = await build({
      absWorkingDir: ROOT, bundle: true, platform: 'browser', write: false, metafile: true, logLevel: 'silent', ...options,
    });
    return { bundle: { outputs: result.outputFiles ?? [], metafile: result.metafile! }, nodeBuiltins: [] };
  } catch (error) {
    const messages = (error as { errors?: Message[] }).errors ?? [];
    const nodeBuiltins = messages.flatMap((message) => {
      const module = /^Could not resolve "([^"]+)"/.exec(message.text)?.[1];
      return module && isBuiltin(module) ? [`${module} (imported by ${message.location?.file ?? 'an entry point'})`] : [];
    });
    if (nodeBuiltins.length === 0 || nodeBuiltins.length < messages.length) throw error;
    return { nodeBuiltins };
  }
}

describe('the core bundled for the browser', () => {
  let bundle: BrowserBundle;

  beforeAll(async () => {
    const result = await bundleForBrowser({
      entryPoints: ENTRY_POINTS, format: 'iife', globalName: 'probity', outdir: 'out',
    });
    expect(result.nodeBuiltins, 'Node built-ins reached from the core').toEqual([]);
    bundle = result.bundle!;
  });

  it('reaches no Node built-in from index, formats or directory', () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(ENTRY_POINTS.length);
    expect(inputs.filter((input) => input.startsWith('node:') || isBuiltin(input))).toEqual([]);
  });

  it('leaves the command line out', () => {
    expect(Object.keys(bundle.metafile.inputs)).not.toContain(CLI);
    expect(Object.keys(bundle.metafile.inputs)).toContain('core/src/engine.ts');
  });

  it('checks a draft with a member in Bcc in a context with nothing but the language, touching no window or document', () => {
    const index = bundle.outputs.find((output) => output.path === join(ROOT, 'out/index.js'));
    expect(index, 'the bundled index').toBeDefined();
    const { context, touched } = bareContext();
    vm.runInContext(index!.text, context, { filename: 'index.js' });
    expect(touched, 'globals touched while loading').toEqual([]);
    for (const name of ['process', 'require', 'module', 'Buffer']) {
      expect(vm.runInContext(`typeof ${name}`, context), name).toBe('undefined');
    }

    const probity = vm.runInContext('probity', context) as {
      check(draft: DraftInput, config: unknown): Finding[];
      exampleCouncil: unknown;
    };
    const findings = JSON.parse(JSON.stringify(probity.check(MEMBER_IN_BCC, probity.exampleCouncil))) as Finding[];
    expect(touched, 'globals touched while checking').toEqual([]);
    expect(findings.map((finding) => [finding.ruleId, finding.excerpt])).toContainEqual(
      ['no-blind-copy-member', 'Cllr Ravi Patel <cllr.ravi.patel@example.gov.uk>'],
    );
    expect(findings, 'the same findings as the core gives in Node').toEqual(check(MEMBER_IN_BCC, exampleCouncil));
  });
});

describe('purity checks themselves', () => {
  it('name a Node built-in a core module would import, and the module importing it', async () => {
    const { nodeBuiltins } = await bundleForBrowser(coreModule("import 'node:fs'; import { join } from 'path'; export const where = join('a');"));
    expect(nodeBuiltins).toEqual(['node:fs (imported by core/src/page.ts)', 'path (imported by core/src/page.ts)']);
  });

  it('name a free global but not a local variable of the same name', async () => {
    expect(await hostGlobalsIn(coreModule('export const title = () => document.title;'))).toEqual(['document (core/src/page.ts)']);
    expect(await hostGlobalsIn(coreModule('export const title = (document: { title: string }) => document.title;'))).toEqual([]);
  });
});

describe("the core's own code", () => {
  it(`names no browser, extension, Office or Node global outside ${CLI}`, async () => {
    const files = readdirSync(join(ROOT, 'core/src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts')).map((file) => `core/src/${file}`).filter((file) => file !== CLI);
    expect(files).toContain('core/src/engine.ts');
    expect(await hostGlobalsIn({ entryPoints: files })).toEqual([]);
  });
});

/**
 * The host globals each file's own code refers to, file by file and without
 * tree shaking, so code no entry point reaches yet is read too. esbuild's
 * `define` replaces an identifier only where no local declaration shadows
 * it, so a parameter called `document` is not counted.
 */
async function hostGlobalsIn(source: Pick<BuildOptions, 'entryPoints' | 'stdin'>): Promise<string[]> {
  const { bundle } = await bundleForBrowser({
    ...source, bundle: false, format: 'esm', outdir: 'out',
    define: Object.fromEntries(HOST_GLOBALS.map((name) => [name, `__probity_free_global_${name}`])),
  });
  return bundle!.outputs.flatMap((output) => {
    const file = bundle!.metafile.outputs[relative(ROOT, output.path)]?.entryPoint ?? output.path;
    return [...output.text.matchAll(/__probity_free_global_(\w+)/g)].map((match) => `${match[1]} (${file})`);
  });
}

/** A module written into core/src for the checks to read, as `core/src/page.ts`. */
function coreModule(contents: string): Pick<BuildOptions, 'stdin'> {
  return { stdin: { contents, loader: 'ts', sourcefile: 'page.ts', resolveDir: join(ROOT, 'core/src') } };
}

/**
 * A context holding what a JavaScript-only runtime gives a script: the
 * language itself, text encoding and URL. `self` is the global, as in a
 * worker. `window` and `document` record and throw on any access, and code
 * cannot be generated from strings.
 */
function bareContext(): { context: vm.Context; touched: string[] } {
  const touched: string[] = [];
  const context = vm.createContext({ TextDecoder, TextEncoder, URL }, { codeGeneration: { strings: false, wasm: false } });
  const global = vm.runInContext('globalThis', context) as Record<string, unknown>;
  global['self'] = global;
  for (const name of ['window', 'document']) {
    Object.defineProperty(global, name, {
      get() {
        touched.push(name);
        throw new ReferenceError(`${name} is not defined`);
      },
    });
  }
  return { context, touched };
}

const MEMBER_IN_BCC: DraftInput = {
  from: { name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' },
  to: [{ name: 'Cllr Jane Okafor', address: 'cllr.jane.okafor@example.gov.uk' }],
  bcc: [{ name: 'Cllr Ravi Patel', address: 'cllr.ravi.patel@example.gov.uk' }],
  subject: 'Missed bin collections on Orchard Way',
  date: '2027-03-09T10:15:00Z',
  body: 'Dear Cllr Okafor,\n\nThe depot will return for the two missed properties today.\n\nKind regards,\n\n'
    + 'Sam Hughes\nDirector of Environment\nsam.hughes@example.gov.uk\n01632 960 214',
};
