/**
 * One compose window from the moment it appears until it closes: re-checks
 * after the user pauses (one check in flight), underlines findings, and holds
 * Send until the user has seen what was found. Everything it sets up is tied
 * to `signal`, so closing the window is one abort.
 */
import type { Dismissal, DraftInput, Finding } from '@probity/core';
import type { CheckResponse, Decision, SeverityCounts } from '../protocol.ts';
import { countBySeverity } from '../protocol.ts';
import { rangeFor } from '../dom-text.ts';
import { readCompose, sendButtonOf, type ComposeAdapter, type ComposeSnapshot, type ComposeWindow } from '../sites/adapter.ts';
import { clearHighlights, setHighlights, type SeverityRange } from './highlights.ts';
import { createComposeOverlay } from './overlay.ts';

export interface SessionServices {
  check(draft: DraftInput, dismissals: Dismissal[]): Promise<CheckResponse>;
  recordDecision(decision: Omit<Decision, 'site' | 'at'>): void;
  openSettings(): void;
  showCounts(counts: SeverityCounts): void;
}

/** The pause after the last keystroke before a re-check: long enough not to check mid-word. */
export const CHECK_DELAY_MS = 400;

interface CheckedDraft {
  key: string;
  dismissalCount: number;
  findings: Finding[];
}

/**
 * How long Send waits for a check before letting the message go. Probity must
 * never trap someone's mail: if the background cannot answer (the extension
 * was just updated, or the engine failed), sending goes ahead as if it were not installed.
 */
export const SEND_CHECK_TIMEOUT_MS = 5000;

/** Events that make up pressing Send with the mouse; the sites act on different ones of them. */
const POINTER_SEND_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

export function startComposeSession(
  adapter: ComposeAdapter, compose: ComposeWindow, services: SessionServices, signal: AbortSignal,
): void {
  const document = compose.root.ownerDocument;
  const view = document.defaultView ?? window;
  const dismissals: Dismissal[] = [];
  let checked: CheckedDraft | null = null;
  let inFlight: Promise<CheckedDraft> | null = null;
  let checkAgain = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let letSendThrough = false;
  let asking = false;

  const overlay = createComposeOverlay(document, {
    anchor: () => ({ area: compose.editor, bounds: compose.root }),
    recipientRow: (field) => adapter.recipientRow(compose.root, field),
    onDismiss: (finding, reason) => {
      dismissals.push({ ruleId: finding.ruleId, excerpt: finding.excerpt, reason });
      services.recordDecision({ action: 'dismissed', ruleIds: [finding.ruleId], reason });
      checkNow().catch(() => undefined);
    },
    onSelect: (finding) => revealInEditor(finding),
    onOpenSettings: () => services.openSettings(),
    onGoBack: () => compose.editor.focus(),
  }, signal);

  function keyOf(draft: DraftInput): string {
    return JSON.stringify(draft);
  }

  async function runCheck(): Promise<CheckedDraft> {
    const snapshot = readCompose(adapter, compose);
    const key = keyOf(snapshot.draft);
    if (checked && checked.key === key && checked.dismissalCount === dismissals.length) return checked;
    const dismissalCount = dismissals.length;
    const response = await services.check(snapshot.draft, [...dismissals]);
    if (signal.aborted) return { key, dismissalCount, findings: response.findings };
    checked = { key, dismissalCount, findings: response.findings };
    show(checked.findings, snapshot);
    return checked;
  }

  function checkNow(): Promise<CheckedDraft> {
    if (inFlight) {
      checkAgain = true;
      return inFlight;
    }
    inFlight = runCheck().finally(() => {
      inFlight = null;
      if (checkAgain && !signal.aborted) {
        checkAgain = false;
        checkNow().catch(() => undefined);
      }
    });
    return inFlight;
  }

  function checkAfterPause(): void {
    clearTimeout(timer);
    // A failed check while drafting changes nothing on screen; the next pause tries again.
    timer = setTimeout(() => checkNow().catch(() => undefined), CHECK_DELAY_MS);
  }

  /** The freshest result for exactly what is in the window now. */
  async function currentResult(): Promise<CheckedDraft> {
    clearTimeout(timer);
    if (inFlight) await inFlight;
    return checkNow();
  }

  function show(findings: Finding[], snapshot: ComposeSnapshot): void {
    overlay.show(findings);
    services.showCounts(countBySeverity(findings));
    // The user may have typed while the check ran; the next check will underline the new text.
    const now = readCompose(adapter, compose);
    if (now.body.text !== snapshot.body.text) return;
    const ranges: SeverityRange[] = [];
    for (const finding of findings) {
      if (finding.field === 'body' && finding.start !== null && finding.end !== null) {
        const range = rangeFor(now.body, finding.start, finding.end);
        if (range) ranges.push({ severity: finding.severity, range });
      } else if (finding.field === 'to' || finding.field === 'cc' || finding.field === 'bcc') {
        for (const recipient of now.recipients[finding.field]) {
          if (recipient.element && finding.excerpt?.toLowerCase().includes(recipient.address)) {
            const range = document.createRange();
            range.selectNodeContents(recipient.element);
            ranges.push({ severity: finding.severity, range });
          }
        }
      }
    }
    setHighlights(compose, ranges);
  }

  function revealInEditor(finding: Finding): void {
    if (finding.field !== 'body' || finding.start === null || finding.end === null) {
      adapter.recipientRow(compose.root, finding.field as 'to')?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const range = rangeFor(readCompose(adapter, compose).body, finding.start, finding.end);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }

  /** Presses Send for the user, exactly as they did, so the site sends the message unchanged. */
  function pressSend(): void {
    const button = sendButtonOf(adapter, compose);
    if (!button) return;
    letSendThrough = true;
    try {
      for (const type of POINTER_SEND_EVENTS) {
        const init = { bubbles: true, cancelable: true, composed: true, view, button: 0 };
        button.dispatchEvent(type.startsWith('pointer') ? new view.PointerEvent(type, init) : new view.MouseEvent(type, init));
      }
    } finally {
      letSendThrough = false;
    }
  }

  async function decideAndSend(): Promise<void> {
    asking = true;
    try {
      const result = await withTimeout(currentResult(), SEND_CHECK_TIMEOUT_MS).catch(() => null);
      if (!result) return pressSend();
      const severe = result.findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
      if (severe.length === 0) return pressSend();
      const decision = await overlay.confirmSend(result.findings);
      if (!decision.send) return;
      if (decision.reason !== null) {
        const ruleIds = [...new Set(severe.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId))];
        services.recordDecision({ action: 'sent-anyway', ruleIds, reason: decision.reason });
      }
      pressSend();
    } finally {
      asking = false;
    }
  }

  /** True when what is in the window was checked and nothing in it needs the user's attention before sending. */
  function cleanAsChecked(): boolean {
    if (!checked || inFlight) return false;
    if (checked.key !== keyOf(readCompose(adapter, compose).draft)) return false;
    return !checked.findings.some((finding) => finding.severity === 'error' || finding.severity === 'warning');
  }

  function holdSend(event: Event, startsDecision: boolean): void {
    if (letSendThrough || cleanAsChecked()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (startsDecision && !asking) void decideAndSend();
  }

  const onPointer = (event: Event) => {
    const button = sendButtonOf(adapter, compose);
    if (!button || !(event.target instanceof view.Node) || !button.contains(event.target)) return;
    holdSend(event, event.type === 'click');
  };
  for (const type of POINTER_SEND_EVENTS) view.addEventListener(type, onPointer, { capture: true, signal });

  view.addEventListener('keydown', (event) => {
    if (!(event.target instanceof view.Node)) return;
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey) && compose.root.contains(event.target);
    const activatesSend = (event.key === 'Enter' || event.key === ' ')
      && !!sendButtonOf(adapter, compose)?.contains(event.target);
    if (shortcut || activatesSend) holdSend(event, true);
  }, { capture: true, signal });

  const changes = new MutationObserver(checkAfterPause);
  changes.observe(compose.root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value', 'data-hovercard-id', 'title'] });
  compose.root.addEventListener('input', checkAfterPause, { capture: true, signal });

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    changes.disconnect();
    clearHighlights(compose);
    overlay.destroy();
  }, { once: true });

  checkNow().catch(() => undefined);
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('timed out')), milliseconds);
    promise.then(resolve, reject).finally(() => clearTimeout(timeout));
  });
}
