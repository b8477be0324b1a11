/**
 * The override log on the settings page: a table of what was sent anyway or
 * dismissed, a CSV file of it for the monitoring officer, and a way to clear
 * it. Nothing here leaves the computer except the file the user saves.
 */
import { ukDateTime } from '@probity/core';
import { ruleTitle } from '@probity/ui';
import { clearOverrideLog, readOverrideLog, type OverrideAction, type OverrideEntry } from '../override-log.ts';
import type { StorageLike } from '../settings.ts';
import { element, required } from '../pages/elements.ts';

const ACTION_WORDS: Record<OverrideAction, string> = {
  'dismissed': 'Dismissed a finding',
  'sent-anyway': 'Sent anyway',
  'sent-unchecked': 'Sent without a full check',
};

const SITE_WORDS: Record<string, string> = { 'gmail': 'Gmail', 'outlook-web': 'Outlook on the web' };

export const LOG_COLUMNS = ['When (UK time)', 'What happened', 'Rules', 'Flagged words', 'Reason', 'Where', 'Recorded at (UTC)'] as const;

/** An entry as the table and the file show it, one value per column of LOG_COLUMNS. */
export function logRow(entry: OverrideEntry): string[] {
  return [
    ukDateTime(new Date(entry.at)),
    ACTION_WORDS[entry.action],
    entry.ruleIds.map((id) => `${ruleTitle(id)} (${id})`).join('; '),
    (entry.excerpts ?? []).map((excerpt) => `“${excerpt}”`).join('; '),
    entry.reason,
    SITE_WORDS[entry.site] ?? entry.site,
    new Date(entry.at).toISOString(),
  ];
}

/**
 * The log as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas,
 * quotes or line breaks quoted and their quotes doubled), with a byte-order mark
 * so Excel reads it as UTF-8. A field a spreadsheet would take for a formula
 * (starting =, +, -, @, tab or carriage return) gets a leading apostrophe, as
 * OWASP's "CSV Injection" page advises, since reasons are typed by users.
 */
export function overrideLogCsv(entries: readonly OverrideEntry[]): string {
  const lines = [[...LOG_COLUMNS], ...entries.map(logRow)].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The file name the export is offered under: "probity-override-log-2026-12-07.csv". */
export function csvFileName(now: Date): string {
  return `probity-override-log-${now.toISOString().slice(0, 10)}.csv`;
}

export interface OverrideLogView {
  /** Settles once the log has been read and shown. */
  refresh(): Promise<void>;
}

/** Wires the page's override log section (#override-log-…) to `storage`. */
export function startOverrideLogView(document: Document, storage: StorageLike | null, now: () => Date = () => new Date()): OverrideLogView {
  const get = <T extends HTMLElement = HTMLElement>(id: string) => required<T>(document, id);
  const table = get('override-log-table');
  const rows = get('override-log-rows');
  const empty = get('override-log-empty');
  const exportButton = get<HTMLButtonElement>('override-log-export');
  const clearButton = get<HTMLButtonElement>('override-log-clear');
  const confirmBox = get('override-log-confirm');
  const status = get('override-log-status');
  let entries: OverrideEntry[] = [];

  async function refresh(): Promise<void> {
    entries = storage ? await readOverrideLog(storage) : [];
    rows.replaceChildren(...entries.map((entry) => element(document, 'tr', {}, logRow(entry).slice(0, -1).map((value, index) =>
      element(document, index === 0 ? 'th' : 'td', { text: value, attributes: index === 0 ? { scope: 'row' } : {} })))));
    table.hidden = entries.length === 0;
    empty.hidden = entries.length > 0;
    empty.textContent = storage ? 'Nothing has been sent anyway or dismissed on this computer.' : 'The log is kept by the Probity extension: open this page from the extension to see it.';
    exportButton.disabled = entries.length === 0;
    clearButton.disabled = entries.length === 0;
  }

  exportButton.addEventListener('click', () => {
    const view = document.defaultView ?? window;
    const url = view.URL.createObjectURL(new view.Blob([overrideLogCsv(entries)], { type: 'text/csv;charset=utf-8' }));
    const link = element(document, 'a', { attributes: { href: url, download: csvFileName(now()) } });
    link.click();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
    status.textContent = `Saved ${entries.length === 1 ? 'one entry' : `${entries.length} entries`} as ${csvFileName(now())}.`;
  });
  clearButton.addEventListener('click', () => {
    confirmBox.hidden = false;
    get('override-log-confirm-clear').focus();
  });
  get('override-log-cancel').addEventListener('click', () => {
    confirmBox.hidden = true;
    clearButton.focus();
  });
  get('override-log-confirm-clear').addEventListener('click', async () => {
    if (!storage) return;
    await clearOverrideLog(storage);
    confirmBox.hidden = true;
    await refresh();
    status.textContent = 'The override log is cleared.';
    // The buttons are disabled on an empty log, so the focus goes back to the section's heading.
    get('override-log-heading').focus();
  });

  return { refresh };
}
