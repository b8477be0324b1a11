import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../src/handlers.ts';
import { ensureBuilt } from './built.ts';
import { drafts } from './drafts.ts';
import { launchEvent, mockOffice, type ItemSpec } from './office-mock.ts';

/** The handler file's budget: the core and its language library are most of it. */
const SIZE_BUDGET_BYTES = 700_000;

let file: string;
let code: string;

beforeAll(() => {
  file = join(ensureBuilt(), 'onsend.js');
  code = readFileSync(file, 'utf8');
});

/** Runs the built file in a context holding nothing but the Office mock. */
function load(spec: ItemSpec = drafts.memberInBcc) {
  const { office, recorded } = mockOffice(spec);
  const context = vm.createContext({ Office: office });
  vm.runInContext(code, context, { filename: 'onsend.js' });
  return { context, recorded };
}

describe('the built on-send handler file', () => {
  it('is one ES2016 script with no import or export', () => {
    let program: ReturnType<typeof parse> | undefined;
    let error = '';
    try {
      program = parse(code, { ecmaVersion: 2016, sourceType: 'script' });
    } catch (failure) {
      error = String(failure);
    }
    expect(error, 'parses as an ES2016 script').toBe('');
    const moduleSyntax = program!.body.filter((node) => node.type === 'ImportDeclaration' || node.type.startsWith('Export'));
    expect(moduleSyntax).toHaveLength(0);
    expect(/\bimport\s*\(|\bimport\.meta\b/.test(code), 'no dynamic import').toBe(false);
  });

  it(`stays within its size budget of ${SIZE_BUDGET_BYTES} bytes`, () => {
    const size = statSync(file).size;
    console.log(`onsend.js: ${size} bytes (${(size / 1024).toFixed(0)} KiB), budget ${SIZE_BUDGET_BYTES}`);
    expect(size).toBeLessThanOrEqual(SIZE_BUDGET_BYTES);
  });

  it('never reaches for storage or Office.onReady', () => {
    const found = code.match(/\b(?:localStorage|sessionStorage|indexedDB)\b|Office\.onReady/g) ?? [];
    expect(found).toEqual([]);
  });

  it('registers its three actions in a bare context', () => {
    const { context, recorded } = load();
    expect([...recorded.associated.keys()].sort()).toEqual(Object.values(ACTIONS).sort());
    for (const name of ['window', 'document', 'localStorage', 'require', 'process']) {
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('undefined');
    }
  });

  it('blocks a draft with a member in Bcc, in a bare context', async () => {
    const started = performance.now();
    const { recorded } = load();
    const loaded = performance.now();
    const event = launchEvent();
    await recorded.associated.get(ACTIONS.messageSending)!(event);
    const finished = performance.now();
    console.log(`onsend.js in a bare context: load ${(loaded - started).toFixed(0)} ms, `
      + `first send event ${(finished - loaded).toFixed(0)} ms`);
    expect(event.calls).toHaveLength(1);
    const verdict = event.calls[0]![0] as { allowEvent: boolean; errorMessage: string };
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.errorMessage).toContain('Ravi Patel');
  });

  it('lets a clean draft go, in a bare context', async () => {
    const { recorded } = load(drafts.clean);
    const event = launchEvent();
    await recorded.associated.get(ACTIONS.messageSending)!(event);
    expect(event.calls).toEqual([[{ allowEvent: true }]]);
  });
});
