/** The diagnostics page: the read problems Probity noted in web mail, newest first, with a button to clear them. */
import type { ReadFailure, ReadPart, Site } from '../protocol.ts';
import { extensionStorage } from '../pages/extension-storage.ts';
import { READ_FAILURES_KEY } from './read-failures.ts';

const SITE_NAMES: Record<Site, string> = { gmail: 'Gmail', 'outlook-web': 'Outlook on the web' };
const PART_NAMES: Record<ReadPart, string> = { recipients: 'Recipients', sender: 'Sender', body: 'Message' };

/** "7 December 2026, 15:54": a UK date and time, as everything a user reads. */
export function formatWhen(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const date = when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = when.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${date}, ${time}`;
}

async function showFailures(document: Document): Promise<void> {
  const storage = extensionStorage();
  const table = document.getElementById('failures') as HTMLTableElement;
  const empty = document.getElementById('failures-empty')!;
  const status = document.getElementById('failures-status')!;
  const clear = document.getElementById('clear-failures') as HTMLButtonElement;
  if (!storage?.local.set) {
    empty.textContent = 'This page works only inside the extension.';
    clear.disabled = true;
    return;
  }
  const draw = (failures: ReadFailure[]) => {
    const rows = [...failures].reverse().map((failure) => {
      const row = document.createElement('tr');
      for (const text of [formatWhen(failure.at), SITE_NAMES[failure.site] ?? failure.site, PART_NAMES[failure.part] ?? failure.part, failure.detail]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    });
    table.tBodies[0]!.replaceChildren(...rows);
    table.hidden = rows.length === 0;
    empty.hidden = rows.length > 0;
    clear.disabled = rows.length === 0;
  };
  const stored = (await storage.local.get(READ_FAILURES_KEY))[READ_FAILURES_KEY];
  draw(Array.isArray(stored) ? (stored as ReadFailure[]) : []);
  clear.addEventListener('click', async () => {
    await storage.local.set!({ [READ_FAILURES_KEY]: [] });
    draw([]);
    status.textContent = 'The list is cleared.';
  });
}

void showFailures(document);
