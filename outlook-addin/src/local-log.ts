/**
 * Logs kept on this computer for the user and IT to see in the task pane
 * (never on the message, where nobody would look): the sends Probity could
 * not check, and the findings the user dismissed. Nothing of a message's body.
 */
import type { MailHost } from './office.ts';

/** The newest entries kept in each log; older ones drop off. */
export const LOG_ENTRIES_KEPT = 200;

export interface UncheckedSend {
  /** ISO 8601 instant. */
  at: string;
  reason: string;
  /** Whether Outlook asked the user to send anyway (Mailbox 1.14), or sent it. */
  asked: boolean;
}

export interface Override {
  at: string;
  ruleId: string;
  /** The words the finding was on (the finding's excerpt), or null for a finding about the whole message. */
  excerpt: string | null;
  reason: string;
}

export const UNCHECKED_SENDS_KEY = 'probity-unchecked-sends';
export const OVERRIDES_KEY = 'probity-overrides';

type Store = Pick<MailHost, 'storedText' | 'storeText'>;

export async function readLog<T>(host: Pick<MailHost, 'storedText'>, key: string, isEntry: (value: unknown) => value is T): Promise<T[]> {
  return storedEntries(await host.storedText(key).catch(() => null), isEntry);
}

/** The well-formed entries of a stored JSON array; none when nothing is stored or it is not a JSON array. */
export function storedEntries<T>(stored: string | null | undefined, isEntry: (value: unknown) => value is T): T[] {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

async function append<T>(host: Store, key: string, isEntry: (value: unknown) => value is T, entry: T): Promise<void> {
  const entries = [...await readLog(host, key, isEntry), entry].slice(-LOG_ENTRIES_KEPT);
  await host.storeText(key, JSON.stringify(entries));
}

const fieldsAre = (value: unknown, types: Record<string, (field: unknown) => boolean>) =>
  !!value && typeof value === 'object' && Object.entries(types).every(([name, test]) => test((value as Record<string, unknown>)[name]));
const isText = (field: unknown) => typeof field === 'string';

export const isUncheckedSend = (value: unknown): value is UncheckedSend =>
  fieldsAre(value, { at: isText, reason: isText, asked: (field) => typeof field === 'boolean' });
export const isOverride = (value: unknown): value is Override =>
  fieldsAre(value, { at: isText, ruleId: isText, reason: isText, excerpt: (field) => field === null || isText(field) });

export const readUncheckedSends = (host: Pick<MailHost, 'storedText'>) => readLog(host, UNCHECKED_SENDS_KEY, isUncheckedSend);
export const recordUncheckedSend = (host: Store, entry: UncheckedSend) => append(host, UNCHECKED_SENDS_KEY, isUncheckedSend, entry);
export const readOverrides = (host: Pick<MailHost, 'storedText'>) => readLog(host, OVERRIDES_KEY, isOverride);
export const recordOverride = (host: Store, entry: Override) => append(host, OVERRIDES_KEY, isOverride, entry);

export async function clearLogs(host: Store): Promise<void> {
  await host.storeText(UNCHECKED_SENDS_KEY, '[]');
  await host.storeText(OVERRIDES_KEY, '[]');
}

/** Both logs as CSV (RFC 4180), newest last: when, what, rule, the words, why. */
export function logsAsCsv(overrides: readonly Override[], unchecked: readonly UncheckedSend[]): string {
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rows = [
    ...overrides.map((entry) => [entry.at, 'dismissed', entry.ruleId, entry.excerpt ?? '', entry.reason]),
    ...unchecked.map((entry) => [entry.at, entry.asked ? 'not checked, user asked' : 'not checked, sent', '', '', entry.reason]),
  ].sort((a, b) => a[0]!.localeCompare(b[0]!));
  return [['date', 'event', 'rule', 'words', 'reason'], ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
