// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftSchema } from '@probity/core';
import { findComposeWindows, readCompose, type ComposeAdapter, type ComposeWindow } from '../src/sites/adapter.ts';
import { gmail } from '../src/sites/gmail.ts';
import { outlookWeb } from '../src/sites/outlook-web.ts';
import { rangeFor } from '../src/dom-text.ts';

const pages = join(dirname(fileURLToPath(import.meta.url)), 'pages');

function load(page: string): void {
  const html = readFileSync(join(pages, page), 'utf8').replace(/<script>[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
}

/** The draft as the engine will see it, which also checks that it fits the schema. */
function draftOf(adapter: ComposeAdapter, compose: ComposeWindow) {
  return DraftSchema.parse(readCompose(adapter, compose).draft);
}

function composeBy(adapter: ComposeAdapter, id: string) {
  const compose = findComposeWindows(adapter, document).find((window) => window.root.id === id || window.root.querySelector(`#${id}`) || window.root.closest(`#${id}`));
  if (!compose) throw new Error(`no compose window ${id}`);
  return compose;
}

describe('Gmail adapter', () => {
  beforeEach(() => load('gmail-compose.html'));

  it('finds every open compose window: the inline reply and the pop-up', () => {
    const windows = findComposeWindows(gmail, document);
    expect(windows.map((window) => window.root.id)).toEqual(['inline-reply', 'new-message']);
  });

  it('reads the sender, chips in To and Bcc, and the subject of a new message', () => {
    const draft = draftOf(gmail, composeBy(gmail, 'new-message'));
    expect(draft.from).toEqual({ name: '', address: 'cllr.jane.okafor@example.gov.uk' });
    expect(draft.to).toEqual([{ name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' }]);
    expect(draft.cc).toEqual([]);
    expect(draft.bcc).toEqual([{ name: 'Ravi Patel', address: 'cllr.ravi.patel@example.gov.uk' }]);
    expect(draft.subject).toBe('Recycling report for Thursday');
    expect(draft.composeType).toBe('new');
  });

  it('adds an address still being typed in a recipient box', () => {
    const compose = composeBy(gmail, 'new-message');
    compose.root.querySelector<HTMLInputElement>('input[aria-label="CC recipients"]')!.value = 'Ann Lee <cllr.ann.lee@example.gov.uk>, press@localnews.co.uk';
    expect(draftOf(gmail, compose).cc).toEqual([
      { name: 'Ann Lee', address: 'cllr.ann.lee@example.gov.uk' },
      { name: '', address: 'press@localnews.co.uk' },
    ]);
  });

  it('extracts the body with a line per block and marks the gmail_quote thread as quoted', () => {
    const draft = draftOf(gmail, composeBy(gmail, 'inline-reply'));
    expect(draft.body.startsWith('Thanks Sam, that is helpful. Could you let me know when the figures are published?\n\nJane\n')).toBe(true);
    expect(draft.quoted).toHaveLength(1);
    const quoted = draft.body.slice(draft.quoted[0]!.start, draft.quoted[0]!.end);
    expect(quoted).toMatch(/^On Mon, 9 Mar 2026 at 10:02, Sam Hughes <sam.hughes@example.gov.uk> wrote:\n/);
    expect(quoted).toContain('Dear Cllr Okafor, the recycling figures');
    expect(draft.subject).toBe('Re: Northfield recycling report');
    expect(draft.composeType).toBe('reply');
  });

  it('maps body offsets back onto the editor text', () => {
    const compose = composeBy(gmail, 'new-message');
    const { body } = readCompose(gmail, compose);
    const start = body.text.indexOf('You must change');
    const range = rangeFor(body, start, start + 'You must change the recommendation'.length)!;
    expect(range.toString()).toBe('You must change the recommendation');
    expect(compose.editor.contains(range.startContainer)).toBe(true);
  });
});

describe('Outlook on the web adapter', () => {
  beforeEach(() => load('outlook-compose.html'));

  it('reads the signed-in sender, persona chips and the subject', () => {
    const [compose] = findComposeWindows(outlookWeb, document);
    const draft = draftOf(outlookWeb, compose!);
    expect(draft.from).toEqual({ name: '', address: 'sam.hughes@example.gov.uk' });
    expect(draft.to).toEqual([{ name: 'Jane Okafor', address: 'cllr.jane.okafor@example.gov.uk' }]);
    expect(draft.bcc).toEqual([{ name: 'Ravi Patel', address: 'cllr.ravi.patel@example.gov.uk' }]);
    expect(draft.subject).toBe('RE: Northfield recycling report');
    expect(draft.composeType).toBe('reply');
  });

  it('reads typed text around the chips in a recipient well', () => {
    const [compose] = findComposeWindows(outlookWeb, document);
    compose!.root.querySelector('[aria-label="Cc"]')!.textContent = 'cllr.ann.lee@example.gov.uk;';
    expect(draftOf(outlookWeb, compose!).cc).toEqual([{ name: '', address: 'cllr.ann.lee@example.gov.uk' }]);
  });

  it('treats everything from the reply header on as the quoted thread', () => {
    const [compose] = findComposeWindows(outlookWeb, document);
    const draft = draftOf(outlookWeb, compose!);
    expect(draft.quoted).toHaveLength(1);
    const fresh = draft.body.slice(0, draft.quoted[0]!.start);
    const quoted = draft.body.slice(draft.quoted[0]!.start);
    expect(fresh).toContain('will send the final report on Friday');
    expect(fresh).not.toContain('you must change');
    expect(quoted).toMatch(/^From: Jane Okafor <cllr.jane.okafor@example.gov.uk>\nSent: /);
    expect(quoted).toContain('you must change the recommendation');
  });

  it('maps an offset inside the quoted thread back to its text node', () => {
    const [compose] = findComposeWindows(outlookWeb, document);
    const { body } = readCompose(outlookWeb, compose!);
    const start = body.text.indexOf('Monday, March 9');
    expect(rangeFor(body, start, start + 6)!.toString()).toBe('Monday');
  });
});
