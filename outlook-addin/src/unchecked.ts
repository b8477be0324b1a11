/**
 * The record of messages Probity could not check on send, kept on this
 * computer (never on the message, where nobody would look) for the user and
 * IT to see in the task pane: when, and why. Nothing of the message itself.
 */
import type { MailHost } from './office.ts';

export interface UncheckedSend {
  /** ISO 8601 instant. */
  at: string;
  reason: string;
  /** Whether Outlook asked the user to send anyway (Mailbox 1.14), or sent it. */
  asked: boolean;
}

export const UNCHECKED_SENDS_KEY = 'probity-unchecked-sends';
/** The newest entries kept; older ones drop off. */
export const UNCHECKED_SENDS_KEPT = 200;

export async function readUncheckedSends(host: Pick<MailHost, 'storedText'>): Promise<UncheckedSend[]> {
  const stored = await host.storedText(UNCHECKED_SENDS_KEY).catch(() => null);
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isUncheckedSend) : [];
  } catch {
    return [];
  }
}

export async function recordUncheckedSend(host: Pick<MailHost, 'storedText' | 'storeText'>, entry: UncheckedSend): Promise<void> {
  const entries = [...await readUncheckedSends(host), entry].slice(-UNCHECKED_SENDS_KEPT);
  await host.storeText(UNCHECKED_SENDS_KEY, JSON.stringify(entries));
}

function isUncheckedSend(value: unknown): value is UncheckedSend {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.at === 'string' && typeof candidate.reason === 'string' && typeof candidate.asked === 'boolean';
}
