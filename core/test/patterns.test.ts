/**
 * Every word-list pattern in core/data, run on the worst inputs we can build
 * for it: long runs of its own words that never complete a match, runs of
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

  it.each(patterns)('%s', (_path, source) => {
    const pattern = new RegExp(source, 'gim');
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
  });
});
