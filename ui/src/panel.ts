/**
 * The findings panel: one implementation for the extension's in-page panel,
 * the review page and the Outlook add-in's task pane.
 *
 * Every node is built with createElement/textContent: Gmail enforces Trusted
 * Types, so any HTML string assignment would throw there.
 */
import { formatCitations, ruleById, type Finding, type Severity } from '@probity/core';

export interface PanelOptions {
  /** The user dismissed a finding and gave a reason; the host records it and re-checks. */
  onDismiss?(finding: Finding, reason: string): void;
  /** The user asked to see a finding in the draft (the host scrolls to or selects its words). */
  onSelect?(finding: Finding): void;
  /**
   * The one-click fix a host can make for a finding, as the words on its
   * button ("Replace with “the Council”"), or null when the fix is not
   * mechanical. The host makes the change only in `onFix`, when the user
   * presses the button.
   */
  fixLabel?(finding: Finding): string | null;
  onFix?(finding: Finding): void;
  emptyText?: string;
  heading?: string;
}

export interface FindingsPanel {
  update(findings: readonly Finding[]): void;
  destroy(): void;
}

const SEVERITY_GROUPS: readonly { severity: Severity; title: string; singular: string; plural: string }[] = [
  { severity: 'error', title: 'Must fix', singular: 'error', plural: 'errors' },
  { severity: 'warning', title: 'Check before sending', singular: 'warning', plural: 'warnings' },
  { severity: 'info', title: 'For information', singular: 'note', plural: 'notes' },
];

const FIELD_LABELS: Record<Finding['field'], string> = {
  body: 'In the message',
  subject: 'In the subject',
  from: 'Sender',
  to: 'In To',
  cc: 'In Cc',
  bcc: 'In Bcc',
  date: 'Time of sending',
};

let panelCount = 0;

/** Draws `findings` into `root` and keeps them up to date through `update`. */
export function renderFindingsPanel(
  root: HTMLElement, findings: readonly Finding[], options: PanelOptions = {},
): FindingsPanel {
  const document = root.ownerDocument;
  const idPrefix = `probity-panel-${++panelCount}`;
  const make = elementMaker(document);

  const panel = make('section', 'probity-panel');
  const heading = make('h2', 'probity-panel__heading', options.heading ?? 'Probity');
  heading.id = `${idPrefix}-heading`;
  panel.setAttribute('aria-labelledby', heading.id);
  const summary = make('p', 'probity-panel__summary');
  summary.setAttribute('role', 'status');
  summary.setAttribute('aria-live', 'polite');
  const empty = make('p', 'probity-panel__empty', options.emptyText ?? 'No problems found.');
  const groups = SEVERITY_GROUPS.map((group) => {
    const section = make('section', `probity-group probity-group--${group.severity}`);
    const countedTitle = make('h3', 'probity-group__title');
    const list = make('ul', 'probity-group__list');
    section.append(countedTitle, list);
    return { ...group, section, countedTitle, list };
  });
  panel.append(heading, summary, empty, ...groups.map((group) => group.section));
  root.append(panel);

  /** Items survive updates by key, so an open "Why" or a half-typed reason is not lost when the draft is re-checked. */
  let items = new Map<string, FindingItem>();
  let current: readonly Finding[] = [];
  let itemCount = 0;

  function dismiss(item: FindingItem, reason: string): void {
    const finding = item.finding;
    draw(current.filter((candidate) => candidate !== finding));
    options.onDismiss?.(finding, reason);
    panel.focus();
  }

  function draw(next: readonly Finding[]): void {
    current = next;
    const nextItems = new Map<string, FindingItem>();
    for (const [key, finding] of keyed(next)) {
      const item = items.get(key) ?? createFindingItem(make, `${idPrefix}-${++itemCount}`, {
        onDismiss: (reason) => dismiss(item, reason),
        onSelect: options.onSelect && (() => options.onSelect?.(item.finding)),
        onFix: () => options.onFix?.(item.finding),
      });
      item.show(finding, options.fixLabel?.(finding) ?? null);
      nextItems.set(key, item);
    }
    items = nextItems;

    for (const group of groups) {
      const members = [...items.values()].filter((item) => item.finding.severity === group.severity);
      const wanted = members.map((item) => item.element);
      // Moving a node blurs it, so the list is only rebuilt when its order really changed.
      if (!sameChildren(group.list, wanted)) group.list.replaceChildren(...wanted);
      group.countedTitle.textContent = `${group.title} (${members.length})`;
      group.section.hidden = members.length === 0;
    }
    empty.hidden = next.length > 0;
    summary.textContent = describeCounts(next);
  }

  panel.tabIndex = -1;
  draw(findings);

  return {
    update: draw,
    destroy() {
      panel.remove();
      items.clear();
    },
  };
}

/** "2 errors, 1 warning" — also what a screen reader hears after every check. */
export function describeCounts(findings: readonly Finding[]): string {
  const parts = SEVERITY_GROUPS.flatMap((group) => {
    const count = findings.filter((finding) => finding.severity === group.severity).length;
    return count === 0 ? [] : [`${count} ${count === 1 ? group.singular : group.plural}`];
  });
  return parts.length === 0 ? 'No findings' : parts.join(', ');
}

interface FindingItem {
  readonly element: HTMLLIElement;
  finding: Finding;
  /** `fixLabel`: the words on the finding's one-click fix button, or null for no button. */
  show(finding: Finding, fixLabel: string | null): void;
}

interface ItemActions {
  onDismiss(reason: string): void;
  onSelect?: () => void;
  onFix(): void;
}

function createFindingItem(make: ElementMaker, id: string, actions: ItemActions): FindingItem {
  const element = make('li', 'probity-finding');
  const where = make('p', 'probity-finding__where');
  const fieldLabel = make('span', 'probity-finding__field');
  const excerpt = actions.onSelect
    ? button(make, '', 'probity-finding__excerpt probity-finding__excerpt--link')
    : make('span', 'probity-finding__excerpt');
  if (actions.onSelect) excerpt.addEventListener('click', actions.onSelect);
  where.append(fieldLabel, excerpt);
  const details = findingDetails(make);

  const toolbar = make('div', 'probity-finding__actions');
  const fixButton = button(make, '', 'probity-button probity-button--primary probity-finding__fix');
  fixButton.addEventListener('click', actions.onFix);
  const whyButton = button(make, 'Why', 'probity-button probity-button--subtle');
  const dismissButton = button(make, 'Dismiss with a reason', 'probity-button probity-button--subtle');
  toolbar.append(fixButton, whyButton, dismissButton);

  const why = make('div', 'probity-finding__why');
  why.id = `${id}-why`;
  why.hidden = true;
  whyButton.setAttribute('aria-expanded', 'false');
  whyButton.setAttribute('aria-controls', why.id);
  whyButton.addEventListener('click', () => setExpanded(whyButton, why, why.hidden));

  const form = createDismissForm(make, id, {
    submit: (reason) => actions.onDismiss(reason),
    cancel: () => {
      setExpanded(dismissButton, form.element, false);
      dismissButton.focus();
    },
  });
  dismissButton.setAttribute('aria-expanded', 'false');
  dismissButton.setAttribute('aria-controls', form.element.id);
  dismissButton.addEventListener('click', () => {
    const opening = form.element.hidden;
    setExpanded(dismissButton, form.element, opening);
    if (opening) form.open();
  });

  element.append(where, ...details.elements, toolbar, why, form.element);

  const item: FindingItem = {
    element,
    finding: undefined as unknown as Finding,
    show(finding, fixLabel) {
      item.finding = finding;
      fixButton.textContent = fixLabel ?? '';
      fixButton.hidden = fixLabel === null;
      element.dataset.ruleId = finding.ruleId;
      element.dataset.severity = finding.severity;
      fieldLabel.textContent = FIELD_LABELS[finding.field];
      excerpt.textContent = displayedExcerpt(finding);
      excerpt.hidden = !finding.excerpt;
      // The name holds the visible words (WCAG 2.5.3), so a sending time is named as it is shown, not in ISO form.
      if (actions.onSelect) excerpt.setAttribute('aria-label', `Show “${excerpt.textContent}” in the draft`);
      details.show(finding);
      why.replaceChildren(...citationNotes(make, finding), ruleLine(make, finding));
      whyButton.hidden = why.childElementCount === 0;
    },
  };
  return item;
}

/**
 * What a finding says, where it comes from and what to do: the message, the
 * protocol paragraphs (shown at once, never behind a click) and the fix.
 */
function findingDetails(make: ElementMaker): { elements: HTMLElement[]; show(finding: Finding): void } {
  const message = make('p', 'probity-finding__message');
  const citation = make('p', 'probity-finding__citation');
  const suggestion = make('p', 'probity-finding__suggestion');
  return {
    elements: [message, citation, suggestion],
    show(finding) {
      message.textContent = finding.message;
      citation.textContent = formatCitations(finding.citations);
      citation.hidden = finding.citations.length === 0;
      suggestion.textContent = finding.suggestion;
      suggestion.hidden = !finding.suggestion;
    },
  };
}

/**
 * A card for the findings on some flagged words, for a host to show beside
 * them: each finding's message, citation and fix, most serious first.
 */
export function renderFindingCard(document: Document, findings: readonly Finding[]): HTMLElement {
  const make = elementMaker(document);
  const card = make('div', 'probity-card probity-panel');
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  for (const finding of ordered) {
    const section = make('div', 'probity-card__finding');
    section.dataset.severity = finding.severity;
    const group = SEVERITY_GROUPS.find((candidate) => candidate.severity === finding.severity)!;
    const details = findingDetails(make);
    details.show(finding);
    section.append(make('p', 'probity-card__severity', `${group.title}: ${ruleTitle(finding.ruleId)}`), ...details.elements);
    card.append(section);
  }
  return card;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The flagged words as the user should read them; a sending time is shown as a clock time, not a timestamp. */
function displayedExcerpt(finding: Finding): string {
  if (finding.field !== 'date' || !finding.excerpt) return finding.excerpt ?? '';
  const when = new Date(finding.excerpt);
  return Number.isNaN(when.getTime())
    ? finding.excerpt
    : when.toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** Each cited paragraph's note: what that paragraph asks, in Probity's words. */
function citationNotes(make: ElementMaker, finding: Finding): HTMLElement[] {
  const noted = finding.citations.filter((citation) => citation.note);
  if (noted.length === 0) return [];
  const list = make('ul', 'probity-citations');
  for (const citation of noted) {
    const entry = make('li', 'probity-citation');
    entry.append(
      make('span', 'probity-citation__source', `${citation.protocol}, paragraph ${citation.paragraph}`),
      make('span', 'probity-citation__note', citation.note ?? ''),
    );
    list.append(entry);
  }
  return [list];
}

function ruleLine(make: ElementMaker, finding: Finding): HTMLElement {
  return make('p', 'probity-finding__rule', `Rule: ${ruleTitle(finding.ruleId)} (${finding.ruleId})`);
}

/** A rule's human title ("Councillor blind-copied"), or its id for a rule this version does not know. */
export function ruleTitle(ruleId: string): string {
  return ruleById(ruleId)?.meta.title ?? ruleId;
}

function createDismissForm(
  make: ElementMaker, id: string, handlers: { submit(reason: string): void; cancel(): void },
): { element: HTMLFormElement; open(): void } {
  const form = make('form', 'probity-dismiss');
  form.id = `${id}-dismiss`;
  form.hidden = true;
  form.noValidate = true;
  const label = make('label', 'probity-dismiss__label', 'Reason for dismissing');
  const input = make('input', 'probity-dismiss__reason');
  input.id = `${id}-reason`;
  input.type = 'text';
  input.required = true;
  input.autocomplete = 'off';
  label.htmlFor = input.id;
  const problem = make('p', 'probity-dismiss__problem', 'Give a reason so the decision is on record.');
  problem.id = `${id}-problem`;
  problem.hidden = true;
  const confirm = make('button', 'probity-button probity-button--primary', 'Dismiss');
  confirm.type = 'submit';
  const cancel = button(make, 'Cancel', 'probity-button');
  cancel.addEventListener('click', handlers.cancel);
  const buttons = make('div', 'probity-dismiss__buttons');
  buttons.append(confirm, cancel);
  form.append(label, input, problem, buttons);

  const showProblem = (visible: boolean) => {
    problem.hidden = !visible;
    if (visible) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', problem.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const reason = input.value.trim();
    if (!reason) {
      showProblem(true);
      input.focus();
      return;
    }
    handlers.submit(reason);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    // Escape belongs to the form here, not to the mail site's compose window.
    event.preventDefault();
    event.stopPropagation();
    handlers.cancel();
  });
  input.addEventListener('input', () => {
    if (input.value.trim()) showProblem(false);
  });

  return {
    element: form,
    open() {
      input.value = '';
      showProblem(false);
      input.focus();
    },
  };
}

function setExpanded(control: HTMLElement, region: HTMLElement, expanded: boolean): void {
  region.hidden = !expanded;
  control.setAttribute('aria-expanded', String(expanded));
}

function button(make: ElementMaker, text: string, className: string): HTMLButtonElement {
  const element = make('button', className, text);
  element.type = 'button';
  return element;
}

/** Pairs each finding with a key stable across re-checks: its offsets move as the user types, its words do not. */
function keyed(findings: readonly Finding[]): [string, Finding][] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.ruleId}\u0000${finding.field}\u0000${finding.excerpt ?? finding.message}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return [`${base}\u0000${occurrence}`, finding];
  });
}

function sameChildren(list: HTMLElement, wanted: readonly HTMLElement[]): boolean {
  const children = list.children;
  return children.length === wanted.length && wanted.every((element, index) => children[index] === element);
}

type ElementMaker = <K extends keyof HTMLElementTagNameMap>(
  tag: K, className: string, text?: string,
) => HTMLElementTagNameMap[K];

function elementMaker(document: Document): ElementMaker {
  return (tag, className, text) => {
    const element = document.createElement(tag);
    element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };
}
