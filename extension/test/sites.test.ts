// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftSchema } from '@probity/core';
import { findComposeWindows, readCompose, type ComposeAdapter, type ComposeWindow } from '../src/sites/adapter.ts';
import { gmail } from '../src/sites/gmail.ts';
import { outlookWeb } from '../src/sites/outlook-web.ts';
import { rangeFor } from '../src/dom-text.ts';

function load(page: string): void {
  const html = readFileSync(join(import.meta.dirname, 'pages', `${page}.html`), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
}

/** The one compose window the page marks with data-fixture-compose=`name`. */
function composeNamed(adapter: ComposeAdapter, name: string): ComposeWindow {
  const compose = findComposeWindows(adapter, document).find((window) => window.root.closest(`[data-fixture-compose="${name}"]`) ?? window.root.querySelector(`[data-fixture-compose="${name}"]`));
  if (!compose) throw new Error(`no compose window ${name}`);
  return compose;
}

/** The draft as the engine will see it (which also checks that it fits the schema), and what could not be read. */
function read(adapter: ComposeAdapter, compose: ComposeWindow) {
  const snapshot = readCompose(adapter, compose);
  return { draft: DraftSchema.parse(snapshot.draft), problems: snapshot.problems.map((problem) => problem.part) };
}

const SAM = { name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' };
const RAVI = { name: 'Ravi Patel', address: 'cllr.ravi.patel@example.gov.uk' };
const JANE_SENDING = { name: '', address: 'cllr.jane.okafor@example.gov.uk' };

describe('Gmail adapter', () => {
  describe('on two pop-up compose windows (2021+ recipients)', () => {
    beforeEach(() => load('gmail-2022-popups'));

    it('finds each window from its editor outward, with its recipients, subject and Send in it', () => {
      const windows = findComposeWindows(gmail, document);
      expect(windows).toHaveLength(2);
      for (const { root, editor } of windows) {
        expect(root.querySelector('form [name="to"]')).not.toBeNull();
        expect(root.contains(editor)).toBe(true);
        expect(gmail.primarySend(root)?.textContent).toBe('Send');
        expect(windows.filter((other) => other.root.contains(root) || root.contains(other.root))).toHaveLength(1);
      }
    });

    it('reads chips from the To and Bcc listboxes, the sender and the subject', () => {
      const { draft, problems } = read(gmail, composeNamed(gmail, 'bcc'));
      expect(draft.from).toEqual(JANE_SENDING);
      expect(draft.to).toEqual([SAM]);
      expect(draft.cc).toEqual([]);
      expect(draft.bcc).toEqual([RAVI]);
      expect(draft.subject).toBe('Recycling figures');
      expect(draft.composeType).toBe('new');
      expect(problems).toEqual([]);
    });

    it('reads recipients whose rows are hidden behind the collapsed summary', () => {
      const { draft, problems } = read(gmail, composeNamed(gmail, 'commitment'));
      expect(draft.to).toEqual([{ name: 'Alex Morgan', address: 'alex.morgan@example.com' }]);
      expect(draft.body).toContain('The Council will pay for the repair.');
      expect(problems).toEqual([]);
    });

    it('adds an address still being typed in a recipient input', () => {
      const compose = composeNamed(gmail, 'bcc');
      compose.root.querySelector<HTMLInputElement>('[name="cc"] input')!.value = 'Ann Lee <cllr.ann.lee@example.gov.uk>, press@localnews.co.uk';
      expect(read(gmail, compose).draft.cc).toEqual([
        { name: 'Ann Lee', address: 'cllr.ann.lee@example.gov.uk' },
        { name: '', address: 'press@localnews.co.uk' },
      ]);
    });

    it('says it could not read the recipients when the recipient fields are not where it expects them', () => {
      for (const field of document.querySelectorAll('[data-fixture-compose="bcc"] [name]')) {
        if (['to', 'cc', 'bcc'].includes(field.getAttribute('name')!)) field.removeAttribute('name');
      }
      const compose = composeNamed(gmail, 'bcc');
      expect(compose.root.matches('.M9')).toBe(true);
      expect(read(gmail, compose).problems).toContain('recipients');
    });

    it('says it could not read the recipients when a chip sits outside every field it knows', () => {
      const compose = composeNamed(gmail, 'bcc');
      compose.root.querySelector('[name="bcc"]')!.setAttribute('name', 'bcc-new');
      const { draft, problems } = read(gmail, compose);
      expect(draft.bcc).toEqual([]);
      expect(problems).toEqual(['recipients']);
    });
  });

  describe('on an inline reply', () => {
    beforeEach(() => load('gmail-2022-inline-reply'));

    it('reads the collapsed recipients and the hidden subject, and not the thread above', () => {
      const [compose, ...others] = findComposeWindows(gmail, document);
      expect(others).toEqual([]);
      const { draft, problems } = read(gmail, compose!);
      expect(draft.to).toEqual([SAM]);
      expect(draft.bcc).toEqual([]);
      expect(draft.subject).toBe('Re: Northfield recycling report');
      expect(draft.composeType).toBe('reply');
      expect(draft.body).toBe('Thanks Sam, that is helpful. Could you let me know when the figures are published?\n\nJane\n');
      expect(problems).toEqual([]);
    });

    it('knows Send and Send & archive as sending, and the arrow beside them as the send menu', () => {
      const [compose] = findComposeWindows(gmail, document);
      const [send, sendAndArchive, more] = compose!.root.querySelectorAll<HTMLElement>('.Up [role="button"]');
      expect(gmail.sendControlAt(compose!.root, send!)).toBe(send);
      expect(gmail.sendControlAt(compose!.root, sendAndArchive!)).toBe(sendAndArchive);
      expect(gmail.sendControlAt(compose!.root, more!)).toBeNull();
      expect(gmail.sendMenuButtonAt(compose!.root, more!)).toBe(more);
      expect(gmail.primarySend(compose!.root)).toBe(send);
    });
  });

  describe('on a full-screen compose of the generation before 2021', () => {
    beforeEach(() => load('gmail-2019-fullscreen'));

    it('reads chips from their hidden "Name <address>" inputs, and not the summary line', () => {
      const [compose] = findComposeWindows(gmail, document);
      const { draft, problems } = read(gmail, compose!);
      expect(draft.from).toEqual(JANE_SENDING);
      expect(draft.to).toEqual([SAM]);
      expect(draft.bcc).toEqual([RAVI]);
      expect(problems).toEqual([]);
    });
  });

  describe('on a popped-out window in French', () => {
    beforeEach(() => load('gmail-2022-popout-fr'));

    it('reads the same structure whatever the labels say', () => {
      const [compose] = findComposeWindows(gmail, document);
      const { draft, problems } = read(gmail, compose!);
      expect(draft.to).toEqual([SAM]);
      expect(draft.bcc).toEqual([RAVI]);
      expect(draft.subject).toBe('Chiffres du recyclage');
      expect(problems).toEqual([]);
      expect(gmail.primarySend(compose!.root)?.textContent).toBe('Envoyer');
    });
  });

  it('maps body offsets back onto the editor text', () => {
    load('gmail-2022-popups');
    const compose = composeNamed(gmail, 'commitment');
    const { body } = readCompose(gmail, compose);
    const start = body.text.indexOf('The Council will pay');
    const range = rangeFor(body, start, start + 'The Council will pay'.length)!;
    expect(range.toString()).toBe('The Council will pay');
    expect(compose.editor.contains(range.startContainer)).toBe(true);
  });
});

describe('Outlook on the web adapter', () => {
  describe('on a reply in the reading pane (2019 generation)', () => {
    beforeEach(() => load('outlook-2019-reply'));

    it('reads name-only persona pills without their avatar initials, and the account address', () => {
      const [compose] = findComposeWindows(outlookWeb, document);
      const { draft, problems } = read(outlookWeb, compose!);
      expect(compose!.root.matches('.conductorContent')).toBe(true);
      expect(draft.from).toEqual({ name: '', address: 'sam.hughes@example.gov.uk' });
      expect(draft.to).toEqual([{ name: 'Jane Okafor', address: '' }]);
      expect(draft.bcc).toEqual([{ name: 'Ravi Patel', address: '' }]);
      expect(draft.subject).toBe('RE: Northfield recycling report');
      expect(draft.composeType).toBe('reply');
      expect(problems).toEqual([]);
    });

    it('treats everything from the reply header on as the quoted thread', () => {
      const [compose] = findComposeWindows(outlookWeb, document);
      const { draft } = read(outlookWeb, compose!);
      const fresh = draft.body.slice(0, draft.quoted[0]!.start);
      expect(fresh).toContain('will send the final report on Friday');
      expect(fresh).not.toContain('you must change');
      expect(draft.body.slice(draft.quoted[0]!.start)).toMatch(/^From: Jane Okafor <cllr.jane.okafor@example.gov.uk>\nSent: /);
    });

    it('reads typed text around the pills in a well', () => {
      const [compose] = findComposeWindows(outlookWeb, document);
      compose!.root.querySelector('[aria-label="Cc"]')!.textContent = 'cllr.ann.lee@example.gov.uk;';
      expect(read(outlookWeb, compose!).draft.cc).toEqual([{ name: '', address: 'cllr.ann.lee@example.gov.uk' }]);
    });
  });

  describe('on a new message (Fluent generation)', () => {
    beforeEach(() => load('outlook-2024-compose'));

    it('finds the editor whatever its label, reads a typed address and the mailbox address', () => {
      const [compose, ...others] = findComposeWindows(outlookWeb, document);
      expect(others).toEqual([]);
      expect(compose!.editor.getAttribute('aria-label')).toBe('Message body, press Alt+F10 to exit');
      const { draft, problems } = read(outlookWeb, compose!);
      expect(draft.from).toEqual(JANE_SENDING);
      expect(draft.to).toEqual([{ name: '', address: 'alex.morgan@example.com' }]);
      expect(draft.cc).toEqual([]);
      expect(draft.bcc).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('knows the split button: its primary half sends, its arrow opens the send menu', () => {
      const [compose] = findComposeWindows(outlookWeb, document);
      const primary = compose!.root.querySelector<HTMLElement>('.fui-SplitButton__primaryActionButton')!;
      const arrow = compose!.root.querySelector<HTMLElement>('.fui-SplitButton__menuButton')!;
      expect(outlookWeb.sendControlAt(compose!.root, primary)).toBe(primary);
      expect(outlookWeb.sendControlAt(compose!.root, arrow)).toBeNull();
      expect(outlookWeb.sendMenuButtonAt(compose!.root, arrow)).toBe(arrow);
    });
  });

  describe('on a popped-out reply in French', () => {
    beforeEach(() => load('outlook-2024-popout-fr'));

    it('reads the translated wells and says it could not read the sender, who is not on the page', () => {
      const [compose] = findComposeWindows(outlookWeb, document);
      const { draft, problems } = read(outlookWeb, compose!);
      expect(draft.to).toEqual([{ name: 'Jane Okafor', address: '' }]);
      expect(draft.bcc).toEqual([{ name: 'Ravi Patel', address: '' }]);
      expect(draft.from).toBeUndefined();
      expect(problems).toEqual(['sender']);
    });
  });
});
