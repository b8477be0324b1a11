import { beforeAll, describe, expect, it, vi } from 'vitest';

/** The listeners background.ts registers, caught by a stand-in for the browser's extension API. */
const listeners: Record<string, (...args: unknown[]) => unknown> = {};
const openOptionsPage = vi.fn(async () => undefined);
const event = (name: string) => ({ addListener: (listener: (...args: unknown[]) => unknown) => { listeners[name] = listener; } });

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { onInstalled: event('installed'), onMessage: event('message'), openOptionsPage, getURL: (path: string) => path },
    storage: { onChanged: event('storage'), local: { get: async () => ({}), set: async () => undefined } },
    action: { onClicked: event('action') },
    tabs: { create: vi.fn() },
  },
}));

describe('on installation', () => {
  beforeAll(async () => {
    await import('../src/background.ts');
  });

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
