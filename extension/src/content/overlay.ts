/**
 * What the extension draws over a compose window: a badge beside Send, the
 * findings panel, notes pinned to recipient rows and the pre-send dialog.
 * All of it lives in one shadow root attached to a host at the end of <body>,
 * so nothing is inserted into the mail site's own compose markup and the
 * site's styles cannot leak in. Built without HTML strings (Trusted Types).
 */
import type { Finding } from '@probity/core';
import { describeCounts, renderFindingsPanel } from '@probity/ui';
import panelCss from '@probity/ui/panel.css?inline';
import overlayCss from './overlay.css?inline';
import { countBySeverity } from '../protocol.ts';
import { RECIPIENT_FIELDS, type RecipientField } from '../sites/adapter.ts';

export interface OverlayHooks {
  /** The area the badge sits in the bottom-right corner of (the message body), clipped to the compose window. */
  anchor(): { area: Element; bounds: Element } | null;
  recipientRow(field: RecipientField): Element | null;
  onDismiss(finding: Finding, reason: string): void;
  onSelect(finding: Finding): void;
  onOpenSettings(): void;
  onGoBack(): void;
}

export type SendDecision = { send: true; reason: string | null } | { send: false };

export interface ComposeOverlay {
  show(findings: readonly Finding[]): void;
  /** Asks the user about sending with these findings; resolves when they choose. */
  confirmSend(findings: readonly Finding[]): Promise<SendDecision>;
  destroy(): void;
}

const RECIPIENT_LABELS: Record<RecipientField, string> = { to: 'To', cc: 'Cc', bcc: 'Bcc' };

export function createComposeOverlay(document: Document, hooks: OverlayHooks, signal: AbortSignal): ComposeOverlay {
  const view = document.defaultView ?? window;
  const host = document.createElement('probity-compose');
  const shadow = host.attachShadow({ mode: 'open' });
  style(shadow, `${panelCss}\n${overlayCss}`);
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const element = document.createElement(tag);
    element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };

  const badge = make('button', 'badge');
  badge.type = 'button';
  badge.setAttribute('aria-expanded', 'false');
  const badgeIcon = make('span', 'badge__icon', 'P');
  badgeIcon.setAttribute('aria-hidden', 'true');
  const badgeCounts = make('span', 'badge__counts');
  badge.append(badgeIcon, badgeCounts);

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
  const panelRoot = make('div', 'panel-frame__body');
  panelFrame.append(panelBar, panelRoot);
  const panel = renderFindingsPanel(panelRoot, [], {
    heading: 'Probity',
    emptyText: 'Nothing to point out in this message.',
    onDismiss: (finding, reason) => hooks.onDismiss(finding, reason),
    onSelect: (finding) => hooks.onSelect(finding),
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
    if (!open) badge.focus();
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
      layout();
    });
  }
  function layout(): void {
    const anchor = hooks.anchor();
    const corner = anchor && visibleCorner(anchor.area.getBoundingClientRect(), anchor.bounds.getBoundingClientRect(), view);
    badge.hidden = !corner;
    if (corner) {
      // Like a spelling checker's badge: inside the body's bottom-right corner, clear of the site's own buttons.
      badge.style.left = `${corner.x - 8}px`;
      badge.style.top = `${corner.y - 8}px`;
      const badgeTop = corner.y - 8 - 28;
      panelFrame.style.right = `${Math.max(8, view.innerWidth - corner.x + 8)}px`;
      if (badgeTop > view.innerHeight / 2) {
        panelFrame.style.top = '';
        panelFrame.style.bottom = `${view.innerHeight - badgeTop + 8}px`;
        panelFrame.style.maxHeight = `${Math.max(160, badgeTop - 16)}px`;
      } else {
        panelFrame.style.bottom = '';
        panelFrame.style.top = `${corner.y}px`;
        panelFrame.style.maxHeight = `${Math.max(160, view.innerHeight - corner.y - 8)}px`;
      }
    }
    for (const [field, note] of notes) {
      const row = hooks.recipientRow(field)?.getBoundingClientRect();
      const relevant = shown.filter((finding) => finding.field === field);
      note.hidden = relevant.length === 0 || !row || row.width === 0;
      if (row && !note.hidden) {
        note.style.left = `${row.right - 4}px`;
        note.style.top = `${row.top + row.height / 2}px`;
      }
    }
  }
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
    }
  }

  return {
    show(findings) {
      shown = findings;
      const counts = countBySeverity(findings);
      badge.dataset.severity = counts.error ? 'error' : counts.warning ? 'warning' : counts.info ? 'info' : 'clean';
      badgeCounts.replaceChildren(...(findings.length === 0
        ? [make('span', 'count count--clean', 'OK')]
        : (['error', 'warning', 'info'] as const)
          .filter((severity) => counts[severity] > 0)
          .map((severity) => make('span', `count count--${severity}`, String(counts[severity])))));
      badge.setAttribute('aria-label', `Probity: ${describeCounts(findings)}. Show findings.`);
      badge.title = `Probity: ${describeCounts(findings)}`;
      panel.update(findings);
      showRecipientNotes(findings);
      layout();
    },

    confirmSend(findings) {
      return askBeforeSending(dialog, make, findings, () => hooks.onGoBack());
    },

    destroy() {
      resizes.disconnect();
      panel.destroy();
      host.remove();
    },
  };
}

function askBeforeSending(
  dialog: HTMLDialogElement,
  make: <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => HTMLElementTagNameMap[K],
  findings: readonly Finding[],
  goBack: () => void,
): Promise<SendDecision> {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const serious = errors.length > 0;
  const listed = serious ? errors : findings.filter((finding) => finding.severity === 'warning');
  dialog.dataset.severity = serious ? 'error' : 'warning';

  const title = make('h2', 'send-dialog__title', serious
    ? `This message has ${describeCounts(errors)} to fix`
    : `Send with ${describeCounts(listed)}?`);
  title.id = 'probity-send-title';
  const list = make('ul', 'send-dialog__list');
  for (const finding of listed) {
    const item = make('li', 'send-dialog__item');
    if (finding.excerpt) item.append(make('strong', 'send-dialog__excerpt', finding.excerpt), ' ');
    item.append(make('span', '', finding.message));
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

  dialog.replaceChildren(title, list, buttons, reasonForm);

  return new Promise<SendDecision>((resolve) => {
    const finish = (decision: SendDecision) => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      resolve(decision);
      if (!decision.send) goBack();
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
