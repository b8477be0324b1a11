// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCouncilConfig } from '@probity/core';
import { ADDIN } from './built.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN } from '../src/built-in.ts';
import { DISMISSALS_KEY } from '../src/check.ts';
import { OVERRIDES_KEY, UNCHECKED_SENDS_KEY } from '../src/local-log.ts';
import { officeHost } from '../src/office.ts';
import { startTaskPane, type TaskPane } from '../src/taskpane/pane.ts';
import { PRE_ELECTION_MORNING, drafts } from './drafts.ts';
import { mockOffice, type ItemSpec } from './office-mock.ts';

const page = readFileSync(join(ADDIN, 'src/taskpane/taskpane.html'), 'utf8');
const body = page.slice(page.indexOf('<body>') + '<body>'.length, page.indexOf('</body>'));
const exampleCouncil = parseCouncilConfig(readFileSync(join(ADDIN, '../core/data/example-council.json'), 'utf8'));
const globals = globalThis as { Office?: unknown };
let pane: TaskPane | undefined;

afterEach(() => {
  pane?.stop();
  delete globals.Office;
});

async function open(spec: ItemSpec, now = PRE_ELECTION_MORNING, builtIn = exampleCouncil.ok ? exampleCouncil.config : null) {
  document.body.innerHTML = body;
  const { office, recorded, store } = mockOffice(spec);
  globals.Office = office;
  pane = await startTaskPane(document, officeHost(async () => { throw new Error('nothing is fetched'); }, store), {
    council: { demo: false, fetchUrl: null, fetchTimeoutMs: 1500, builtIn: { ...BUILT_IN, council: builtIn } },
    pollMs: 0, now: () => now,
  });
  return { office, recorded };
}

const ruleIds = () => [...document.querySelectorAll<HTMLElement>('.probity-finding')].map((item) => item.dataset.ruleId);

describe('the task pane over office-addin-mock', () => {
  it('shows the council in force and the findings for the draft', async () => {
    await open(drafts.memberInBcc);
    expect(document.getElementById('council')!.textContent).toBe('Example Borough Council · Model protocol');
    expect(ruleIds()).toEqual(['no-blind-copy-member']);
  });

  it('says plainly when the add-in was built without council.json, and still checks by the Cllr marker', async () => {
    await open(drafts.memberInBcc, PRE_ELECTION_MORNING, null);
    expect(document.getElementById('council')!.textContent).toBe('No council configuration · Model protocol');
    expect(document.getElementById('notice')!.textContent).toContain('built without your council\'s council.json');
    expect(ruleIds()).toEqual(['no-blind-copy-member']);
  });

  it('warns while the council in force has no election, as the pre-election checks are then off', async () => {
    const withoutElection = exampleCouncil.ok ? { ...exampleCouncil.config, elections: [] } : null;
    await open(drafts.memberInBcc, PRE_ELECTION_MORNING, withoutElection);
    const notice = document.getElementById('notice')!;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain('No election is set in this council\'s configuration, so the pre-election checks are off');
    expect(ruleIds()).toEqual(['no-blind-copy-member']);
  });

  it('shows no election warning when the council has an election', async () => {
    await open(drafts.memberInBcc);
    expect(document.getElementById('notice')!.textContent).not.toContain('No election is set');
  });

  it('keeps a dismissal in the item\'s session data and re-checks without the finding', async () => {
    const { recorded } = await open(drafts.memberInBcc);
    const item = document.querySelector('.probity-finding')!;
    (item.querySelector('.probity-dismiss__reason') as HTMLInputElement).value = 'Cllr Okafor asked for it';
    item.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await expect.poll(() => recorded.sessionData[DISMISSALS_KEY]).toContain('Cllr Okafor asked for it');
    await pane!.refresh();
    expect(ruleIds()).toEqual([]);
  });

  it('logs the dismissal on this computer, shows it with the sends that went unchecked, and clears both', async () => {
    const { recorded } = await open(drafts.memberInBcc);
    recorded.stored[UNCHECKED_SENDS_KEY] = JSON.stringify([{ at: '2027-04-13T16:05:00Z', reason: 'it took too long', asked: true }]);
    const item = document.querySelector('.probity-finding')!;
    (item.querySelector('.probity-dismiss__reason') as HTMLInputElement).value = 'Cllr Okafor asked for it';
    item.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    const rows = (id: string) => [...document.querySelectorAll(`#${id} tbody tr`)].map((row) => [...row.children].map((cell) => cell.textContent));
    await expect.poll(() => rows('record-overrides')).toEqual([
      ['14 April 2027 at 10:00', 'no-blind-copy-member', 'Ravi Patel <cllr.ravi.patel@example.gov.uk>', 'Cllr Okafor asked for it'],
    ]);
    expect(rows('record-unchecked')).toEqual([['13 April 2027 at 17:05', 'it took too long', 'You were asked']]);
    expect(JSON.parse(recorded.stored[OVERRIDES_KEY]!)[0]).not.toHaveProperty('body');
    (document.getElementById('record-clear') as HTMLButtonElement).click();
    await expect.poll(() => rows('record-overrides')).toEqual([['None.']]);
    expect(rows('record-unchecked')).toEqual([['None.']]);
  });

  it('follows the pinned pane to the next item', async () => {
    const { office, recorded } = await open(drafts.memberInBcc);
    office.context.mailbox.item.bcc.getAsync = (callback: any) => callback({ status: 'succeeded', value: [] });
    recorded.handlers.get('olkItemSelectedChanged')!();
    await expect.poll(ruleIds).toEqual([]);
  });

  it('re-checks when recipients change', async () => {
    const { office, recorded } = await open(drafts.clean);
    expect(ruleIds()).toEqual([]);
    office.context.mailbox.item.bcc.getAsync = (callback: any) => callback({
      status: 'succeeded', value: [{ displayName: 'Cllr Ravi Patel', emailAddress: 'cllr.ravi.patel@example.gov.uk' }],
    });
    office.context.mailbox.item.to.getAsync = (callback: any) => callback({
      status: 'succeeded', value: [{ displayName: 'Cllr Jane Okafor', emailAddress: 'cllr.jane.okafor@example.gov.uk' }],
    });
    recorded.handlers.get('olkRecipientsChanged')!();
    await expect.poll(ruleIds).toEqual(['no-blind-copy-member']);
  });

  it('lists notes for information unless the user prefers not', async () => {
    const evening = new Date('2027-04-14T21:30:00+01:00');
    await open(drafts.memberInstructsOfficer, evening);
    expect(ruleIds()).toEqual(['member-instructs-officer', 'out-of-hours-contact']);
    pane!.stop();
    await open({
      ...drafts.memberInstructsOfficer, roaming: { probityPreferences: { notifyWhileDrafting: true, showNotes: false } },
    }, evening);
    expect(ruleIds()).toEqual(['member-instructs-officer']);
  });
});
