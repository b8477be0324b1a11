/**
 * Where the council configuration comes from: the organisation's policy
 * (managed storage) wins and makes the options read-only; otherwise what the
 * user imported; otherwise the example council that ships with Probity.
 * Works with `browser.storage` or Chrome's promise-based `chrome.storage`, so
 * pages that must not load the polyfill can use it too.
 */
import { exampleCouncil, parseCouncilConfig, type CouncilConfig } from '@probity/core';

export const COUNCIL_KEY = 'council';
export const DECISIONS_KEY = 'decisions';

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set?(items: Record<string, unknown>): Promise<void>;
}

export interface StorageLike {
  local: StorageAreaLike;
  managed?: StorageAreaLike;
}

export type SettingsSource = 'policy' | 'saved' | 'example';

export interface Settings {
  config: CouncilConfig;
  source: SettingsSource;
  /** Problems with a stored configuration that had to be set aside, one line each. */
  problems: string[];
}

export async function loadSettings(storage: StorageLike): Promise<Settings> {
  const problems: string[] = [];
  const managed = await readArea(storage.managed, COUNCIL_KEY);
  if (managed !== undefined) {
    const result = parseCouncilConfig(managed);
    if (result.ok) return { config: result.config, source: 'policy', problems };
    problems.push(...result.errors.map((error) => `Policy: ${error}`));
  }
  const saved = await readArea(storage.local, COUNCIL_KEY);
  if (saved !== undefined) {
    const result = parseCouncilConfig(saved);
    if (result.ok) return { config: result.config, source: 'saved', problems };
    problems.push(...result.errors.map((error) => `Saved settings: ${error}`));
  }
  return { config: exampleCouncil, source: 'example', problems };
}

/** Validates `candidate` and saves it only when valid, so a bad file never replaces good settings. */
export async function saveCouncil(storage: StorageLike, candidate: unknown): Promise<{ ok: true; config: CouncilConfig } | { ok: false; errors: string[] }> {
  const result = parseCouncilConfig(candidate as never);
  if (!result.ok) return result;
  await storage.local.set?.({ [COUNCIL_KEY]: result.config });
  return result;
}

async function readArea(area: StorageAreaLike | undefined, key: string): Promise<unknown> {
  if (!area) return undefined;
  try {
    return (await area.get(key))[key];
  } catch {
    // Firefox rejects reads of managed storage when no policy was ever set.
    return undefined;
  }
}
