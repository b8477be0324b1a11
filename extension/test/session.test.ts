// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@probity/core';
import { findComposeWindows } from '../src/sites/adapter.ts';
import { outlookWeb } from '../src/sites/outlook-web.ts';
import { CHECK_DELAY_MS, SEND_CHECK_TIMEOUT_MS, startComposeSession, type SessionServices } from '../src/content/session.ts';
import type { CheckResponse } from '../src/protocol.ts';

const blindCopy: Finding = {
  ruleId: 'no-blind-copy-member', severity: 'error', message: 'Cllr Ravi Patel is blind-copied.', field: 'bcc',
  excerpt: 'Ravi Patel <cllr.ravi.patel@example.gov.uk>', start: null, end: null, citations: [], suggestion: '',
};

let controller: AbortController;
let sent: number;

function services(check: SessionServices['check']): SessionServices {
  return { check, recordDecision: vi.fn(), recordReadFailure: vi.fn(), openSettings: vi.fn(), openDiagnostics: vi.fn(), showCounts: vi.fn() };
}

function start(check: SessionServices['check']) {
  const [compose] = findComposeWindows(outlookWeb, document);
  startComposeSession(outlookWeb, compose!, services(check), controller.signal);
  return compose!;
}

beforeEach(() => {
  vi.useFakeTimers();
  const html = readFileSync(join(import.meta.dirname, 'pages', 'outlook-2019-reply.html'), 'utf8');
  document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('<script'));
  sent = 0;
  controller = new AbortController();
  document.addEventListener('click', (event) => {
    if ((event.target as Element).closest('button[aria-label="Send"]')) sent += 1;
  }, { signal: controller.signal });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

const sendButton = () => document.querySelector<HTMLButtonElement>('button[aria-label="Send"]')!;
const openDialog = () => document.querySelector('probity-compose')?.shadowRoot?.querySelector<HTMLDialogElement>('dialog[open]') ?? null;
const button = (root: Element, text: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === text)!;

const clean = async (): Promise<CheckResponse> => ({ kind: 'email', findings: [], unresolved: [] });

describe('a compose session', () => {
  it('checks once after the user pauses, and once more if they typed while a check was running', async () => {
    let release: () => void = () => {};
    const check = vi.fn<SessionServices['check']>(() => new Promise<CheckResponse>((resolve) => {
      release = () => resolve({ kind: 'email', findings: [], unresolved: [] });
    }));
    const compose = start(check);
    expect(check).toHaveBeenCalledTimes(1);

    for (const word of ['One', 'Two', 'Three']) {
      compose.editor.append(word);
      compose.editor.dispatchEvent(new Event('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS / 2);
    }
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(check).toHaveBeenCalledTimes(1);

    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(2);
    expect(check.mock.lastCall?.[0].body).toContain('OneTwoThree');
  });

  it('lets a clean, already-checked draft go at once', async () => {
    start(vi.fn(clean));
    await vi.advanceTimersByTimeAsync(0);
    sendButton().click();
    expect(sent).toBe(1);
  });

  it('holds Send while an error is outstanding', async () => {
    start(vi.fn(async () => ({ kind: 'email' as const, findings: [blindCopy], unresolved: [] })));
    await vi.advanceTimersByTimeAsync(0);
    sendButton().click();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(0);
  });

  it('asks, rather than passing, when the background cannot answer; one click then sends', async () => {
    start(vi.fn(() => Promise.reject(new Error('Extension context invalidated.'))));
    await vi.advanceTimersByTimeAsync(0);
    sendButton().click();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(0);
    expect(openDialog()?.textContent).toContain('Probity could not check this message');
    button(openDialog()!, 'Send').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(1);
  });

  it('asks when a check takes too long, and not before', async () => {
    start(vi.fn(() => new Promise<CheckResponse>(() => {})));
    sendButton().click();
    await vi.advanceTimersByTimeAsync(SEND_CHECK_TIMEOUT_MS - 1);
    expect(openDialog()).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(openDialog()?.textContent).toContain('could not check');
    expect(sent).toBe(0);
  });

  it('asks before sending a draft with no findings when its sender could not be read, and notes the problem once', async () => {
    document.querySelector('#mectrl_currentAccount_secondary')!.remove();
    const session = services(vi.fn(clean));
    const [compose] = findComposeWindows(outlookWeb, document);
    startComposeSession(outlookWeb, compose!, session, controller.signal);
    await vi.advanceTimersByTimeAsync(0);
    compose!.editor.append(' More.');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(session.recordReadFailure).toHaveBeenCalledTimes(1);
    expect(session.recordReadFailure).toHaveBeenCalledWith(expect.objectContaining({ part: 'sender' }));
    sendButton().click();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(0);
    expect(openDialog()?.textContent).toContain('Probity could not read who is sending this');
  });

  it('asks when a name-only Bcc recipient is not in the council directory', async () => {
    start(vi.fn(async () => ({ kind: 'email' as const, findings: [], unresolved: [{ field: 'bcc' as const, name: 'Ravi Patel' }] })));
    await vi.advanceTimersByTimeAsync(0);
    sendButton().click();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(0);
    expect(openDialog()?.textContent).toContain('Probity could not tell who “Ravi Patel” in Bcc is — check Bcc yourself.');
  });

  it('holds Ctrl+Enter and Alt+S in the window, and lets other keys through untouched', async () => {
    const compose = start(vi.fn(async () => ({ kind: 'email' as const, findings: [blindCopy], unresolved: [] })));
    await vi.advanceTimersByTimeAsync(0);
    for (const init of [{ key: 'Enter', ctrlKey: true }, { key: 's', altKey: true }, { key: 'a' }]) {
      const event = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true });
      compose.editor.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(init.key !== 'a');
    }
  });

  it('keeps one timer while the user types, however many keystrokes', async () => {
    const compose = start(vi.fn(clean));
    await vi.advanceTimersByTimeAsync(0);
    const timers = vi.getTimerCount();
    for (let key = 0; key < 20; key += 1) {
      compose.editor.dispatchEvent(new Event('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(10);
      expect(vi.getTimerCount()).toBe(timers + 1);
    }
  });

  it('removes what it drew when the window closes', async () => {
    start(vi.fn(clean));
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelectorAll('probity-compose')).toHaveLength(1);
    controller.abort();
    expect(document.querySelectorAll('probity-compose')).toHaveLength(0);
  });
});

describe('the override log', () => {
  const promise: Finding = {
    ruleId: 'member-letter-obligation', severity: 'error', message: 'A councillor commits the Council.', field: 'body',
    excerpt: 'The Council will pay for the repair.', start: 0, end: 36, citations: [], suggestion: '',
  };

  async function startWith(check: SessionServices['check']): Promise<SessionServices> {
    const session = services(check);
    const [compose] = findComposeWindows(outlookWeb, document);
    startComposeSession(outlookWeb, compose!, session, controller.signal);
    await vi.advanceTimersByTimeAsync(0);
    return session;
  }

  async function sendAnyway(reason: string): Promise<void> {
    sendButton().click();
    await vi.advanceTimersByTimeAsync(0);
    button(openDialog()!, 'Send anyway…').click();
    openDialog()!.querySelector('input')!.value = reason;
    button(openDialog()!, 'Send anyway').click();
    await vi.advanceTimersByTimeAsync(0);
  }

  it('records "Send anyway" with the rules, the reason and the flagged words of the message, never the recipients', async () => {
    const session = await startWith(vi.fn(async () => ({ kind: 'email' as const, findings: [promise, blindCopy], unresolved: [] })));
    await sendAnyway('Agreed with the Monitoring Officer');
    expect(sent).toBe(1);
    expect(session.recordDecision).toHaveBeenCalledExactlyOnceWith({
      action: 'sent-anyway', ruleIds: ['member-letter-obligation', 'no-blind-copy-member'],
      excerpts: ['The Council will pay for the repair.'], reason: 'Agreed with the Monitoring Officer',
    });
  });

  it('records a dismissal with its flagged words', async () => {
    const session = await startWith(vi.fn(async () => ({ kind: 'email' as const, findings: [promise], unresolved: [] })));
    const panel = document.querySelector('probity-compose')!.shadowRoot!;
    button(panel as unknown as Element, 'Dismiss with a reason').click();
    panel.querySelector<HTMLInputElement>('.probity-dismiss__reason')!.value = 'The Cabinet agreed to pay on 3 March';
    button(panel as unknown as Element, 'Dismiss').click();
    expect(session.recordDecision).toHaveBeenCalledExactlyOnceWith({
      action: 'dismissed', ruleIds: ['member-letter-obligation'], excerpts: ['The Council will pay for the repair.'],
      reason: 'The Cabinet agreed to pay on 3 March',
    });
  });

  it('records a send the check could not cover, saying what was not checked', async () => {
    const session = await startWith(vi.fn(() => Promise.reject(new Error('Extension context invalidated.'))));
    sendButton().click();
    await vi.advanceTimersByTimeAsync(0);
    button(openDialog()!, 'Send').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(1);
    expect(session.recordDecision).toHaveBeenCalledExactlyOnceWith({
      action: 'sent-unchecked', ruleIds: [], excerpts: [], reason: 'Not fully checked: the check did not answer in time',
    });
  });

  it('records nothing for a clean message sent at once', async () => {
    const session = await startWith(vi.fn(clean));
    sendButton().click();
    expect(sent).toBe(1);
    expect(session.recordDecision).not.toHaveBeenCalled();
  });
});
