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

function start(storage: StorageLike | null = null): ReviewPage {
  loadStaticPage('review.html');
  return startReviewPage(document, { storage, engine: engineOnThisThread, now: () => FIXED_NOW });
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
  });

  it('checks pasted text against the example council when no extension is there, and shows the words it flags', async () => {
    const page = start();
    await paste(page, PRESS_RELEASE);
    expect($('#result').hidden).toBe(false);
    expect($('#result-title').textContent).toBe('Pasted text');
    expect(summary()).toEqual({
      Kind: 'press-release (detected)', Author: 'Unnamed (council officer)', Findings: '2 errors',
      Council: 'Example Borough Council, the example council built into Probity (open your council.json to use yours)',
      'Checked as at': expect.stringMatching(/^Mon, 2 Mar 2026, \d\d:00 \(now\)$/),
    });
    expect(texts('#document mark.mark--error')).toEqual(['Labour councillor Jane Okafor', 'The Labour administration']);
    expect($('#document').textContent).toBe(PRESS_RELEASE);
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
    expect(texts('#dismissed-list li')).toEqual(['publicity-party-affiliation “Labour councillor Jane Okafor” Reason: Quoting the party’s own statement Undo']);
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
    expect(summary()['Checked as at']).toBe('Tue, 20 Apr 2027, 09:30 (as chosen)');
    choose('#kind', 'letter');
    await page.idle();
    expect(summary().Kind).toBe('letter (as chosen)');
    expect(summary().Findings).toMatch(/; 1 dismissed$/);
  });

  it('shows an email’s headers, colours a flagged header and takes the email’s date as the moment', async () => {
    const page = start();
    dropFiles(new File([readFileSync(join(import.meta.dirname, 'fixtures', 'member-bcc.eml'))], 'member-bcc.eml'));
    await page.idle();
    expect(texts('#document .document__header')).toEqual([
      'From: Cllr Jane Okafor <cllr.jane.okafor@example.gov.uk>', 'To: Sam Hughes <sam.hughes@example.gov.uk>',
      'Bcc: Ravi Patel <cllr.ravi.patel@example.gov.uk>', expect.stringMatching(/^Date: Tue, 10 Mar 2026/),
    ]);
    expect($('#document .document__header--error').textContent).toMatch(/^Bcc: /);
    expect(texts('#document .document__subject')).toEqual(['Subject: Recycling report for Thursday']);
    expect(summary()).toMatchObject({ Kind: 'email (detected)', Author: 'Jane Okafor (councillor)', 'Checked as at': expect.stringMatching(/\(the email's date\)$/) });
  });

  it('puts one clear line in the problem list for a file it cannot check, an empty paste or several files at once, and keeps the last result', async () => {
    const page = start();
    await paste(page, PRESS_RELEASE);
    dropFiles(new File(['%PDF'], 'minutes.pdf'));
    await page.idle();
    expect(texts('#problems li')).toEqual(['minutes.pdf: cannot read ".pdf" files; use .eml, .docx, .txt, .md or .html']);
    expect($('#result-title').textContent).toBe('Pasted text');
    await paste(page, '   ');
    expect(texts('#problems li')).toEqual(['Pasted text: paste the text of a letter, email or press release first']);
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
    expect(summary().Council).toBe('Example Borough Council, the example council built into Probity');
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
    expect($('#document').textContent).toBe(reply);
  });
});
