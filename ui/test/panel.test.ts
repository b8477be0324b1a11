// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ruleById, type Finding } from '@probity/core';
import { describeCounts, renderFindingCard, renderFindingsPanel } from '../src/panel.ts';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'member-instructs-officer',
    severity: 'warning',
    message: '"You must change" tells an officer what to do.',
    field: 'body',
    excerpt: 'You must change',
    start: 6,
    end: 21,
    citations: [{ protocol: 'Model protocol', paragraph: '30', note: 'Officers answer to the Council, not to one member.' }],
    suggestion: 'Ask instead: "Could you consider…".',
    ...overrides,
  };
}

const blindCopy = finding({
  ruleId: 'no-blind-copy-member', severity: 'error', field: 'bcc', start: null, end: null,
  excerpt: 'Ravi Patel <cllr.ravi.patel@example.gov.uk>', message: 'Cllr Ravi Patel is blind-copied.',
  citations: [{ protocol: 'Model protocol', paragraph: '126' }], suggestion: 'Move Cllr Patel to Cc.',
});

function mount(findings: readonly Finding[], options = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const panel = renderFindingsPanel(root, findings, options);
  return { root, panel };
}

function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((button) => button.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('renderFindingsPanel', () => {
  it('shows a fix button only on findings the host can fix, and changes nothing until it is pressed', () => {
    const onFix = vi.fn();
    const { root } = mount([finding(), blindCopy], {
      fixLabel: (candidate: Finding) => (candidate.ruleId === 'no-blind-copy-member' ? 'Move Ravi Patel to Cc' : null),
      onFix,
    });
    const fixes = [...root.querySelectorAll<HTMLButtonElement>('.probity-finding__fix')];
    expect(fixes.map((button) => button.hidden)).toEqual([false, true]);
    expect(onFix).not.toHaveBeenCalled();
    buttonNamed(root, 'Move Ravi Patel to Cc').click();
    expect(onFix).toHaveBeenCalledWith(blindCopy);
  });

  it('groups findings by severity with a count in each heading', () => {
    const { root } = mount([finding(), blindCopy, finding({ excerpt: 'I want you to', start: 40, end: 53 })]);
    const titles = [...root.querySelectorAll('.probity-group')]
      .filter((group) => !(group as HTMLElement).hidden)
      .map((group) => group.querySelector('h3')?.textContent);
    expect(titles).toEqual(['Must fix (1)', 'Check before sending (2)']);
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe('1 error, 2 warnings');
  });

  it('shows the flagged words, the message, the suggestion and where they are', () => {
    const { root } = mount([blindCopy]);
    const item = root.querySelector('.probity-finding')!;
    expect(item.querySelector('.probity-finding__field')?.textContent).toBe('In Bcc');
    expect(item.querySelector('.probity-finding__excerpt')?.textContent).toBe('Ravi Patel <cllr.ravi.patel@example.gov.uk>');
    expect(item.querySelector('.probity-finding__message')?.textContent).toBe('Cllr Ravi Patel is blind-copied.');
    expect(item.querySelector('.probity-finding__suggestion')?.textContent).toBe('Move Cllr Patel to Cc.');
  });

  it('shows the citation without a click and its notes under "Why", reporting the expanded state', () => {
    const { root } = mount([finding()]);
    const citation = root.querySelector<HTMLElement>('.probity-finding__citation')!;
    expect(citation.hidden).toBe(false);
    expect(citation.textContent).toBe('Model protocol, para 30');
    const why = buttonNamed(root, 'Why');
    const region = root.querySelector<HTMLElement>(`#${why.getAttribute('aria-controls')}`)!;
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
    why.click();
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    expect(region.querySelector('.probity-citation__source')?.textContent).toBe('Model protocol, paragraph 30');
    expect(region.querySelector('.probity-citation__note')?.textContent).toBe('Officers answer to the Council, not to one member.');
  });

  it('draws a card for flagged words with each finding’s message, citation and fix, the most serious first', () => {
    const card = renderFindingCard(document, [finding(), blindCopy]);
    const sections = [...card.querySelectorAll<HTMLElement>('.probity-card__finding')];
    expect(sections.map((section) => section.dataset.severity)).toEqual(['error', 'warning']);
    expect(sections.map((section) => [...section.querySelectorAll('p')].filter((line) => !line.hidden).map((line) => line.textContent))).toEqual([
      [`Must fix: ${ruleById('no-blind-copy-member')!.meta.title}`, 'Cllr Ravi Patel is blind-copied.', 'Model protocol, para 126', 'Move Cllr Patel to Cc.'],
      [`Check before sending: ${ruleById('member-instructs-officer')!.meta.title}`, '"You must change" tells an officer what to do.', 'Model protocol, para 30', 'Ask instead: "Could you consider…".'],
    ]);
  });

  it('says so when there is nothing to show', () => {
    const { root } = mount([], { emptyText: 'Nothing to fix.' });
    const empty = root.querySelector<HTMLElement>('.probity-panel__empty')!;
    expect(empty.hidden).toBe(false);
    expect(empty.textContent).toBe('Nothing to fix.');
    expect(root.querySelector('[aria-live]')?.textContent).toBe('No findings');
  });

  it('uses the heading it is given', () => {
    const { root } = mount([], { heading: 'Review report' });
    expect(root.querySelector('h2')?.textContent).toBe('Review report');
  });

  it('requires a reason before dismissing and passes it to the host', () => {
    const onDismiss = vi.fn();
    const { root } = mount([finding(), blindCopy], { onDismiss });
    const dismiss = buttonNamed(root.querySelector('[data-rule-id="member-instructs-officer"]')!, 'Dismiss with a reason');
    dismiss.click();
    expect(dismiss.getAttribute('aria-expanded')).toBe('true');
    const form = root.querySelector<HTMLFormElement>(`#${dismiss.getAttribute('aria-controls')}`)!;
    const input = form.querySelector('input')!;
    expect(document.activeElement).toBe(input);

    form.requestSubmit();
    expect(onDismiss).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');

    input.value = 'Agreed with the Chief Executive';
    form.requestSubmit();
    expect(onDismiss).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'member-instructs-officer' }), 'Agreed with the Chief Executive');
    expect(root.querySelector('[data-rule-id="member-instructs-officer"]')).toBeNull();
    expect(root.querySelector('[aria-live]')?.textContent).toBe('1 error');
  });

  it('closes the dismiss form on Escape and returns focus to its button', () => {
    const onDismiss = vi.fn();
    const { root } = mount([finding()], { onDismiss });
    const dismiss = buttonNamed(root, 'Dismiss with a reason');
    dismiss.click();
    const input = root.querySelector<HTMLInputElement>('.probity-dismiss input')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.querySelector<HTMLElement>('.probity-dismiss')!.hidden).toBe(true);
    expect(dismiss.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(dismiss);
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('makes the flagged words a button when the host can show them', () => {
    const onSelect = vi.fn();
    const { root } = mount([finding()], { onSelect });
    const excerpt = root.querySelector<HTMLButtonElement>('button.probity-finding__excerpt')!;
    excerpt.click();
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ excerpt: 'You must change' }));
  });

  it('keeps a half-typed reason and an open "Why" when the draft is re-checked', () => {
    const { root, panel } = mount([finding()], { onDismiss: () => {} });
    buttonNamed(root, 'Why').click();
    buttonNamed(root, 'Dismiss with a reason').click();
    const input = root.querySelector<HTMLInputElement>('.probity-dismiss input')!;
    input.value = 'Half a reas';

    panel.update([finding({ start: 9, end: 24 }), blindCopy]);

    const item = root.querySelector('[data-rule-id="member-instructs-officer"]')!;
    expect(item.querySelector('.probity-dismiss input')).toBe(input);
    expect(input.value).toBe('Half a reas');
    expect(buttonNamed(item as HTMLElement, 'Why').getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelectorAll('.probity-finding')).toHaveLength(2);
  });

  it('hands the current finding to the host after an update moved its offsets', () => {
    const onSelect = vi.fn();
    const { root, panel } = mount([finding()], { onSelect });
    panel.update([finding({ start: 100, end: 115 })]);
    root.querySelector<HTMLButtonElement>('button.probity-finding__excerpt')!.click();
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ start: 100 }));
  });

  it('shows a sending time as a readable time rather than a timestamp', () => {
    const { root } = mount([finding({ field: 'date', excerpt: '2026-03-09T21:30:00Z', start: null, end: null })]);
    expect(root.querySelector('.probity-finding__excerpt')?.textContent).toMatch(/Mon.*9 Mar.*\d\d:30/);
  });

  it('removes itself on destroy', () => {
    const { root, panel } = mount([finding()]);
    panel.destroy();
    expect(root.childElementCount).toBe(0);
  });

  it('builds no markup from strings', () => {
    const { root } = mount([finding({ excerpt: '<img src=x onerror=alert(1)>', message: '<b>bold</b>' })]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.probity-finding__excerpt')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('describeCounts', () => {
  it('counts each severity in the singular or plural', () => {
    expect(describeCounts([blindCopy, finding(), finding({ severity: 'info' }), finding({ severity: 'info' })]))
      .toBe('1 error, 1 warning, 2 notes');
  });
});
