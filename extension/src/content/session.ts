/**
 * One compose window from the moment it appears until it closes: re-checks
 * after the user pauses (one timer, one check in flight), underlines findings,
 * says what it could not read, and holds every way of sending until the user
 * has seen what was found. Everything it sets up is tied to `signal`, so
 * closing the window is one abort.
 */
import type { Dismissal, DraftInput, Finding } from '@probity/core';
import type { CheckResponse, SeverityCounts } from '../protocol.ts';
import type { OverrideEntry } from '../override-log.ts';
import { countBySeverity } from '../protocol.ts';
import { rangeFor } from '../dom-text.ts';
import { readCompose, type ComposeAdapter, type ComposeSnapshot, type ComposeWindow, type ReadProblem, type Recipient } from '../sites/adapter.ts';
import { clearHighlights, setHighlights, type SeverityRange } from './highlights.ts';
import { createComposeOverlay } from './overlay.ts';
import { fixFor, moveToCc, POINTER_PRESS_EVENTS, pressLikeAUser, replaceWords } from './fixes.ts';

export interface SessionServices {
  check(draft: DraftInput, dismissals: Dismissal[]): Promise<CheckResponse>;
  /** Adds to the override log; the caller adds where and when. */
  recordDecision(decision: Omit<OverrideEntry, 'site' | 'at'>): void;
  recordReadFailure(problem: ReadProblem): void;
  openSettings(): void;
  openDiagnostics(): void;
  showCounts(counts: SeverityCounts): void;
}

/** The pause after the last change before a re-check: long enough not to check mid-word. */
export const CHECK_DELAY_MS = 400;

/**
 * How long Send waits for a check. If the background cannot answer (the
 * extension was just updated, or the engine failed), the user is asked,
 * never left unable to send and never told all is well.
 */
export const SEND_CHECK_TIMEOUT_MS = 5000;

const NOT_CHECKED: ReadProblem = {
  part: 'body',
  message: 'Probity could not check this message — check it yourself before sending.',
  detail: 'the check did not answer in time',
};

interface CheckedDraft {
  key: string;
  dismissalCount: number;
  findings: Finding[];
  problems: ReadProblem[];
}

/** The window whose send menu (the arrow beside Send) was opened last: its items send that window's message. */
let sendMenuOwner: ComposeWindow | null = null;

export function startComposeSession(
  adapter: ComposeAdapter, compose: ComposeWindow, services: SessionServices, signal: AbortSignal,
): void {
  const document = compose.root.ownerDocument;
  const view = document.defaultView ?? window;
  const dismissals: Dismissal[] = [];
  const reportedProblems = new Set<string>();
  let checked: CheckedDraft | null = null;
  let inFlight: Promise<CheckedDraft> | null = null;
  let checkAgain = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastChange = 0;
  let letSendThrough = false;
  let asking = false;
  /** The draft the user chose to send as it is; sending it again is not asked about again. */
  let approvedKey: string | null = null;
  let sendButton: HTMLElement | null = null;
  /** The underlined words of the body and the finding each belongs to, as last drawn. */
  let flagged: { finding: Finding; range: Range }[] = [];
  /** The body text the last check read: the findings' offsets are into it. */
  let checkedBody = '';

  const overlay = createComposeOverlay(document, {
    anchor: () => ({ area: compose.editor, bounds: compose.root }),
    recipientRow: (field) => adapter.recipientRow(compose.root, field),
    onDismiss: (finding, reason) => {
      dismissals.push({ ruleId: finding.ruleId, excerpt: finding.excerpt, reason });
      services.recordDecision({ action: 'dismissed', ruleIds: [finding.ruleId], excerpts: flaggedWords([finding]), reason });
      checkNow().catch(() => undefined);
    },
    onSelect: (finding) => revealInEditor(finding),
    fixLabel: (finding) => {
      const fix = fixFor(finding, checkedBody);
      // A move needs the Cc field open on the page to type into.
      return fix?.kind === 'move-to-cc' && !adapter.recipientInput(compose.root, 'cc') ? null : fix?.label ?? null;
    },
    onFix: (finding) => applyFix(finding),
    onOpenSettings: () => services.openSettings(),
    onOpenDiagnostics: () => services.openDiagnostics(),
    onGoBack: () => compose.editor.focus(),
  }, signal);

  function keyOf(snapshot: ComposeSnapshot): string {
    return JSON.stringify([snapshot.draft, snapshot.problems.map((problem) => problem.detail)]);
  }

  function read(): ComposeSnapshot {
    return readCompose(adapter, compose);
  }

  async function runCheck(): Promise<CheckedDraft> {
    const readAt = Date.now();
    const snapshot = read();
    const key = keyOf(snapshot);
    if (checked && checked.key === key && checked.dismissalCount === dismissals.length) return checked;
    const dismissalCount = dismissals.length;
    const response = await services.check(snapshot.draft, [...dismissals]);
    const problems = [...snapshot.problems, ...response.unresolved
      .filter((name) => name.field === 'bcc')
      .map((name): ReadProblem => ({
        part: 'recipients',
        message: `Probity could not tell who “${name.name}” in Bcc is — check Bcc yourself.`,
        detail: 'a name-only Bcc recipient the council directory does not know',
      }))];
    const result = { key, dismissalCount, findings: response.findings, problems };
    if (signal.aborted) return result;
    checked = result;
    checkedBody = snapshot.body.text;
    reportProblems(problems);
    show(result, snapshot, readAt);
    return result;
  }

  /** Each problem goes to the diagnostics page once per window, not once per check. */
  function reportProblems(problems: readonly ReadProblem[]): void {
    for (const problem of problems) {
      const id = `${problem.part}:${problem.detail}`;
      if (reportedProblems.has(id)) continue;
      reportedProblems.add(id);
      services.recordReadFailure(problem);
    }
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

  /**
   * Called on every change, so it only notes the time: one timer runs per pause,
   * and when it fires early (the user kept typing) it waits out the rest.
   */
  function changed(): void {
    lastChange = Date.now();
    if (timer === undefined) timer = setTimeout(afterPause, CHECK_DELAY_MS);
  }

  function afterPause(): void {
    const waited = Date.now() - lastChange;
    if (waited < CHECK_DELAY_MS) {
      timer = setTimeout(afterPause, CHECK_DELAY_MS - waited);
      return;
    }
    timer = undefined;
    // A failed check while drafting changes nothing on screen; the next pause tries again.
    checkNow().catch(() => undefined);
  }

  /** The freshest result for exactly what is in the window now. */
  async function currentResult(): Promise<CheckedDraft> {
    clearTimeout(timer);
    timer = undefined;
    if (inFlight) await inFlight;
    return checkNow();
  }

  /** What was last drawn: a re-check while typing usually finds the same, and then nothing is redrawn (the underlines' ranges follow the text). */
  let drawn = '';
  function show(result: CheckedDraft, snapshot: ComposeSnapshot, readAt: number): void {
    const findings = JSON.stringify([result.findings, result.problems]);
    if (findings === drawn) return;
    drawn = findings;
    overlay.show(result.findings, result.problems);
    services.showCounts(countBySeverity(result.findings));
    // If the user typed while the check ran, the offsets are stale: the check already scheduled will underline the new text.
    if (lastChange > readAt) {
      drawn = '';
      return;
    }
    const now = snapshot;
    const ranges: SeverityRange[] = [];
    flagged = [];
    for (const finding of result.findings) {
      if (finding.field === 'body' && finding.start !== null && finding.end !== null) {
        const range = rangeFor(now.body, finding.start, finding.end);
        if (range) {
          ranges.push({ severity: finding.severity, range });
          flagged.push({ finding, range });
        }
      } else if (finding.field === 'to' || finding.field === 'cc' || finding.field === 'bcc') {
        for (const recipient of now.recipients[finding.field]) {
          if (recipient.element && recipientNamed(recipient, finding.excerpt ?? '')) {
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
    const range = rangeFor(read().body, finding.start, finding.end);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }

  /**
   * Makes a finding's one-click fix in the window as it is now. If the words
   * or the recipient are no longer where the check found them, nothing is
   * changed and the window is checked again, which redraws what still applies.
   */
  function applyFix(finding: Finding): void {
    const now = read();
    const fix = fixFor(finding, now.body.text);
    if (fix?.kind === 'replace-words') replaceWords(compose.editor, now.body, fix);
    if (fix?.kind === 'move-to-cc') {
      const recipient = now.recipients.bcc.find((candidate) => recipientNamed(candidate, finding.excerpt ?? ''));
      if (recipient) moveToCc(adapter, compose.root, recipient, fix);
    }
    checkNow().catch(() => undefined);
  }

  /** The window's own Send button, looked up once and again only when the site has replaced it. */
  function primarySend(): HTMLElement | null {
    if (!sendButton?.isConnected) sendButton = adapter.primarySend(compose.root);
    return sendButton;
  }

  /** Presses the control the user pressed, exactly as they did, so the site sends the message unchanged and by the same path. */
  function press(control: HTMLElement | null): void {
    const target = control?.isConnected ? control : null;
    if (!target) return;
    letSendThrough = true;
    try {
      pressLikeAUser(target, view);
    } finally {
      letSendThrough = false;
    }
  }

  async function decideAndSend(control: HTMLElement | null): Promise<void> {
    asking = true;
    try {
      const result = await withTimeout(currentResult(), SEND_CHECK_TIMEOUT_MS).catch(() => null);
      const findings = result?.findings ?? [];
      const problems = result ? result.problems : [NOT_CHECKED];
      if (!result) reportProblems(problems);
      const severe = findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
      if (severe.length === 0 && problems.length === 0) return press(control);
      const decision = await overlay.confirmSend(findings, problems);
      if (!decision.send) return;
      const errors = severe.filter((finding) => finding.severity === 'error');
      const ruleIds = [...new Set(errors.map((finding) => finding.ruleId))];
      if (problems.length > 0) {
        // Sent without a full check: on record whether or not the user was asked for a reason.
        const notChecked = `Not fully checked: ${[...new Set(problems.map((problem) => problem.detail))].join('; ')}`;
        services.recordDecision({ action: 'sent-unchecked', ruleIds, excerpts: flaggedWords(errors), reason: decision.reason ?? notChecked });
      } else if (decision.reason !== null) {
        services.recordDecision({ action: 'sent-anyway', ruleIds, excerpts: flaggedWords(errors), reason: decision.reason });
      }
      approvedKey = keyOf(read());
      press(control);
    } finally {
      asking = false;
    }
  }

  /** True when what is in the window was read in full, checked, and needs nothing from the user before sending. */
  function clearToSend(): boolean {
    if (approvedKey !== null && approvedKey === keyOf(read())) return true;
    if (!checked || inFlight || checked.problems.length > 0) return false;
    if (checked.key !== keyOf(read())) return false;
    return !checked.findings.some((finding) => finding.severity === 'error' || finding.severity === 'warning');
  }

  function holdSend(event: Event, startsDecision: boolean, control: HTMLElement | null): void {
    if (letSendThrough || clearToSend()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (startsDecision && !asking) void decideAndSend(control);
  }

  const onPointer = (event: Event) => {
    if (!(event.target instanceof view.Element)) return;
    if (adapter.sendMenuButtonAt(compose.root, event.target)) {
      sendMenuOwner = compose;
      return;
    }
    const control = adapter.sendControlAt(compose.root, event.target)
      ?? (sendMenuOwner === compose ? adapter.sendMenuItemAt(event.target) : null);
    if (control) holdSend(event, event.type === 'click', control);
  };
  for (const type of POINTER_PRESS_EVENTS) view.addEventListener(type, onPointer, { capture: true, signal });

  view.addEventListener('keydown', (event) => {
    // Typing goes straight through: only Enter, Space and Alt combinations can send.
    if (event.key !== 'Enter' && event.key !== ' ' && !event.altKey) return;
    if (!(event.target instanceof view.Element)) return;
    if (adapter.isSendShortcut(event) && compose.root.contains(event.target)) {
      holdSend(event, true, primarySend());
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const control = adapter.sendControlAt(compose.root, event.target)
      ?? (sendMenuOwner === compose ? adapter.sendMenuItemAt(event.target) : null);
    if (control) holdSend(event, true, control);
  }, { capture: true, signal });

  /** Pointing at underlined words, clicking them, or moving the caret onto them with the keyboard opens their finding. */
  const findingAt = (node: Node, offset: number) => flagged.find(({ range }) => range.isPointInRange(node, offset))?.finding;
  const revealAtCaret = () => {
    const selection = document.getSelection();
    const finding = selection?.anchorNode && compose.editor.contains(selection.anchorNode) ? findingAt(selection.anchorNode, selection.anchorOffset) : undefined;
    if (finding) overlay.reveal(finding);
  };
  let pointed: { x: number; y: number } | null = null;
  let hovered: Finding | undefined;
  compose.editor.addEventListener('mousemove', (event) => {
    if (flagged.length === 0) return;
    // One look per frame, however fast the mouse moves.
    if (!pointed) {
      view.requestAnimationFrame(() => {
        const position = pointed && document.caretPositionFromPoint?.(pointed.x, pointed.y);
        pointed = null;
        const finding = position ? findingAt(position.offsetNode, position.offset) : undefined;
        if (finding && finding !== hovered) overlay.reveal(finding);
        hovered = finding;
      });
    }
    pointed = { x: event.clientX, y: event.clientY };
  }, { signal });
  compose.editor.addEventListener('click', revealAtCaret, { signal });
  compose.editor.addEventListener('keyup', (event) => {
    if (flagged.length > 0 && /^(Arrow|Home|End|Page)/.test(event.key)) revealAtCaret();
  }, { signal });

  const changes = new MutationObserver(changed);
  changes.observe(compose.root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value', 'data-hovercard-id', 'title', 'aria-label', 'name'] });
  compose.root.addEventListener('input', changed, { capture: true, signal });

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    changes.disconnect();
    clearHighlights(compose);
    overlay.destroy();
    if (sendMenuOwner === compose) sendMenuOwner = null;
  }, { once: true });

  checkNow().catch(() => undefined);
}

/**
 * The flagged words of body findings, for the override log. Recipients, the
 * sender and the subject are never logged, so their findings give none.
 */
function flaggedWords(findings: readonly Finding[]): string[] {
  return [...new Set(findings.flatMap((finding) => (finding.field === 'body' && finding.excerpt ? [finding.excerpt] : [])))];
}

/** True when a recipient finding's excerpt names this recipient: by address, or by name for a pill that shows only a name. */
function recipientNamed(recipient: Recipient, excerpt: string): boolean {
  const lower = excerpt.toLowerCase();
  return recipient.address ? lower.includes(recipient.address) : !!recipient.name && lower.includes(recipient.name.toLowerCase());
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('timed out')), milliseconds);
    promise.then(resolve, reject).finally(() => clearTimeout(timeout));
  });
}
