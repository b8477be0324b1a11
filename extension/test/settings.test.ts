import { describe, expect, it } from 'vitest';
import { exampleCouncil } from '@probity/core';
import { COUNCIL_KEY, loadSettings, saveCouncil, type StorageAreaLike } from '../src/settings.ts';

function area(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (typeof key === 'string' && key in data ? { [key]: data[key] } : {}),
    set: async (items) => {
      Object.assign(data, items);
    },
  };
}

const unreadable: StorageAreaLike = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
const northfield = { council: 'Northfield Town Council', domains: { staff: ['northfield.gov.uk'] } };

describe('loadSettings', () => {
  it('uses the example council when nothing is set', async () => {
    const settings = await loadSettings({ local: area(), managed: unreadable });
    expect(settings).toMatchObject({ source: 'example', problems: [] });
    expect(settings.config).toBe(exampleCouncil);
  });

  it('prefers the organisation policy to what the user imported', async () => {
    const settings = await loadSettings({ local: area({ [COUNCIL_KEY]: exampleCouncil }), managed: area({ [COUNCIL_KEY]: northfield }) });
    expect(settings.source).toBe('policy');
    expect(settings.config.council).toBe('Northfield Town Council');
  });

  it('sets an invalid policy aside with a line per problem and falls back to the saved settings', async () => {
    const settings = await loadSettings({
      local: area({ [COUNCIL_KEY]: northfield }),
      managed: area({ [COUNCIL_KEY]: { council: 'X', members: [{ name: 'A', emails: ['not-an-address'] }] } }),
    });
    expect(settings.source).toBe('saved');
    expect(settings.problems).toEqual([expect.stringMatching(/^Policy: members\[0\]\.emails\[0\]: not an email address/)]);
  });
});

describe('saveCouncil', () => {
  it('saves a valid configuration and keeps the previous one when the new one is invalid', async () => {
    const local = area();
    expect((await saveCouncil({ local }, northfield)).ok).toBe(true);
    const rejected = await saveCouncil({ local }, { council: '', profile: 'nowhere' });
    expect(rejected.ok).toBe(false);
    expect(rejected.ok ? [] : rejected.errors).toEqual(expect.arrayContaining([expect.stringMatching(/^profile/)]));
    expect((local.data[COUNCIL_KEY] as { council: string }).council).toBe('Northfield Town Council');
  });
});
