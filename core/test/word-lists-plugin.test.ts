import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutNotes } from '../word-lists-plugin.mjs';

const DATA = new URL('../data/', import.meta.url);

describe('word lists bundled without their notes', () => {
  it('drops the example, source and about strings and keeps everything a rule reads', () => {
    const list = {
      about: 'What the list is for.',
      entries: [{ term: 'shambolic', score: -3, forms: ['shambolic'], example: 'a shambolic response', source: 'Cambridge Dictionary' }],
      pattern: '\\bas you asked\\b',
    };
    expect(withoutNotes(list)).toEqual({ entries: [{ term: 'shambolic', score: -3, forms: ['shambolic'] }], pattern: '\\bas you asked\\b' });
  });

  it('keeps a field named like a note when it is not a string', () => {
    expect(withoutNotes({ source: { kind: 'demo' }, example: ['a', 'b'] })).toEqual({ source: { kind: 'demo' }, example: ['a', 'b'] });
  });

  it('leaves every word list with the same terms it had', () => {
    for (const name of readdirSync(DATA).filter((file) => file.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(new URL(name, DATA), 'utf8'));
      const terms = (value: unknown): string[] => JSON.stringify(value).match(/"term":"[^"]*"/g) ?? [];
      expect(terms(withoutNotes(data)), name).toEqual(terms(data));
    }
  });
});
