/**
 * The override log: every "Send anyway", dismissal and send without a full
 * check, kept in the extension's local storage under DECISIONS_KEY for the
 * user and their monitoring officer. An entry holds when, which rules, the
 * flagged words and the reason; never the message, its recipients or its
 * subject. The content script writes entries through the background; the
 * settings page reads, exports and clears them.
 */
import { DECISIONS_KEY, type StorageLike } from './settings.ts';

export type OverrideAction = 'dismissed' | 'sent-anyway' | 'sent-unchecked';

export interface OverrideEntry {
  action: OverrideAction;
  ruleIds: string[];
  /** The flagged words each decision was about, when the writer gave them; never more than EXCERPT_LIMIT characters each. */
  excerpts?: string[];
  reason: string;
  /** Where it happened: "gmail", "outlook-web". */
  site: string;
  /** ISO 8601. */
  at: string;
}

/** Flagged words are a phrase or a sentence; anything longer is cut so the log never holds a message's body. */
export const EXCERPT_LIMIT = 160;

const ACTIONS: readonly OverrideAction[] = ['dismissed', 'sent-anyway', 'sent-unchecked'];

/** The stored entries that are well formed, newest first; anything else in storage is passed over, never shown half-read. */
export async function readOverrideLog(storage: StorageLike): Promise<OverrideEntry[]> {
  const stored = (await storage.local.get(DECISIONS_KEY))[DECISIONS_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((candidate): OverrideEntry[] => {
    const entry = asEntry(candidate);
    return entry ? [entry] : [];
  }).sort((a, b) => b.at.localeCompare(a.at));
}

export async function clearOverrideLog(storage: StorageLike): Promise<void> {
  await storage.local.set?.({ [DECISIONS_KEY]: [] });
}

/** `candidate` as a log entry, its excerpts cut to EXCERPT_LIMIT, or null when it is not one: used on writing and on reading. */
export function asEntry(candidate: unknown): OverrideEntry | null {
  if (typeof candidate !== 'object' || candidate === null) return null;
  const { action, ruleIds, excerpts, reason, site, at } = candidate as Record<string, unknown>;
  if (!ACTIONS.includes(action as OverrideAction) || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return {
    action: action as OverrideAction,
    ruleIds: strings(ruleIds),
    excerpts: strings(excerpts).map((excerpt) => (excerpt.length > EXCERPT_LIMIT ? `${excerpt.slice(0, EXCERPT_LIMIT - 1)}…` : excerpt)),
    reason: typeof reason === 'string' ? reason : '',
    site: typeof site === 'string' ? site : '',
    at,
  };
}
