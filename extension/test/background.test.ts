import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EXCERPT_LIMIT } from '../src/override-log.ts';
import { DECISIONS_KEY } from '../src/settings.ts';

/** The listeners background.ts registers, caught by a stand-in for the browser's extension API. */
const listeners: Record<string, (...args: unknown[]) => unknown> = {};
const openOptionsPage = vi.fn(async () => undefined);
const stored: Record<string, unknown> = {};
const event = (name: string) => ({ addListener: (listener: (...args: unknown[]) => unknown) => { listeners[name] = listener; } });

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { onInstalled: event('installed'), onMessage: event('message'), openOptionsPage, getURL: (path: string) => path },
    storage: {
      onChanged: event('storage'),
      local: {
        get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
        set: async (items: Record<string, unknown>) => { Object.assign(stored, items); },
      },
    },
    action: { onClicked: event('action') },
    tabs: { create: vi.fn() },
  },
}));

beforeAll(async () => {
  await import('../src/background.ts');
});

describe('on installation', () => {
  it('does not open the setup when the extension is updated or the browser updates', () => {
    listeners.installed!({ reason: 'update', previousVersion: '0.0.9' });
    listeners.installed!({ reason: 'chrome_update' });
    expect(openOptionsPage).not.toHaveBeenCalled();
  });

  it('opens the setup page when the extension is first installed', () => {
    listeners.installed!({ reason: 'install' });
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });
});

describe('the override log', () => {
  it('keeps what a content script records, its flagged words cut short, and refuses anything that is not an entry', async () => {
    const entry = { action: 'sent-anyway', ruleIds: ['member-letter-obligation'], excerpts: ['x'.repeat(EXCERPT_LIMIT * 3)], reason: 'Agreed', site: 'gmail', at: '2026-03-04T09:15:00.000Z' };
    await listeners.message!({ type: 'record-decision', decision: entry }, {});
    await listeners.message!({ type: 'record-decision', decision: { action: 'sent-anyway', body: 'the whole message' } }, {});
    expect(stored[DECISIONS_KEY]).toEqual([{ ...entry, excerpts: [`${'x'.repeat(EXCERPT_LIMIT - 1)}…`] }]);
  });
});
