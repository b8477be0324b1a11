/**
 * Every message between the content scripts and the background, as one typed
 * union. The background owns the engine and the settings, so the mail page's
 * main thread never runs a check.
 */
import type { DraftInput, Dismissal, Finding, Kind } from '@probity/core';
import type { UnresolvedName } from './recipients.ts';
import type { OverrideEntry } from './override-log.ts';

export type Site = 'gmail' | 'outlook-web';

/** The parts of a compose window whose reading can fail. */
export type ReadPart = 'recipients' | 'sender' | 'body';

/** A compose window that could not be read, kept on this computer for the diagnostics page: what failed, never what was written. */
export interface ReadFailure {
  at: string;
  site: Site;
  part: ReadPart;
  detail: string;
}

export interface SeverityCounts { error: number; warning: number; info: number }

export type Request =
  | { type: 'check'; draft: DraftInput; dismissals: Dismissal[] }
  | { type: 'show-counts'; counts: SeverityCounts }
  | { type: 'record-decision'; decision: OverrideEntry }
  | { type: 'record-read-failure'; failure: ReadFailure }
  | { type: 'open-options' }
  | { type: 'open-diagnostics' };

/** `unresolved`: name-only recipients the council's directory does not know, so who they are is not known. */
export interface CheckResponse { kind: Kind; findings: Finding[]; unresolved: UnresolvedName[] }

/** The reply each request expects, so a sender cannot mistake one answer for another. */
export interface ResponseFor {
  'check': CheckResponse;
  'show-counts': void;
  'record-decision': void;
  'record-read-failure': void;
  'open-options': void;
  'open-diagnostics': void;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
