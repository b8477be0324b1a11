/**
 * The content script on the four mail origins: picks the site's adapter,
 * starts a session for every compose window that appears and aborts it when
 * the window goes away.
 */
import { countBySeverity, type SeverityCounts, type Site } from '../protocol.ts';
import { notify, sendRequest } from '../messaging.ts';
import { findComposeWindows, type ComposeAdapter } from '../sites/adapter.ts';
import { gmail } from '../sites/gmail.ts';
import { outlookWeb } from '../sites/outlook-web.ts';
import { startComposeSession, type SessionServices } from './session.ts';
import { relayoutOverlays } from './overlay.ts';

const ADAPTERS: Record<string, ComposeAdapter> = {
  'mail.google.com': gmail,
  'outlook.office.com': outlookWeb,
  'outlook.office365.com': outlookWeb,
  'outlook.live.com': outlookWeb,
};

function watchComposeWindows(adapter: ComposeAdapter, site: Site): void {
  const sessions = new Map<HTMLElement, { root: HTMLElement; controller: AbortController; counts: SeverityCounts }>();

  const showTotal = () => {
    const total = countBySeverity([]);
    for (const { counts } of sessions.values()) {
      total.error += counts.error;
      total.warning += counts.warning;
      total.info += counts.info;
    }
    notify({ type: 'show-counts', counts: total });
  };

  /** Finds windows opened and closed since the last scan; true when there were any. */
  const scan = (): boolean => {
    let changed = false;
    const open = new Set<HTMLElement>();
    for (const compose of findComposeWindows(adapter, document)) {
      open.add(compose.editor);
      const known = sessions.get(compose.editor);
      // A window keeps its session while its bounds stay; if the site rebuilt it around the same editor, it starts afresh.
      if (known?.root === compose.root) continue;
      known?.controller.abort();
      changed = true;
      const entry = { root: compose.root, controller: new AbortController(), counts: countBySeverity([]) };
      sessions.set(compose.editor, entry);
      const services: SessionServices = {
        check: (draft, dismissals) => sendRequest({ type: 'check', draft, dismissals }),
        recordDecision: (decision) => notify({
          type: 'record-decision', decision: { ...decision, site, at: new Date().toISOString() },
        }),
        recordReadFailure: ({ part, detail }) => notify({
          type: 'record-read-failure', failure: { site, part, detail, at: new Date().toISOString() },
        }),
        openSettings: () => notify({ type: 'open-options' }),
        openDiagnostics: () => notify({ type: 'open-diagnostics' }),
        showCounts: (counts) => {
          entry.counts = counts;
          showTotal();
        },
      };
      startComposeSession(adapter, compose, services, entry.controller.signal);
    }
    for (const [editor, entry] of sessions) {
      if (!open.has(editor)) {
        entry.controller.abort();
        sessions.delete(editor);
        showTotal();
        changed = true;
      }
    }
    return changed;
  };

  // Compose windows come and go with the site's own rendering; a cheap rescan per frame of changes follows them.
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      // A window opened or closed may now lie over another: every badge checks again whether its corner is covered.
      if (scan()) relayoutOverlays();
    });
  }).observe(document.body, { childList: true, subtree: true });
  scan();
}

const adapter = ADAPTERS[location.hostname];
if (adapter) watchComposeWindows(adapter, adapter.site);
