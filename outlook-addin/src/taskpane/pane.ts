/**
 * The task pane: the council and protocol in force, the findings for the
 * open item (compose or read) in the shared panel, dismissal with a reason
 * stored on the item, and the user's preferences.
 */
import { PROFILE_PROTOCOLS, type Finding, type Review } from '@probity/core';
import { renderFindingsPanel, type FindingsPanel } from '@probity/ui';
import {
  addDismissal, checkItem, degradedNote, loadCouncil, messageOf, readDraft, type CouncilInForce, type CouncilOptions,
} from '../check.ts';
import type { MailHost } from '../office.ts';
import {
  clearLogs, logsAsCsv, readOverrides, readUncheckedSends, recordOverride, type Override, type UncheckedSend,
} from '../local-log.ts';
import { readPreferences, savePreferences, type Preferences } from '../preferences.ts';

export interface TaskPaneOptions {
  council: CouncilOptions;
  /** How often a draft's body is looked at for changes; 0 turns polling off. */
  pollMs: number;
  now?: () => Date;
}

export interface TaskPane {
  /** Re-reads the item and re-checks it. */
  refresh(): Promise<void>;
  stop(): void;
}

const ROLE_NAMES: Record<Review['author']['role'], string> = {
  member: 'a councillor', officer: 'an officer', press: 'the press', government: 'central government',
  external: 'someone outside the council', unknown: 'an unknown author',
};

const KIND_NAMES: Record<Review['kind'], string> = { email: 'an email', letter: 'a letter', 'press-release': 'a press release' };

export async function startTaskPane(document: Document, host: MailHost, options: TaskPaneOptions): Promise<TaskPane> {
  const now = options.now ?? (() => new Date());
  const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const councilLine = element<HTMLParagraphElement>('council');
  const notice = element<HTMLDivElement>('notice');
  const checkedLine = element<HTMLParagraphElement>('checked');
  const settings = element<HTMLFormElement>('settings');
  const settingsToggle = element<HTMLButtonElement>('settings-toggle');
  const settingsStatus = element<HTMLSpanElement>('settings-status');

  const council = await loadCouncil(host, options.council);
  showCouncil(council);

  let preferences = readPreferences(host);
  let lastDraft = '';
  let running: Promise<void> | null = null;
  let again = false;

  const panel: FindingsPanel = renderFindingsPanel(element('findings'), [], {
    heading: 'This message',
    emptyText: 'Nothing to raise: this message follows the protocol as far as Probity can tell.',
    onDismiss: (finding, reason) => void dismiss(finding, reason),
  });

  async function dismiss(finding: Finding, reason: string): Promise<void> {
    try {
      await addDismissal(host, { ruleId: finding.ruleId, excerpt: finding.excerpt, reason });
      await recordOverride(host, { at: now().toISOString(), ruleId: finding.ruleId, excerpt: finding.excerpt, reason }).catch(() => undefined);
    } catch (error) {
      showNotice('error', [`Probity could not keep your reason with this message: ${messageOf(error)}`]);
    }
    await showRecord();
    await refresh();
  }

  /** The logs kept on this computer: findings dismissed and sends that went unchecked. */
  async function showRecord(): Promise<{ overrides: Override[]; unchecked: UncheckedSend[] }> {
    const [overrides, unchecked] = await Promise.all([readOverrides(host), readUncheckedSends(host)]);
    const rows = (id: string, lines: string[][], empty: string) => {
      const body = element<HTMLTableElement>(id).tBodies[0]!;
      body.replaceChildren(...(lines.length ? lines : [[empty]]).map((cells) => {
        const row = document.createElement('tr');
        row.append(...cells.map((text) => {
          const cell = document.createElement('td');
          cell.textContent = text;
          if (cells.length === 1) cell.colSpan = 4;
          return cell;
        }));
        return row;
      }));
    };
    rows('record-overrides', overrides.slice().reverse().map((entry) => [ukDate(entry.at), entry.ruleId, entry.excerpt ?? '', entry.reason]), 'None.');
    rows('record-unchecked', unchecked.slice().reverse().map((entry) => [ukDate(entry.at), entry.reason, entry.asked ? 'You were asked' : 'Yes']), 'None.');
    return { overrides, unchecked };
  }

  element<HTMLButtonElement>('record-export').addEventListener('click', () => void (async () => {
    const { overrides, unchecked } = await showRecord();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([logsAsCsv(overrides, unchecked)], { type: 'text/csv' }));
    link.download = 'probity-record.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  })());
  element<HTMLButtonElement>('record-clear').addEventListener('click', () => void (async () => {
    const status = element<HTMLSpanElement>('record-status');
    try {
      await clearLogs(host);
      status.textContent = 'Cleared.';
    } catch (error) {
      status.textContent = `Not cleared: ${messageOf(error)}`;
    }
    await showRecord();
  })());

  /** Re-checks now, or once more after the check already running, never two at a time. */
  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await checkOnce();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function checkOnce(): Promise<void> {
    if (!host.mode()) {
      panel.update([]);
      checkedLine.textContent = 'Select or open a message to check it.';
      return;
    }
    try {
      const result = await checkItem(host, council.config, now());
      const shown = preferences.showNotes ? result.findings : result.findings.filter((f) => f.severity !== 'info');
      panel.update(shown);
      checkedLine.textContent = describeReview(result);
    } catch (error) {
      checkedLine.textContent = `Probity could not read this message: ${messageOf(error)}`;
    }
  }

  /** Compose mode has no body-changed event: look at the draft now and then, and re-check when it changed. */
  async function poll(): Promise<void> {
    if (host.mode() !== 'compose' || running) return;
    try {
      const draft = JSON.stringify(await readDraft(host));
      if (draft !== lastDraft) {
        lastDraft = draft;
        await refresh();
      }
    } catch {
      // The next tick tries again; the item may be between states.
    }
  }

  const subscribeToItem = () => host.onRecipientsChanged(() => void refresh()).catch(() => undefined);
  await host.onItemChanged(() => {
    lastDraft = '';
    void subscribeToItem();
    void refresh();
  }).catch(() => undefined);
  await subscribeToItem();

  settingsToggle.addEventListener('click', () => {
    const open = settings.hidden;
    settings.hidden = !open;
    settingsToggle.setAttribute('aria-expanded', String(open));
    if (open) fillSettings(preferences);
  });
  settings.addEventListener('submit', (event) => {
    event.preventDefault();
    void saveSettings();
  });

  async function saveSettings(): Promise<void> {
    const next: Preferences = {
      notifyWhileDrafting: checkbox('notifyWhileDrafting').checked,
      showNotes: checkbox('showNotes').checked,
    };
    try {
      await savePreferences(host, next);
      preferences = next;
      settingsStatus.textContent = 'Saved.';
      await refresh();
    } catch (error) {
      settingsStatus.textContent = `Not saved: ${messageOf(error)}`;
    }
  }

  function checkbox(name: keyof Preferences): HTMLInputElement {
    return settings.elements.namedItem(name) as HTMLInputElement;
  }

  function fillSettings(values: Preferences): void {
    checkbox('notifyWhileDrafting').checked = values.notifyWhileDrafting;
    checkbox('showNotes').checked = values.showNotes;
    settingsStatus.textContent = '';
  }

  function showCouncil({ config, source }: CouncilInForce): void {
    const protocol = PROFILE_PROTOCOLS[config.profile].name;
    const note = degradedNote(source);
    // With no poll date the pre-election rules have nothing to measure from: say so rather than check in silence.
    const noElection = config.elections.length === 0
      ? ['No election is set in this council\'s configuration, so the pre-election checks are off. Ask your IT team to add the next poll date to council.json.']
      : [];
    councilLine.textContent = `${config.council} · ${protocol}`;
    switch (source.kind) {
      case 'council':
        if (noElection.length) showNotice('warning', noElection);
        else notice.hidden = true;
        break;
      case 'demo':
        showNotice('info', ['Demonstration build: checking against the example council that ships with Probity, not yours.', ...noElection]);
        break;
      case 'missing':
        showNotice('warning', [
          'This add-in was built without your council\'s council.json, so Probity does not know your members, officers or elections.',
          'Councillors are recognised only by "Cllr" or "Councillor" in a name or address. Ask your IT team to rebuild the add-in with council.json.',
        ]);
        break;
      case 'invalid':
        showNotice('error', ['The council.json published beside the add-in has problems:', note ?? '', ...noElection].filter(Boolean), source.errors);
        break;
      case 'unreachable':
        showNotice('warning', [`Your council's council.json could not be loaded (${source.error}).`, note ?? '', ...noElection].filter(Boolean));
        break;
    }
  }

  function showNotice(tone: 'error' | 'warning' | 'info', lines: readonly string[], items: readonly string[] = []): void {
    notice.className = `pane-notice pane-notice--${tone}`;
    notice.replaceChildren(...lines.map((line) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = line;
      return paragraph;
    }));
    if (items.length) {
      const list = document.createElement('ul');
      list.append(...items.map((item) => {
        const entry = document.createElement('li');
        entry.textContent = item;
        return entry;
      }));
      notice.append(list);
    }
    notice.hidden = false;
  }

  await showRecord();
  await refresh();
  const timer = options.pollMs > 0 ? setInterval(() => void poll(), options.pollMs) : undefined;
  return {
    refresh,
    stop() {
      if (timer) clearInterval(timer);
      panel.destroy();
    },
  };
}

/** "7 December 2026 at 17:20", in UK time (the councils Probity serves are English). */
function ukDate(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

function describeReview(result: Review): string {
  const author = result.author.name ? `${result.author.name}, ${ROLE_NAMES[result.author.role]}` : ROLE_NAMES[result.author.role];
  return `Checked as ${KIND_NAMES[result.kind]} from ${author}.`;
}
