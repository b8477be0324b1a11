/**
 * The list of compose windows Probity could not read, kept in the extension's
 * local storage for the diagnostics page, so a council's IT team can see when
 * a change to a mail site has broken reading. Nothing in it leaves the computer.
 */
import type { ReadFailure } from '../protocol.ts';

export const READ_FAILURES_KEY = 'readFailures';

/** Enough to show a pattern over weeks, small enough never to matter for storage. */
export const READ_FAILURES_KEPT = 200;

/** The stored list with `failure` added, the oldest dropped beyond the limit. */
export function withReadFailure(stored: unknown, failure: ReadFailure): ReadFailure[] {
  const failures = Array.isArray(stored) ? (stored as ReadFailure[]) : [];
  return [...failures, failure].slice(-READ_FAILURES_KEPT);
}
