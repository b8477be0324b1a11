/**
 * The fallbacks the on-send bundle carries for an ES2016 engine
 * (src/runtime/), each compared with the engine's own implementation.
 */
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { londonOffsetMinutes } from '../src/runtime/london-time.ts';
import { es2016Context } from './bare-runtime.ts';
import { ADDIN } from './built.ts';

/** Calls made in a context with only the prelude's fallbacks, and the same calls on Node's own built-ins. */
const CALLS = [
  'Object.entries({ a: 1, b: [2] })',
  'Object.values({ a: 1, b: "x" })',
  'Object.fromEntries([["a", 1], ["b", 2]])',
  'Object.fromEntries(new Map([["m", true]]))',
  'Object.hasOwn({ a: undefined }, "a") + "," + Object.hasOwn(Object.create({ a: 1 }), "a")',
  'Object.keys(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }))',
  '"7".padStart(3, "0") + "|" + "ab".padEnd(5, "xy") + "|" + "abc".padStart(2)',
  '"  a b  ".trimStart() + "|" + "  a b  ".trimEnd() + "|"',
  '[1, [2, [3, [4]]], 5].flat()',
  '[1, [2, [3, [4]]]].flat(Infinity)',
  '[1, 2, 3].flatMap((n) => (n === 2 ? [] : [n, [n * 10]]))',
  '[1, 2, 3].at(-1) + "," + [1, 2, 3].at(0) + "," + [1].at(5) + "," + "abc".at(-2)',
  '[1, 2, 3, 4].findLast((n) => n % 2 === 1) + "," + [1, 2, 3, 4].findLastIndex((n) => n > 9)',
  'Array.from("a1b22c333".matchAll(/\\d+/g), (m) => m[0] + "@" + m.index)',
  'Array.from("xx".matchAll(/(?:)/g), (m) => m.index)',
  '"a.b.c".replaceAll(".", "$") + "|" + "a-b-c".replaceAll("-", (s, i) => i) + "|" + "aXbX".replaceAll(/x/gi, "_")',
];

async function prelude(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [join(ADDIN, 'src/runtime/es2016.ts')], bundle: true, write: false, format: 'iife', platform: 'neutral', target: 'es2016',
  });
  return outputFiles[0]!.text;
}

describe('the ES2016 prelude', () => {
  it('gives an ES2016 engine each missing built-in, answering as the engine\'s own does', async () => {
    const context = es2016Context();
    expect(vm.runInContext('typeof Object.fromEntries', context)).toBe('undefined');
    vm.runInContext(await prelude(), context);
    for (const call of CALLS) {
      expect(JSON.parse(vm.runInContext(`JSON.stringify(${call})`, context)), call).toEqual(JSON.parse(JSON.stringify(eval(call))));
    }
  });

  it('settles Promise.prototype.finally and Promise.allSettled as the engine does', async () => {
    const context = es2016Context();
    vm.runInContext(await prelude(), context);
    const settled = await vm.runInContext('Promise.allSettled([1, Promise.reject(new Error("no")), Promise.resolve(3).finally(() => 9)])', context);
    expect(settled.map((entry: any) => entry.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(settled[2].value).toBe(3);
  });

  it('leaves an engine\'s own built-ins in place', async () => {
    const context = vm.createContext({});
    const own = vm.runInContext('Object.fromEntries', context);
    vm.runInContext(await prelude(), context);
    expect(vm.runInContext('Object.fromEntries', context)).toBe(own);
  });
});

describe('Europe/London without time-zone data', () => {
  const london = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  });
  const nativeOffset = (instant: Date) => {
    const parts = Object.fromEntries(london.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
    return (Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000;
  };

  it('agrees with the time-zone database every six hours from 2000 to 2040, and a minute either side of each change', () => {
    const instants: Date[] = [];
    for (let time = Date.UTC(2000, 0, 1); time < Date.UTC(2040, 0, 1); time += 6 * 3_600_000) instants.push(new Date(time));
    for (let year = 2000; year < 2040; year++) {
      for (const month of [2, 9]) {
        const lastDay = new Date(Date.UTC(year, month + 1, 0));
        const change = Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
        instants.push(new Date(change - 60_000), new Date(change), new Date(change + 60_000));
      }
    }
    const disagreements = instants.filter((instant) => londonOffsetMinutes(instant) !== nativeOffset(instant));
    expect(disagreements).toEqual([]);
    expect(instants.length).toBeGreaterThan(58_000);
  });
});
