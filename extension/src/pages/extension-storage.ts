/**
 * The extension's storage when a page runs as an extension page, or null when
 * the same page is served from plain http by `npm start`. Feature-detected
 * rather than loaded through webextension-polyfill, which refuses to run
 * outside an extension. Firefox has `browser`; Chromium's promise-based
 * `chrome` does as well.
 */
import type { StorageLike } from '../settings.ts';

interface ExtensionGlobals {
  browser?: { storage?: Partial<StorageLike> };
  chrome?: { storage?: Partial<StorageLike> };
}

export function extensionStorage(scope: object = globalThis): StorageLike | null {
  const { browser, chrome } = scope as ExtensionGlobals;
  const storage = browser?.storage ?? chrome?.storage;
  return typeof storage?.local?.get === 'function' ? (storage as StorageLike) : null;
}
