// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ruleById, ukDateTime } from '@probity/core';
import { DECISIONS_KEY } from '../src/settings.ts';
import { EXCERPT_LIMIT, readOverrideLog, type OverrideEntry } from '../src/override-log.ts';
import { csvFileName, overrideLogCsv } from '../src/options/override-log-view.ts';
import { startOptionsPage } from '../src/options/page.ts';
import { loadStaticPage } from './static-page.ts';
import { area } from './fake-storage.ts';


const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** As the background writes them today (no excerpts), and as a writer that gives the flagged words does. */
const SENT_ANYWAY = { action: 'sent-anyway', ruleIds: ['no-blind-copy-member'], reason: 'Cllr Patel asked to be copied, see his email of 3 March', site: 'gmail', at: '2026-03-04T09:15:00.000Z' };
const DISMISSED: OverrideEntry = {
  action: 'dismissed', ruleIds: ['publicity-party-affiliation'], excerpts: ['Labour councillor Jane Okafor'],
  reason: '=HYPERLINK("http://example.com") quoting the group, "agreed" with Comms', site: 'outlook-web', at: '2026-03-05T16:40:00.000Z',
};
const UNCHECKED: OverrideEntry = { action: 'sent-unchecked', ruleIds: [], reason: 'Urgent: flooding on Mill Lane', site: 'gmail', at: '2026-03-06T07:05:00.000Z' };

describe('readOverrideLog', () => {
  it('gives the well-formed entries newest first, passing over anything else in storage, and cuts long excerpts', async () => {
    const long = 'x'.repeat(EXCERPT_LIMIT + 50);
    const local = area({ [DECISIONS_KEY]: [SENT_ANYWAY, null, 'text', { action: 'deleted', at: '2026-03-07T00:00:00Z' }, { ...DISMISSED, excerpts: [long] }, { action: 'dismissed', at: 'yesterday' }, UNCHECKED] });
    const entries = await readOverrideLog({ local });
    expect(entries.map((entry) => entry.action)).toEqual(['sent-unchecked', 'dismissed', 'sent-anyway']);
    expect(entries[1]!.excerpts).toEqual([`${'x'.repeat(EXCERPT_LIMIT - 1)}…`]);
    expect(entries[2]).toEqual({ ...SENT_ANYWAY, excerpts: [] });
    expect(await readOverrideLog({ local: area({ [DECISIONS_KEY]: 'not a list' }) })).toEqual([]);
    expect(await readOverrideLog({ local: area() })).toEqual([]);
  });
});

describe('overrideLogCsv', () => {
  it('writes RFC 4180 CSV with a header, UK dates, quoted fields and no formula a spreadsheet would run', () => {
    const csv = overrideLogCsv([DISMISSED, { ...SENT_ANYWAY, excerpts: [] } as OverrideEntry, UNCHECKED]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'When (UK time),What happened,Rules,Flagged words,Reason,Where,Recorded at (UTC)',
      `"${ukTime(DISMISSED.at)}",Dismissed a finding,${named('publicity-party-affiliation')},“Labour councillor Jane Okafor”,"'=HYPERLINK(""http://example.com"") quoting the group, ""agreed"" with Comms",Outlook on the web,2026-03-05T16:40:00.000Z`,
      `"${ukTime(SENT_ANYWAY.at)}",Sent anyway,${named('no-blind-copy-member')},,"Cllr Patel asked to be copied, see his email of 3 March",Gmail,2026-03-04T09:15:00.000Z`,
      `"${ukTime(UNCHECKED.at)}",Sent without a full check,,,Urgent: flooding on Mill Lane,Gmail,2026-03-06T07:05:00.000Z`,
      '',
    ]);
    expect(ukTime(DISMISSED.at)).toBe('Thursday 5 March 2026, 16:40');
    expect(csvFileName(new Date('2026-03-07T12:00:00Z'))).toBe('probity-override-log-2026-03-07.csv');
  });

  it('quotes a reason that runs over lines', () => {
    expect(overrideLogCsv([{ ...UNCHECKED, reason: 'Line one\nline two' }]).split('\r\n')[1]).toMatch(/,"Line one\nline two",Gmail,/);
  });
});

const ukTime = (iso: string) => ukDateTime(new Date(iso));
const named = (id: string) => `${ruleById(id)!.meta.title} (${id})`;

describe('the override log on the settings page', () => {
  afterEach(() => vi.restoreAllMocks());

  async function open(entries: unknown[]) {
    const local = area({ [DECISIONS_KEY]: entries, council: { council: 'Harlow Council' } });
    loadStaticPage('options.html');
    await startOptionsPage(document, { local, managed: area() }).ready;
    return local;
  }

  it('lists every entry, newest first, with what happened, the rules, the flagged words and the reason', async () => {
    await open([SENT_ANYWAY, DISMISSED]);
    const rows = [...document.querySelectorAll('#override-log-rows tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      [ukTime(DISMISSED.at), 'Dismissed a finding', named('publicity-party-affiliation'), '“Labour councillor Jane Okafor”', DISMISSED.reason, 'Outlook on the web'],
      [ukTime(SENT_ANYWAY.at), 'Sent anyway', named('no-blind-copy-member'), '', SENT_ANYWAY.reason, 'Gmail'],
    ]);
    expect($('#override-log-table').hidden).toBe(false);
    expect($('#override-log-empty').hidden).toBe(true);
  });

  it('exports the log as a CSV file the user saves, naming how many entries went into it', async () => {
    await open([SENT_ANYWAY, DISMISSED]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:probity-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    $('#override-log-export').click();
    expect(downloads).toEqual([expect.stringMatching(/^probity-override-log-\d{4}-\d\d-\d\d\.csv blob:probity-test$/)]);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // Blob.text() may or may not drop the byte-order mark as it decodes; the file's bytes hold it either way.
    expect((await blobs[0]!.text()).replace(/^\uFEFF/, '')).toBe(overrideLogCsv(await readOverrideLog({ local: area({ [DECISIONS_KEY]: [SENT_ANYWAY, DISMISSED] }) })).replace(/^\uFEFF/, ''));
    expect($('#override-log-status').textContent).toMatch(/^Saved 2 entries as probity-override-log-/);
  });

  it('clears the log only after the user confirms, and can be cancelled', async () => {
    const local = await open([SENT_ANYWAY, DISMISSED]);
    $('#override-log-clear').click();
    expect($('#override-log-confirm').hidden).toBe(false);
    expect(document.activeElement).toBe($('#override-log-confirm-clear'));
    $('#override-log-cancel').click();
    expect($('#override-log-confirm').hidden).toBe(true);
    expect(local.data[DECISIONS_KEY]).toHaveLength(2);

    $('#override-log-clear').click();
    $('#override-log-confirm-clear').click();
    await expect.poll(() => $('#override-log-status').textContent).toBe('The override log is cleared.');
    expect(local.data[DECISIONS_KEY]).toEqual([]);
    expect($('#override-log-table').hidden).toBe(true);
    expect($('#override-log-empty').textContent).toBe('Nothing has been sent anyway or dismissed on this computer.');
    expect($<HTMLButtonElement>('#override-log-export').disabled).toBe(true);
    expect(document.activeElement).toBe($('#override-log-heading'));
  });
});
