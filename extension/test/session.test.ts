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
  return { check, recordDecision: vi.fn(), openSettings: vi.fn(), showCounts: vi.fn() };
}

function start(check: SessionServices['check']) {
  const [compose] = findComposeWindows(outlookWeb, document);
  startComposeSession(outlookWeb, compose!, services(check), controller.signal);
  return compose!;
}

beforeEach(() => {
  vi.useFakeTimers();
  const html = readFileSync(join(import.meta.dirname, 'pages', 'outlook-compose.html'), 'utf8');
  document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('<script>'));
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

const clean = async (): Promise<CheckResponse> => ({ kind: 'email', findings: [] });

describe('a compose session', () => {
  it('checks once after the user pauses, and once more if they typed while a check was running', async () => {
    let release: () => void = () => {};
    const check = vi.fn<SessionServices['check']>(() => new Promise<CheckResponse>((resolve) => {
      release = () => resolve({ kind: 'email', findings: [] });
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
    document.querySelector<HTMLButtonElement>('button[aria-label="Send"]')!.click();
    expect(sent).toBe(1);
  });

  it('holds Send while an error is outstanding', async () => {
    start(vi.fn(async () => ({ kind: 'email' as const, findings: [blindCopy] })));
    await vi.advanceTimersByTimeAsync(0);
    document.querySelector<HTMLButtonElement>('button[aria-label="Send"]')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(0);
  });

  it('sends anyway when the background cannot answer, so mail is never trapped', async () => {
    start(vi.fn(() => Promise.reject(new Error('Extension context invalidated.'))));
    await vi.advanceTimersByTimeAsync(0);
    document.querySelector<HTMLButtonElement>('button[aria-label="Send"]')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(1);
  });

  it('sends anyway when a check takes too long', async () => {
    start(vi.fn(() => new Promise<CheckResponse>(() => {})));
    document.querySelector<HTMLButtonElement>('button[aria-label="Send"]')!.click();
    await vi.advanceTimersByTimeAsync(SEND_CHECK_TIMEOUT_MS - 1);
    expect(sent).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toBe(1);
  });

  it('removes what it drew when the window closes', async () => {
    start(vi.fn(clean));
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelectorAll('probity-compose')).toHaveLength(1);
    controller.abort();
    expect(document.querySelectorAll('probity-compose')).toHaveLength(0);
  });
});
