// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { exampleCouncil } from '@probity/core';
import { COUNCIL_KEY, type StorageAreaLike, type StorageLike } from '../src/settings.ts';
import { engineOnThisThread } from '../src/review/engine.ts';
import { startReviewPage, type ReviewPage } from '../src/review/page.ts';
import { loadStaticPage } from './static-page.ts';

const PRESS_RELEASE = 'PRESS RELEASE\nFor immediate release\n\nLabour councillor Jane Okafor said the new recycling service would start in Northfield in June. The Labour administration has delivered on its promise to residents.\n\nENDS';
const FIXED_NOW = new Date('2026-03-02T10:00:00Z');

function area(data: Record<string, unknown>): StorageAreaLike {
  return { get: async (key) => (typeof key === 'string' && key in data ? { [key]: data[key] } : {}) };
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const texts = (selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent);
const summary = () => Object.fromEntries([...document.querySelectorAll('#result-summary dt')].map((term) => [term.textContent, term.nextElementSibling!.textContent]));

/** The reviewer's name as the browser's localStorage keeps it, shared by the pages a test starts. */
let remembered: Map<string, string>;
const rememberedStorage = () => ({ getItem: (key: string) => remembered.get(key) ?? null, setItem: (key: string, value: string) => void remembered.set(key, value) });

function start(storage: StorageLike | null = null): ReviewPage {
  loadStaticPage('review.html');
  return startReviewPage(document, { storage, engine: engineOnThisThread, now: () => FIXED_NOW, remembered: rememberedStorage() });
}

async function paste(page: ReviewPage, text: string): Promise<void> {
  $<HTMLTextAreaElement>('#pasted').value = text;
  $('#check-pasted').click();
  await page.idle();
}

function dropFiles(...files: File[]): void {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files } });
  $('#drop-zone').dispatchEvent(event);
}

/** Dismisses the panel's first finding the way a user does: "Dismiss with a reason", a reason, Dismiss. */
function dismissFirstFinding(reason: string): void {
  const first = $('#findings .probity-finding');
  first.querySelector<HTMLButtonElement>('.probity-finding__actions button:last-child')!.click();
  first.querySelector<HTMLInputElement>('.probity-dismiss__reason')!.value = reason;
  first.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
}

function choose(selector: string, value: string): void {
  const control = $<HTMLInputElement | HTMLSelectElement>(selector);
  control.value = value;
  control.dispatchEvent(new Event('change'));
}

describe('the review page', () => {
  beforeEach(() => {
    document.title = '';
    remembered = new Map();
  });

  it('checks pasted text against the example council when no extension is there, and shows the words it flags', async () => {
    const page = start();
    await paste(page, PRESS_RELEASE);
    expect($('#result').hidden).toBe(false);
    expect($('#result-title').textContent).toBe('Pasted text');
    expect(summary()).toEqual({
      Document: 'Pasted text',
      Council: 'Example Borough Council, the example council built into Probity as a demo (open your council.json to use yours)',
      Protocol: 'Model protocol', Kind: 'Press release (detected)', Author: 'Unnamed (council officer)',
      'Checked as at': expect.stringMatching(/^Monday 2 March 2026, \d\d:00 \(the time of the review\)$/),
      Reviewed: expect.stringMatching(/^Monday 2 March 2026, \d\d:00$/), Reviewer: 'Not given', Findings: '2 errors',
    });
    expect($('#outcome-headline').textContent).toBe('2 findings to look at.');
    expect($('#outcome').dataset.level).toBe('error');
    expect(texts('#document mark.mark--error')).toEqual(['Labour councillor Jane Okafor', 'The Labour administration']);
    expect($('#document-text').textContent).toBe(PRESS_RELEASE);
    expect(texts('#findings .probity-finding__excerpt')).toEqual(['Labour councillor Jane Okafor', 'The Labour administration']);
    expect($('#council-in-force').textContent).toMatch(/^Council: Example Borough Council, the example council/);
    expect($('#progress').textContent).toBe('Checked the pasted text.');
    expect(document.title).toBe('Pasted text: Probity review');
  });

  it('gives every control a label', () => {
    start();
    const unlabelled = [...document.querySelectorAll<HTMLElement>('input, select, textarea')]
      .filter((control) => !control.closest('label') && !document.querySelector(`label[for="${control.id}"]`));
    expect(unlabelled.map((control) => control.id)).toEqual([]);
  });

  it('dismisses a finding with a reason, lists it, and undoes the dismissal', async () => {
    const page = start();
    await paste(page, PRESS_RELEASE);
    dismissFirstFinding('Quoting the party’s own statement');

    expect(texts('#findings .probity-finding__excerpt')).toEqual(['The Labour administration']);
    expect(texts('#document mark')).toEqual(['The Labour administration']);
    expect($('#dismissed').hidden).toBe(false);
    expect([...document.querySelectorAll('#dismissed-list li p')].map((line) => line.textContent)).toEqual([
      expect.stringMatching(/^Must fix, dismissed: .*Jane Okafor/),
      'In the text: Labour councillor Jane Okafor',
      expect.stringMatching(/^Protocol: Model protocol, para/),
      'Reason: Quoting the party’s own statement',
      expect.stringMatching(/^Dismissed by a reviewer who gave no name on Monday 2 March 2026, \d\d:00$/),
    ]);
    expect(summary().Findings).toBe('1 error; 1 dismissed');

    $('#dismissed-list button').click();
    expect($('#dismissed').hidden).toBe(true);
    expect(texts('#document mark')).toEqual(['Labour councillor Jane Okafor', 'The Labour administration']);
    expect(summary().Findings).toBe('2 errors');
  });

  it('re-checks with the chosen kind and moment, keeping dismissals', async () => {
    const page = start();
    await paste(page, PRESS_RELEASE);
    dismissFirstFinding('Agreed with Comms');

    choose('#as-at', '2027-04-20T09:30');
    await page.idle();
    // The moment chosen is the browser's local time, shown on the council's clock (Europe/London).
    expect(summary()['Checked as at']).toMatch(/^Tuesday 20 April 2027, \d\d:30 \(as chosen\)$/);
    choose('#kind', 'letter');
    await page.idle();
    expect(summary().Kind).toBe('Letter (as chosen)');
    expect(summary().Findings).toMatch(/; 1 dismissed$/);
  });

  it('shows an email’s headers, colours a flagged header and takes the email’s date as the moment', async () => {
    const page = start();
    dropFiles(new File([readFileSync(join(import.meta.dirname, 'fixtures', 'member-bcc.eml'))], 'member-bcc.eml'));
    await page.idle();
    expect(texts('#document .document__header')).toEqual([
      'From: Cllr Jane Okafor <cllr.jane.okafor@example.gov.uk>', 'To: Sam Hughes <sam.hughes@example.gov.uk>',
      'Bcc: Ravi Patel <cllr.ravi.patel@example.gov.uk>', expect.stringMatching(/^Date: Tuesday 10 March 2026, /),
    ]);
    expect($('#document .document__header--error').textContent).toMatch(/^Bcc: /);
    expect(texts('#document .document__subject')).toEqual(['Subject: Recycling report for Thursday']);
    expect(summary()).toMatchObject({ Kind: 'Email (detected)', Author: 'Jane Okafor (councillor)', 'Checked as at': expect.stringMatching(/\(the email's date\)$/) });
  });

  it('puts one clear line in the problem list for a file it cannot check, an empty paste or several files at once, and keeps the last result', async () => {
    const page = start();
    await paste(page, PRESS_RELEASE);
    dropFiles(new File(['PK'], 'budget.xlsx'));
    await page.idle();
    expect(texts('#problems li')).toEqual([expect.stringMatching(/^budget\.xlsx: nothing to check: cannot read "\.xlsx" files; use /)]);
    expect($('#result-title').textContent).toBe('Pasted text');
    await paste(page, '   ');
    expect(texts('#problems li')).toEqual(['Pasted text: nothing to check: paste the text of a letter, email or press release first']);
    // The problems are a list inside the alert, so each line is still a list item to assistive technology.
    expect($('#problems').getAttribute('role')).toBe('alert');
    expect($('#problems li').parentElement!.tagName).toBe('UL');
    dropFiles(new File(['a'], 'a.txt'), new File(['b'], 'b.txt'));
    expect(texts('#problems li')).toEqual(['Drop one file at a time (2 were dropped).']);
  });

  it('uses a council.json given on the page, lists its problems when invalid, and can stop using it', async () => {
    const page = start();
    await paste(page, PRESS_RELEASE);
    dropFiles(new File(['{"council": "", "members": [{"name": "A", "emails": ["nope"]}]}'], 'council.json'));
    await page.idle();
    expect(texts('#problems li')).toEqual(['council.json: council: the council needs a name', 'council.json: members[0].emails[0]: not an email address']);
    dropFiles(new File(['{"council": "Northfield Town Council"}'], 'northfield.json'));
    await page.idle();
    expect(texts('#problems li')).toEqual([]);
    expect(summary().Council).toBe('Northfield Town Council, from northfield.json');
    expect($('#council-in-force').textContent).toBe('Council: Northfield Town Council, from northfield.json');
    expect($('#council-reset').hidden).toBe(false);
    $('#council-reset').click();
    await page.idle();
    expect(summary().Council).toMatch(/^Example Borough Council/);
    expect($('#council-reset').hidden).toBe(true);
  });

  it('uses the council from the extension’s settings and says where it came from', async () => {
    const northfield = { council: 'Northfield Town Council' };
    let page = start({ local: area({ [COUNCIL_KEY]: northfield }), managed: area({}) });
    await paste(page, PRESS_RELEASE);
    expect(summary().Council).toBe('Northfield Town Council, from your Probity settings');

    page = start({ local: area({ [COUNCIL_KEY]: exampleCouncil }), managed: area({ [COUNCIL_KEY]: { ...northfield, council: 'Policy Council' } }) });
    await paste(page, PRESS_RELEASE);
    expect(summary().Council).toBe('Policy Council, set by your organisation');

    page = start({ local: area({ [COUNCIL_KEY]: { council: '' } }), managed: area({}) });
    await paste(page, PRESS_RELEASE);
    expect(summary().Council).toBe('Example Borough Council, the example council built into Probity as a demo');
    expect(texts('#problems li')).toEqual(['Saved settings: council: the council needs a name']);
  });

  it('shows only the latest of two quick checks, even when the earlier one finishes last', async () => {
    const page = start();
    const slowToRead = await Packer.toBuffer(new Document({ sections: [{ children: Array.from({ length: 2000 }, (_, index) => new Paragraph(`Paragraph ${index} of a long report.`)) }] }));
    dropFiles(new File([new Uint8Array(slowToRead)], 'report.docx'));
    const reply = 'Dear Mr Smith,\n\nThank you for your letter.\n\nHelen Ward\nChief Executive';
    $<HTMLTextAreaElement>('#pasted').value = reply;
    $('#check-pasted').click();
    await page.idle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    choose('#kind', 'letter');
    await page.idle();
    expect($('#result-title').textContent).toBe('Pasted text');
    expect($('#document-text').textContent).toBe(reply);
  });

  it('says a document follows the protocol only when every part was read and nothing dismissed', async () => {
    const page = start({ local: area({ [COUNCIL_KEY]: exampleCouncil }), managed: area({}) });
    const clean = 'Dear Mr Smith,\n\nThank you for your letter about the bins. I have asked the waste team to look into it.\n\nHelen Ward\nChief Executive';
    await paste(page, clean);
    expect($('#outcome-headline').textContent).toBe('Nothing to raise: this document follows the protocol as far as Probity can tell.');
    expect($('#outcome').dataset.level).toBe('clean');
    expect(texts('#outcome-notes li')).toEqual([]);
    expect($('#findings .probity-panel__empty').textContent).toBe('No open findings.');

    await paste(page, PRESS_RELEASE);
    dismissFirstFinding('Agreed with Comms');
    dismissFirstFinding('Agreed with Comms');
    expect(texts('#findings .probity-finding')).toEqual([]);
    expect($('#outcome-headline').textContent).toBe('No findings left, but 2 findings were dismissed.');
    expect($('#outcome').dataset.level).toBe('dismissed');
    expect($('#outcome').textContent).not.toMatch(/follows the protocol/);
    expect(texts('#outcome-notes li')).toEqual(['2 findings were dismissed with a reason; see “Dismissed findings”.']);
  });

  it('says there is nothing to check in a blank file or random bytes, and why, whatever the file is called', async () => {
    const page = start();
    const noise = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256);
    const utf16 = new Uint8Array(new Uint16Array([...'Dear Mr Smith, thank you for your letter.'].map((character) => character.charCodeAt(0))).buffer);
    for (const [name, bytes, reason] of [
      ['blank.txt', new TextEncoder().encode(' \n\n \t'), /^Nothing to check: it has no text\.$/],
      ['noise.txt', noise, /^Nothing to check: nothing in it could be read \(the text: \d+% of its characters are unreadable bytes/],
      ['noise.html', noise, /^Nothing to check: nothing in it could be read \(the text: \d+% of its characters are unreadable bytes/],
      ['letter.txt', utf16, /^Nothing to check: nothing in it could be read \(the text: \d+% of its characters are unreadable bytes/],
    ] as const) {
      dropFiles(new File([bytes], name));
      await page.idle();
      expect($('#result-title').textContent).toBe(name);
      expect($('#outcome-headline').textContent).toMatch(reason);
      expect($('#outcome').dataset.level).toBe('unchecked');
    }
    expect(document.body.textContent).not.toMatch(/follows the protocol/);
  });

  it('says when the council is the example one or has no election, even on a clean document', async () => {
    const clean = 'Dear Mr Smith,\n\nThank you for your letter about the bins.\n\nHelen Ward\nChief Executive';
    let page = start();
    await paste(page, clean);
    expect(texts('#outcome-notes li')).toEqual([expect.stringMatching(/^Checked against the example council, a demo: /)]);
    page = start({ local: area({ [COUNCIL_KEY]: { ...exampleCouncil, council: 'Northfield Town Council', elections: [] } }), managed: area({}) });
    await paste(page, clean);
    expect(texts('#outcome-notes li')).toEqual(['No election is set up for this council, so nothing was checked against a pre-election period.']);
  });

  it('marks a forwarded press release with no words of the author’s own as not checked, and never calls it clean', async () => {
    const page = start();
    const forwarded = `---------- Forwarded message ---------\nFrom: Press Office <press@example.gov.uk>\nDate: Mon, 2 Mar 2026 at 10:00\nSubject: Recycling\nTo: <newsdesk@localnews.co.uk>\n\n${PRESS_RELEASE}`;
    await paste(page, forwarded);
    expect($('#outcome').dataset.level).toBe('unchecked');
    expect($('#outcome-headline').textContent).toBe('No findings left, but not read: all of the text, which reads as a quoted or forwarded message.');
    expect(texts('#outcome-notes li')).toContainEqual(expect.stringMatching(/^None of the text was checked as the author’s own words\. If it is the author’s text, remove the From:/));
    expect(texts('#document .document__quoted-label')).toEqual(['Quoted or forwarded: not checked as the author’s own words']);
    expect($('#document .document__quoted').textContent).toContain('Labour councillor Jane Okafor');
    expect(document.body.textContent).not.toMatch(/follows the protocol/);
  });

  it('notes a quoted part beside the author’s own words', async () => {
    const page = start();
    await paste(page, 'Thanks Sam, I will pass this on.\n\nOn Mon, 2 Mar 2026, Sam Hughes wrote:\n> Could the bins go out on Friday?\n> Sam');
    expect($('#outcome-headline').textContent).toBe('No findings left, but not read: a quoted or forwarded part, as the author’s own words.');
    expect($('#outcome').dataset.level).toBe('unchecked');
    expect(texts('#outcome-notes li')).toContainEqual('The quoted part is marked in the document.');
    expect($('#document .document__quoted').textContent).toContain('Could the bins go out on Friday?');
  });

  it('asks for the reviewer’s name once, remembers it, and prints it on the report and each dismissal', async () => {
    let page = start();
    await paste(page, PRESS_RELEASE);
    let printed = 0;
    window.print = () => { printed += 1; };
    $('#print').click();
    expect(printed).toBe(0);
    expect(texts('#problems li')).toEqual(['Give your name for the report, then print it.']);
    expect(document.activeElement).toBe($('#reviewer'));

    choose('#reviewer', ' Priya Shah ');
    expect(remembered.get('probity.reviewer')).toBe('Priya Shah');
    expect(summary().Reviewer).toBe('Priya Shah');
    dismissFirstFinding('Agreed with Comms');
    expect(texts('#dismissed-list li p')).toContainEqual(expect.stringMatching(/^Dismissed by Priya Shah on Monday 2 March 2026, /));
    $('#print').click();
    expect(printed).toBe(1);

    page = start();
    expect($<HTMLInputElement>('#reviewer').value).toBe('Priya Shah');
    await paste(page, PRESS_RELEASE);
    expect(summary().Reviewer).toBe('Priya Shah');
  });

  it('lists each open finding for the report with the paragraph it is in, its citation and fix', async () => {
    const page = start();
    await paste(page, PRESS_RELEASE);
    const items = [...document.querySelectorAll('#report-findings > li')];
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('blockquote')?.textContent).toBe('Labour councillor Jane Okafor said the new recycling service would start in Northfield in June. The Labour administration has delivered on its promise to residents.');
    expect(items[0]!.querySelector('blockquote mark')?.textContent).toBe('Labour councillor Jane Okafor');
    expect([...items[0]!.querySelectorAll('p')].map((line) => line.textContent)).toEqual([
      expect.stringMatching(/^Must fix: .+\. .*Jane Okafor/), expect.stringMatching(/^Protocol: Model protocol, para/), expect.stringMatching(/^Suggested fix: ./),
    ]);
    expect($('#report-no-findings').hidden).toBe(true);
  });

  it('opens a card on flagged words when they are clicked, hovered or focused, and closes it on Escape', async () => {
    const page = start();
    await paste(page, PRESS_RELEASE);
    const card = $('#word-card');
    const [first, second] = [...document.querySelectorAll<HTMLElement>('#document mark')];
    expect(card.hidden).toBe(true);

    first!.click();
    expect(card.hidden).toBe(false);
    expect(first!.getAttribute('aria-describedby')).toBe('word-card');
    const lines = [...card.querySelectorAll('p')].filter((line) => !line.hidden).map((line) => line.textContent);
    expect(lines).toEqual([expect.stringMatching(/^Must fix: ./), expect.stringContaining('Jane Okafor'), expect.stringMatching(/^Model protocol, para/), expect.stringMatching(/./)]);

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.hidden).toBe(true);
    expect(first!.hasAttribute('aria-describedby')).toBe(false);

    second!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(card.textContent).toContain('Labour administration');
    second!.blur();
    first!.focus();
    expect(card.textContent).toContain('Jane Okafor');
    expect(second!.hasAttribute('aria-describedby')).toBe(false);
  });
});
