/**
 * Every word-list pattern in core/data, and every pattern the core's own
 * modules compile when they load and check a draft (the structure that lives
 * as TypeScript beside each rule, built from those lists), run on the worst
 * inputs we can build for it: long runs of its own words that never complete a match, runs of
 * whitespace, and runs of punctuation. A pattern with catastrophic
 * backtracking takes seconds or never returns on these; a sound one takes
 * milliseconds. Each input is also read at a tenth of its length, ten times:
 * linear work takes about as long both ways, quadratic work ten times as long
 * at full length. CPU time in this process, compared with itself, so a busy
 * machine does not fail it; speed is `npm run bench`'s question.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuMilliseconds } from './work.ts';

/**
 * The patterns the core compiles with `new RegExp` (or `RegExp()`): RegExp is
 * watched while the core loads and checks one draft, which also builds the
 * patterns a council's configuration makes. Only patterns made by the core's
 * own source count, not its libraries'. Regex literals are not seen; they are
 * short and written by hand.
 */
async function compiledByCore(): Promise<Array<[string, string, string]>> {
  const compiled = new Map<string, [string, string, string]>();
  const native = globalThis.RegExp;
  const note = (pattern: RegExp): RegExp => {
    const caller = new Error().stack?.split('\n').find((line) => line.includes('/core/src/') && !line.includes('node_modules'));
    const where = caller?.match(/core\/src\/[\w/.-]+/)?.[0];
    if (where) compiled.set(`${pattern.source}/${pattern.flags}`, [where, pattern.source, pattern.flags.replace(/[gy]/g, '')]);
    return pattern;
  };
  globalThis.RegExp = new Proxy(native, {
    construct: (target, args, newTarget) => note(Reflect.construct(target, args, newTarget)),
    apply: (target, self, args) => note(Reflect.apply(target, self, args)),
  });
  try {
    const core = await import('../src/index.ts');
    const { readText } = await import('../src/formats/document.ts');
    const draft = 'Dear Cllr Price,\n\nCould the officers take option 2 out of the report before Cabinet? The Labour group will not support it.\n\nRegards';
    core.review(readText(draft), core.exampleCouncil);
  } finally {
    globalThis.RegExp = native;
  }
  return [...compiled.values()];
}

const DATA = join(import.meta.dirname, '..', 'data');
const SIZE = 100_000;
/** Linear growth gives about 1, quadratic about 10. */
const LINEAR_BOUND = 3;
/** Below this much CPU time for the ten short reads, timer noise is larger than the work: the floor of the comparison. */
const NOISE_MS = 20;

function patternsIn(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') {
    if (/\\b|\(\?:|\\s|\[\^/.test(value)) out.push([path, value.replace('{party}', '[A-Z][\\w ]+')]);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => patternsIn(item, `${path}[${index}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== 'source') patternsIn(item, `${path}.${key}`, out);
  }
}

const patterns: Array<[string, string]> = [];
for (const file of readdirSync(DATA).filter((name) => name.endsWith('.json'))) {
  patternsIn(JSON.parse(readFileSync(join(DATA, file), 'utf8')), file, patterns);
}

function adversarialInputs(source: string, size = SIZE): string[] {
  const words = [...new Set(source.match(/[A-Za-z']{2,}/g) ?? [])].slice(0, 40);
  const ofWords = words.join(' ');
  const repeat = (unit: string) => unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
  return [
    repeat(`${ofWords} `),
    repeat(`${ofWords.toUpperCase()}\t`),
    repeat(' \t'),
    repeat('\n \n'),
    repeat('-'),
    repeat('a'),
    repeat(`${words[0] ?? 'the'} `),
    repeat(`${words[0] ?? 'the'}-`),
    repeat("'s "),
  ];
}

describe('word-list patterns have no catastrophic backtracking', () => {
  it('finds patterns to check', () => {
    // Fewer than before issue #9, and falling: patterns that are structure, not word lists, move into commented TypeScript beside their rules.
    expect(patterns.length).toBeGreaterThan(20);
  });

  it.each(patterns)('%s', (_path, source) => expectLinear(source, 'im'));
});

const compiled = await compiledByCore();

describe('patterns the core compiles have no catastrophic backtracking', () => {
  it('finds patterns to check', () => {
    expect(compiled.length).toBeGreaterThan(200);
  });

  it.each(compiled)('%s (pattern %#)', (_where, source, flags) => expectLinear(source, flags));
});

/** A pattern reads each adversarial input in time that grows linearly with its length. */
function expectLinear(source: string, flags: string): void {
  const pattern = new RegExp(source, `g${flags}`);
  const read = (input: string) => {
    let count = 0;
    for (const _match of input.matchAll(pattern)) if (++count > SIZE) break;
  };
  const short = adversarialInputs(source, SIZE / 10);
  adversarialInputs(source).forEach((input, index) => {
    const shortWork = cpuMilliseconds(() => { for (let run = 0; run < 10; run++) read(short[index]!); });
    const work = cpuMilliseconds(() => read(input));
    expect(work / Math.max(shortWork, NOISE_MS), `input ${index}`).toBeLessThan(LINEAR_BOUND);
  });
}
