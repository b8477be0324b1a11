/**
 * What the extension draws over a compose window: a badge in the corner of
 * the message body, the findings panel, notes pinned to recipient rows and
 * the pre-send dialog. All of it lives in one shadow root attached to a host
 * at the end of <body>, so nothing is inserted into the mail site's own
 * compose markup and the site's styles cannot leak in. Built without HTML
 * strings (Trusted Types).
 */
import { formatCitations, type Finding } from '@probity/core';
import { describeCounts, renderFindingsPanel } from '@probity/ui';
import panelCss from '@probity/ui/panel.css?inline';
import overlayCss from './overlay.css?inline';
import { countBySeverity } from '../protocol.ts';
import { highlightedRects } from './highlights.ts';
import { RECIPIENT_FIELDS, type ReadProblem, type RecipientField } from '../sites/adapter.ts';

export interface OverlayHooks {
  /** The area the badge sits in the bottom-right corner of (the message body), clipped to the compose window. */
  anchor(): { area: Element; bounds: Element } | null;
  recipientRow(field: RecipientField): Element | null;
  onDismiss(finding: Finding, reason: string): void;
  onSelect(finding: Finding): void;
  /** The words on a finding's one-click fix button, or null when it has none. */
  fixLabel(finding: Finding): string | null;
  /** The user pressed a finding's fix button, in the panel or the send dialog. */
  onFix(finding: Finding): void;
  onOpenSettings(): void;
  onOpenDiagnostics(): void;
  onGoBack(): void;
}

export type SendDecision = { send: true; reason: string | null } | { send: false };

export interface ComposeOverlay {
  show(findings: readonly Finding[], problems: readonly ReadProblem[]): void;
  /** Opens the panel at one finding, as when the user points at its underline. */
  reveal(finding: Finding): void;
  /** Asks the user about sending with these findings and problems; resolves when they choose. */
  confirmSend(findings: readonly Finding[], problems: readonly ReadProblem[]): Promise<SendDecision>;
  destroy(): void;
}

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => HTMLElementTagNameMap[K];

const RECIPIENT_LABELS: Record<RecipientField, string> = { to: 'To', cc: 'Cc', bcc: 'Bcc' };
const PANEL_WIDTH = 380;
const GAP = 8;

/** Pointer and key events inside the overlay stay there, so the mail site never acts on a click meant for Probity. */
const CONTAINED_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'keyup', 'keypress', 'focusin', 'focusout'] as const;

/** Every overlay's layout, so a change in what is on the page (a window opened over another) can move them all. */
const layouts = new Set<() => void>();

/** Lays out every compose overlay again: called when elements were added or removed in the page. */
export function relayoutOverlays(): void {
  for (const layout of layouts) layout();
}

export function createComposeOverlay(document: Document, hooks: OverlayHooks, signal: AbortSignal): ComposeOverlay {
  const view = document.defaultView ?? window;
  const host = document.createElement('probity-compose');
  const shadow = host.attachShadow({ mode: 'open' });
  style(shadow, `${panelCss}\n${overlayCss}`);
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  const make: Make = (tag, className, text) => {
    const element = document.createElement(tag);
    element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };

  // The badge's accessible name is its visible text: "Probity" and what it found.
  const badge = make('button', 'badge');
  badge.type = 'button';
  badge.setAttribute('aria-expanded', 'false');
  const badgeIcon = make('span', 'badge__icon', 'P');
  badgeIcon.setAttribute('aria-hidden', 'true');
  const badgeName = make('span', 'badge__name', 'Probity');
  const badgeCounts = make('span', 'badge__counts');
  badge.append(badgeIcon, badgeName, badgeCounts);

  const panelFrame = make('div', 'panel-frame');
  panelFrame.hidden = true;
  panelFrame.id = 'probity-findings';
  badge.setAttribute('aria-controls', panelFrame.id);
  const panelBar = make('div', 'panel-frame__bar');
  const settings = make('button', 'probity-button probity-button--subtle', 'Council settings');
  settings.type = 'button';
  settings.addEventListener('click', () => hooks.onOpenSettings());
  const close = make('button', 'probity-button probity-button--subtle', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => setPanelOpen(false));
  panelBar.append(settings, close);
  const problemBox = make('div', 'read-problems');
  problemBox.setAttribute('role', 'alert');
  problemBox.hidden = true;
  const problemList = make('ul', 'read-problems__list');
  const diagnostics = make('button', 'probity-button probity-button--subtle', 'What Probity could not read');
  diagnostics.type = 'button';
  diagnostics.addEventListener('click', () => hooks.onOpenDiagnostics());
  problemBox.append(problemList, diagnostics);
  const panelRoot = make('div', 'panel-frame__body');
  panelFrame.append(panelBar, problemBox, panelRoot);
  const panel = renderFindingsPanel(panelRoot, [], {
    heading: 'Probity',
    emptyText: 'Nothing to point out in this message.',
    onDismiss: (finding, reason) => hooks.onDismiss(finding, reason),
    onSelect: (finding) => hooks.onSelect(finding),
    fixLabel: (finding) => hooks.fixLabel(finding),
    onFix: (finding) => hooks.onFix(finding),
  });

  const notes = new Map<RecipientField, HTMLButtonElement>();
  for (const field of RECIPIENT_FIELDS) {
    const note = make('button', 'recipient-note');
    note.type = 'button';
    note.hidden = true;
    note.addEventListener('click', () => setPanelOpen(true));
    notes.set(field, note);
  }

  const dialog = make('dialog', 'send-dialog');
  dialog.setAttribute('aria-labelledby', 'probity-send-title');

  shadow.append(badge, ...notes.values(), panelFrame, dialog);
  document.body.append(host);

  function setPanelOpen(open: boolean): void {
    panelFrame.hidden = !open;
    badge.setAttribute('aria-expanded', String(open));
    if (open) layout(true);
    else if (panelFrame.contains(shadow.activeElement)) badge.focus();
  }
  badge.addEventListener('click', () => setPanelOpen(panelFrame.hidden));
  panelFrame.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) setPanelOpen(false);
  });

  let shown: readonly Finding[] = [];
  let framePending = false;
  function layoutSoon(): void {
    if (framePending) return;
    framePending = true;
    view.requestAnimationFrame(() => {
      framePending = false;
      layout(false);
    });
  }

  /** Where the window was at the last layout: typing fires scroll and resize events that move nothing, and those cost nothing. */
  let lastGeometry = '';
  function layout(force = false): void {
    const anchor = hooks.anchor();
    const area = anchor?.area.getBoundingClientRect();
    const bounds = anchor?.bounds.getBoundingClientRect();
    const geometry = JSON.stringify([area, bounds, view.innerWidth, view.innerHeight]);
    if (!force && geometry === lastGeometry) return;
    lastGeometry = geometry;
    const corner = area && bounds && visibleCorner(area, bounds, view);
    // A window stacked under another shows no badge: its corner belongs to the window on top.
    badge.hidden = !corner || !ownsPoint(anchor!.bounds, corner.x - 12, corner.y - 12);
    if (corner) {
      // Like a spelling checker's badge: inside the body's bottom-right corner, clear of the site's own buttons.
      badge.style.left = `${corner.x - GAP}px`;
      badge.style.top = `${corner.y - GAP}px`;
    }
    if (bounds && !panelFrame.hidden) placePanel(bounds);
    for (const [field, note] of notes) placeNote(field, note);
  }

  /** Beside the compose window if there is room, otherwise above or below the flagged words of every window and its own badge, never over them. */
  function placePanel(bounds: DOMRect): void {
    const avoid = [...highlightedRects(), ...(badge.hidden ? [] : [badge.getBoundingClientRect()])];
    const height = Math.min(view.innerHeight - 2 * GAP, 520);
    const width = Math.min(PANEL_WIDTH, view.innerWidth - 2 * GAP);
    const top = Math.max(GAP, Math.min(bounds.top, view.innerHeight - height - GAP));
    const bands = [
      { top: GAP, bottom: Math.min(...avoid.map((rect) => rect.top), view.innerHeight) - GAP },
      { top: Math.max(...avoid.map((rect) => rect.bottom), 0) + GAP, bottom: view.innerHeight - GAP },
    ].map((band) => ({ left: view.innerWidth - width - GAP, top: band.top, height: Math.min(height, band.bottom - band.top) }))
      .sort((a, b) => b.height - a.height);
    const candidates = [{ left: bounds.left - width - GAP, top, height }, { left: bounds.right + GAP, top, height }, ...bands]
      .filter((place) => place.left >= 0 && place.left + width <= view.innerWidth && place.height >= 160);
    const clear = candidates.find((place) => !avoid.some((rect) => overlaps(rect, place.left, place.top, width, place.height)));
    const chosen = clear ?? { left: view.innerWidth - width - GAP, top: GAP, height };
    panelFrame.style.left = `${chosen.left}px`;
    panelFrame.style.top = `${chosen.top}px`;
    panelFrame.style.width = `${width}px`;
    panelFrame.style.maxHeight = `${chosen.height}px`;
  }

  /** At the right end of the row, after the last chip; under the row when the chips leave no room. */
  function placeNote(field: RecipientField, note: HTMLButtonElement): void {
    const rowElement = hooks.recipientRow(field);
    const row = rowElement?.getBoundingClientRect();
    const relevant = shown.filter((finding) => finding.field === field);
    note.hidden = relevant.length === 0 || !row || row.width === 0;
    if (!row || note.hidden) return;
    const contentRight = lastContentRight(rowElement!, row.left);
    const room = row.right - contentRight - 2 * GAP;
    if (room >= 120) {
      note.dataset.place = 'inline';
      note.style.maxWidth = `${room}px`;
      note.style.left = `${row.right - GAP}px`;
      note.style.top = `${row.top + row.height / 2}px`;
    } else {
      note.dataset.place = 'below';
      note.style.maxWidth = `${Math.max(160, row.width - GAP)}px`;
      note.style.left = `${row.right - GAP}px`;
      note.style.top = `${row.bottom + 2}px`;
    }
  }

  const forcedLayout = () => layout(true);
  layouts.add(forcedLayout);
  view.addEventListener('scroll', layoutSoon, { capture: true, passive: true, signal });
  view.addEventListener('resize', layoutSoon, { passive: true, signal });
  const resizes = new ResizeObserver(layoutSoon);
  const anchorElement = hooks.anchor();
  if (anchorElement) {
    resizes.observe(anchorElement.area);
    resizes.observe(anchorElement.bounds);
  }

  function showRecipientNotes(findings: readonly Finding[]): void {
    for (const [field, note] of notes) {
      const relevant = findings.filter((finding) => finding.field === field);
      const worst = relevant[0];
      note.dataset.severity = worst?.severity ?? '';
      note.textContent = worst
        ? `${RECIPIENT_LABELS[field]}: ${worst.message}${relevant.length > 1 ? ` (+${relevant.length - 1})` : ''}`
        : '';
      note.title = note.textContent;
    }
  }

  return {
    show(findings, problems) {
      shown = findings;
      const counts = countBySeverity(findings);
      badge.dataset.severity = problems.length > 0 ? 'unread'
        : counts.error ? 'error' : counts.warning ? 'warning' : counts.info ? 'info' : 'clean';
      const parts = (['error', 'warning', 'info'] as const)
        .filter((severity) => counts[severity] > 0)
        .map((severity) => make('span', `count count--${severity}`, describeCounts(findings.filter((finding) => finding.severity === severity))));
      if (problems.length > 0) parts.unshift(make('span', 'count count--unread', 'could not read'));
      if (parts.length === 0) parts.push(make('span', 'count count--clean', 'nothing found'));
      badgeCounts.replaceChildren(...parts);
      badge.title = problems.length > 0 ? problems.map((problem) => problem.message).join(' ') : `Probity: ${describeCounts(findings)}`;
      problemBox.hidden = problems.length === 0;
      problemList.replaceChildren(...problems.map((problem) => make('li', 'read-problems__item', problem.message)));
      panel.update(findings);
      showRecipientNotes(findings);
      layout(true);
    },

    reveal(finding) {
      setPanelOpen(true);
      // The card is marked and brought into view; focus stays in the editor, so typing goes on.
      for (const item of panelRoot.querySelectorAll<HTMLElement>('.probity-finding')) {
        const current = item.dataset.ruleId === finding.ruleId && item.querySelector('.probity-finding__excerpt')?.textContent === finding.excerpt;
        item.toggleAttribute('data-current', current);
        if (current) item.scrollIntoView({ block: 'nearest' });
      }
    },

    confirmSend(findings, problems) {
      return askBeforeSending(dialog, make, findings, problems, hooks);
    },

    destroy() {
      layouts.delete(forcedLayout);
      resizes.disconnect();
      panel.destroy();
      host.remove();
    },
  };
}

function askBeforeSending(
  dialog: HTMLDialogElement, make: Make, findings: readonly Finding[], problems: readonly ReadProblem[], hooks: OverlayHooks,
): Promise<SendDecision> {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const serious = errors.length > 0;
  const listed = serious ? errors : findings.filter((finding) => finding.severity === 'warning');
  dialog.dataset.severity = serious ? 'error' : 'warning';
  /** Closes the dialog with the user's decision; set once the decision is awaited. */
  let finish: (decision: SendDecision) => void = () => undefined;

  const title = make('h2', 'send-dialog__title', serious
    ? `Probity: this message has ${describeCounts(errors)} to fix`
    : listed.length > 0 ? `Probity: send with ${describeCounts(listed)}?` : 'Probity could not check everything in this message');
  title.id = 'probity-send-title';
  const problemList = make('ul', 'send-dialog__problems');
  for (const problem of problems) problemList.append(make('li', 'send-dialog__problem', problem.message));
  const list = make('ul', 'send-dialog__list');
  for (const finding of listed) {
    const item = make('li', 'send-dialog__item');
    if (finding.excerpt) item.append(make('strong', 'send-dialog__excerpt', finding.excerpt), ' ');
    item.append(make('span', '', finding.message));
    if (finding.suggestion) item.append(make('p', 'send-dialog__fix', `To fix: ${finding.suggestion}`));
    const cited = formatCitations(finding.citations);
    if (cited) item.append(make('p', 'send-dialog__citation', cited));
    const fixLabel = hooks.fixLabel(finding);
    if (fixLabel) {
      // Fixing returns to the message, unsent: the user sees the change and sends it themselves.
      const fix = make('button', 'probity-button probity-button--primary send-dialog__fix-button', fixLabel);
      fix.type = 'button';
      fix.addEventListener('click', () => {
        finish({ send: false });
        hooks.onFix(finding);
      });
      item.append(fix);
    }
    list.append(item);
  }
  const back = make('button', 'probity-button probity-button--primary', serious ? 'Go back and fix' : 'Go back');
  back.type = 'button';
  const sendAnyway = make('button', 'probity-button', serious ? 'Send anyway…' : 'Send');
  sendAnyway.type = 'button';
  const buttons = make('div', 'send-dialog__buttons');
  buttons.append(back, sendAnyway);

  const reasonForm = make('form', 'send-dialog__reason');
  reasonForm.hidden = true;
  reasonForm.noValidate = true;
  const label = make('label', 'probity-dismiss__label', 'Why is it right to send it as it is?');
  const reason = make('input', 'probity-dismiss__reason');
  reason.id = 'probity-send-reason';
  reason.required = true;
  reason.autocomplete = 'off';
  label.htmlFor = reason.id;
  const problem = make('p', 'probity-dismiss__problem', 'Give a reason so the decision is on record.');
  problem.hidden = true;
  const confirm = make('button', 'probity-button probity-button--danger', 'Send anyway');
  confirm.type = 'submit';
  reasonForm.append(label, reason, problem, confirm);

  dialog.replaceChildren(title, ...(problems.length > 0 ? [problemList] : []), ...(listed.length > 0 ? [list] : []), buttons, reasonForm);

  return new Promise<SendDecision>((resolve) => {
    finish = (decision: SendDecision) => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      resolve(decision);
      if (!decision.send) hooks.onGoBack();
    };
    const onCancel = (event: Event) => {
      event.preventDefault();
      finish({ send: false });
    };
    dialog.addEventListener('cancel', onCancel);
    back.addEventListener('click', () => finish({ send: false }));
    sendAnyway.addEventListener('click', () => {
      if (!serious) return finish({ send: true, reason: null });
      reasonForm.hidden = false;
      sendAnyway.disabled = true;
      reason.focus();
    });
    reasonForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const given = reason.value.trim();
      problem.hidden = !!given;
      if (!given) {
        reason.setAttribute('aria-invalid', 'true');
        reason.focus();
        return;
      }
      finish({ send: true, reason: given });
    });
    dialog.showModal();
    back.focus();
  });
}

/** The bottom-right corner of what can be seen of `area` inside `bounds` and the viewport, or null when none of it shows. */
function visibleCorner(area: DOMRect, bounds: DOMRect, view: Window): { x: number; y: number } | null {
  const right = Math.min(area.right, bounds.right, view.innerWidth);
  const bottom = Math.min(area.bottom, bounds.bottom, view.innerHeight);
  const left = Math.max(area.left, bounds.left, 0);
  const top = Math.max(area.top, bounds.top, 0);
  return right - left > 40 && bottom - top > 20 ? { x: right, y: bottom } : null;
}

/** True when the page's own element at (x, y) belongs to `bounds`, i.e. no other window lies on top there. */
function ownsPoint(bounds: Element, x: number, y: number): boolean {
  const document = bounds.ownerDocument;
  if (typeof document.elementsFromPoint !== 'function') return true;
  const top = document.elementsFromPoint(x, y).find((element) => element.localName !== 'probity-compose');
  return !top || bounds.contains(top) || top.contains(bounds);
}

function overlaps(rect: DOMRect, left: number, top: number, width: number, height: number): boolean {
  return rect.left < left + width && rect.right > left && rect.top < top + height && rect.bottom > top;
}

/** The right edge of the text a recipient row shows (its chips' names), from the row's left edge; an empty input adds nothing. */
function lastContentRight(row: Element, rowLeft: number): number {
  const document = row.ownerDocument;
  const range = document.createRange();
  const walker = document.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  let right = rowLeft;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0) right = Math.max(right, rect.right);
  }
  return right;
}

/**
 * Styles the shadow root with a constructed sheet, which no page CSP can block.
 * Firefox refuses sheets constructed in a content script's compartment, and
 * there a <style> element, exempt from the page's CSP for extensions, does the same job.
 */
function style(shadow: ShadowRoot, css: string): void {
  const view = shadow.ownerDocument.defaultView ?? window;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const element = shadow.ownerDocument.createElement('style');
    element.textContent = css;
    shadow.append(element);
  }
}
