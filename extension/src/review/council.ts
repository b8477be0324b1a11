/**
 * The council the review page checks against, and how the page names it: a
 * council.json opened on the page, else the extension's settings (the
 * organisation's policy or what the user imported), else the example council
 * built into Probity, which is all there is when the page is served by
 * `npm start`.
 */
import { exampleCouncil, type CouncilConfig } from '@probity/core';
import { loadSettings, type SettingsSource, type StorageLike } from '../settings.ts';

export interface CouncilInForce {
  config: CouncilConfig;
  /** Where it came from, in words: "Northfield Town Council, set by your organisation". */
  description: string;
  /** Stored settings that had to be set aside, one line each. */
  problems: string[];
  /** True for the example council, a demo that stands in until the council's own is set up. */
  demo: boolean;
}

export interface OpenedCouncil {
  fileName: string;
  config: CouncilConfig;
}

const SOURCE_WORDS: Record<SettingsSource, string> = {
  policy: 'set by your organisation',
  saved: 'from your Probity settings',
  example: 'the example council built into Probity as a demo',
};

export async function councilInForce(storage: StorageLike | null, opened: OpenedCouncil | null): Promise<CouncilInForce> {
  if (opened) return { config: opened.config, description: `${opened.config.council}, from ${opened.fileName}`, problems: [], demo: false };
  if (!storage) {
    return { config: exampleCouncil, description: `${exampleCouncil.council}, ${SOURCE_WORDS.example} (open your council.json to use yours)`, problems: [], demo: true };
  }
  const settings = await loadSettings(storage);
  return { config: settings.config, description: `${settings.config.council}, ${SOURCE_WORDS[settings.source]}`, problems: settings.problems, demo: settings.source === 'example' };
}
