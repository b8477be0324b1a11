import { exampleCouncil } from '@probity/core';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN, type BuiltInCouncils } from '../src/built-in.ts';
import {
  DISMISSALS_KEY, DismissalLimitError, LAST_GOOD_COUNCIL_KEY, SESSION_DATA_LIMIT, addDismissal, degradedNote, loadCouncil,
  loadDismissals, readDraft, type CouncilOptions,
} from '../src/check.ts';
import { logsAsCsv } from '../src/local-log.ts';
import { officeHost } from '../src/office.ts';
import { DEFAULT_PREFERENCES, readPreferences, savePreferences } from '../src/preferences.ts';
import { ALERT_LIMIT, NOTIFICATION_LIMIT, clip, notificationText, sendVerdict, uncheckedVerdict } from '../src/verdict.ts';
import { drafts, people } from './drafts.ts';
import { mockOffice, type ItemSpec } from './office-mock.ts';

const globals = globalThis as { Office?: unknown };
afterEach(() => {
  delete globals.Office;
});

function hostFor(spec: ItemSpec, council: () => Promise<string | null> = async () => null) {
  const { office, recorded, store } = mockOffice(spec);
  globals.Office = office;
  return { host: officeHost(council, store), recorded };
}

const northshire = JSON.stringify({ council: 'Northshire District Council', profile: 'harrow' });
const withCouncil: BuiltInCouncils = { ...BUILT_IN, council: { ...BUILT_IN.unconfigured, council: 'Built-in Borough Council' } };
const builtInOnly: CouncilOptions = { demo: false, fetchUrl: null, fetchTimeoutMs: 1500 };
const fetching = (builtIn: BuiltInCouncils = BUILT_IN): CouncilOptions => ({
  demo: false, fetchUrl: 'https://addins.example.gov.uk/council.json', fetchTimeoutMs: 30, builtIn,
});

describe('which council is in force', () => {
  it('uses the council.json built into the add-in, fetching nothing', async () => {
    const { host } = hostFor(drafts.clean, async () => { throw new Error('not asked'); });
    const council = await loadCouncil(host, { ...builtInOnly, builtIn: withCouncil });
    expect(council).toEqual({ config: withCouncil.council, source: { kind: 'council' } });
  });

  it('never falls back to the example council when the build had no council.json', async () => {
    const { host } = hostFor(drafts.clean);
    const council = await loadCouncil(host, builtInOnly);
    expect(council.source).toEqual({ kind: 'missing' });
    expect(council.config).toBe(BUILT_IN.unconfigured);
    expect(council.config.members).toEqual([]);
    expect(degradedNote(council.source)).toMatch(/only by "Cllr" or "Councillor"/);
  });

  it('reads a fetched council.json and keeps it as the last good copy', async () => {
    const { host, recorded } = hostFor(drafts.clean, async () => northshire);
    const council = await loadCouncil(host, fetching());
    expect(council.source).toEqual({ kind: 'council' });
    expect(council.config.council).toBe('Northshire District Council');
    expect(council.config.profile).toBe('harrow');
    expect(JSON.parse(recorded.stored[LAST_GOOD_COUNCIL_KEY]!)).toEqual(council.config);
  });

  it('reports every problem of an invalid fetched council.json by its path, and runs the built-in copy', async () => {
    const { host } = hostFor(drafts.clean, async () => '{"council": "X", "members": [{"name": "A", "emails": ["nope"]}], "profile": "kent"}');
    const council = await loadCouncil(host, fetching(withCouncil));
    expect(council.config).toBe(withCouncil.council);
    expect(council.source.kind).toBe('invalid');
    const errors = council.source.kind === 'invalid' ? council.source.errors : [];
    expect(errors).toContain('members[0].emails[0]: not an email address');
    expect(errors.some((line) => line.startsWith('profile:'))).toBe(true);
    expect(degradedNote(council.source)).toMatch(/built into the add-in/);
  });

  it('gives up on a fetch that hangs and runs the last good copy', async () => {
    const { host, recorded } = hostFor(drafts.clean, () => new Promise(() => undefined));
    recorded.stored[LAST_GOOD_COUNCIL_KEY] = JSON.stringify({ ...BUILT_IN.unconfigured, council: 'Last Good Council' });
    const council = await loadCouncil(host, fetching());
    expect(council.config.council).toBe('Last Good Council');
    expect(council.source).toEqual({ kind: 'unreachable', error: 'council.json took too long to arrive', fallback: 'last-good' });
    expect(degradedNote(council.source)).toMatch(/last copy/);
  });

  it('says why when council.json cannot be fetched and there is nothing to fall back on', async () => {
    const { host } = hostFor(drafts.clean, async () => { throw new Error('council.json: the server answered 500'); });
    const council = await loadCouncil(host, fetching());
    expect(council.config).toBe(BUILT_IN.unconfigured);
    expect(council.source).toEqual({ kind: 'unreachable', error: 'council.json: the server answered 500', fallback: 'none' });
  });

  it('uses the example council only in the demo build', async () => {
    const { host } = hostFor(drafts.clean, async () => { throw new Error('not asked'); });
    const council = await loadCouncil(host, { ...builtInOnly, demo: true });
    expect(council).toEqual({ config: exampleCouncil, source: { kind: 'demo' } });
  });
});

describe('reading the item', () => {
  it('reads a draft with its Bcc and compose type', async () => {
    const { host } = hostFor({ ...drafts.memberInBcc, composeType: 'reply' });
    const draft = await readDraft(host);
    expect(draft.from).toEqual({ name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' });
    expect(draft.bcc).toEqual([{ name: 'Ravi Patel', address: 'cllr.ravi.patel@example.gov.uk' }]);
    expect(draft.composeType).toBe('reply');
    expect(draft.body).toContain('The bins in Northfield will be collected on Tuesday.');
    expect(draft.date).toBeUndefined();
  });

  it('reads a received message, dated when it was written', async () => {
    const created = new Date('2026-03-02T21:30:00Z');
    const { host } = hostFor({ ...drafts.memberInstructsOfficer, mode: 'read', created, cc: [people.helenWard] });
    const draft = await readDraft(host);
    expect(host.mode()).toBe('read');
    expect(draft.from?.name).toBe('Cllr Mary Doyle');
    expect(draft.cc).toEqual([{ name: 'Helen Ward', address: 'helen.ward@example.gov.uk' }]);
    expect(draft.bcc).toEqual([]);
    expect(draft.date).toBe(created.toISOString());
  });
});

describe('dismissals kept in the item\'s session data', () => {
  it('adds a dismissal, replacing one on the same words', async () => {
    const { host, recorded } = hostFor(drafts.memberInBcc);
    await addDismissal(host, { ruleId: 'no-blind-copy-member', excerpt: 'Ravi Patel', reason: 'first' });
    await addDismissal(host, { ruleId: 'no-blind-copy-member', excerpt: 'Ravi Patel', reason: 'agreed with Cllr Okafor' });
    expect(JSON.parse(recorded.sessionData[DISMISSALS_KEY]!)).toEqual([
      { ruleId: 'no-blind-copy-member', excerpt: 'Ravi Patel', reason: 'agreed with Cllr Okafor' },
    ]);
    expect(await loadDismissals(host)).toHaveLength(1);
  });

  it('ignores damaged session data rather than failing the check', async () => {
    const { host } = hostFor({ ...drafts.clean, sessionData: { [DISMISSALS_KEY]: '{not json' } });
    expect(await loadDismissals(host)).toEqual([]);
  });

  it('refuses, in plain words, a dismissal past Outlook\'s session data limit, keeping the others', async () => {
    const { host, recorded } = hostFor({ ...drafts.memberInBcc, mailbox: '1.15' });
    const reason = 'x'.repeat(900);
    let kept = 0;
    let refused: unknown;
    for (let n = 0; n < 100 && !refused; n++) {
      try {
        await addDismissal(host, { ruleId: `rule-${n}`, excerpt: null, reason });
        kept++;
      } catch (error) {
        refused = error;
      }
    }
    expect(refused).toBeInstanceOf(DismissalLimitError);
    expect((refused as Error).message).not.toMatch(/Office|error code/i);
    expect(kept).toBeGreaterThan(10);
    expect(recorded.sessionData[DISMISSALS_KEY]!.length).toBeLessThanOrEqual(SESSION_DATA_LIMIT);
    expect(await loadDismissals(host)).toHaveLength(kept);
  });

  it('says so when the item has no session data (read mode)', async () => {
    const { host } = hostFor({ ...drafts.clean, mode: 'read' });
    await expect(addDismissal(host, { ruleId: 'r', excerpt: null, reason: 'why' })).rejects.toThrow(/cannot keep data/);
  });
});

describe('the logs kept on this computer', () => {
  it('export as CSV, oldest first, quoting what needs it', () => {
    const csv = logsAsCsv(
      [{ at: '2027-04-14T09:00:00.000Z', ruleId: 'no-blind-copy-member', excerpt: 'Ravi "Rav" Patel', reason: 'agreed, by phone' }],
      [{ at: '2027-04-13T16:05:00.000Z', reason: 'it took too long', asked: true }],
    );
    expect(csv).toBe('date,event,rule,words,reason\r\n'
      + '2027-04-13T16:05:00.000Z,"not checked, user asked",,,it took too long\r\n'
      + '2027-04-14T09:00:00.000Z,dismissed,no-blind-copy-member,"Ravi ""Rav"" Patel","agreed, by phone"\r\n');
  });
});

describe('preferences in roaming settings', () => {
  it('defaults, then round-trips', async () => {
    const { host, recorded } = hostFor(drafts.clean);
    expect(readPreferences(host)).toEqual(DEFAULT_PREFERENCES);
    await savePreferences(host, { notifyWhileDrafting: false, showNotes: false });
    expect(recorded.roaming.probityPreferences).toEqual({ notifyWhileDrafting: false, showNotes: false });
    expect(readPreferences(host)).toEqual({ notifyWhileDrafting: false, showNotes: false });
  });
});

describe('what Outlook is told', () => {
  const finding = (n: number, severity: 'error' | 'warning' = 'error') => ({
    ruleId: 'no-blind-copy-member', severity, field: 'bcc' as const, excerpt: null, start: null, end: null,
    message: `Cllr Number${n} Longname-Hyphenated is blind-copied on correspondence with Cllr Jane Okafor, which the protocol rules out.`,
    citations: [{ protocol: 'Model protocol', paragraph: '126' }], suggestion: 'Move them to Cc.',
  });

  it('keeps a long list of errors within 500 characters and says how many more there are', () => {
    const verdict = sendVerdict(Array.from({ length: 9 }, (_, i) => finding(i)), { overrideSendMode: true, markdown: true });
    expect(verdict.errorMessage!.length).toBeLessThanOrEqual(ALERT_LIMIT);
    expect(verdict.errorMessageMarkdown!.length).toBeLessThanOrEqual(ALERT_LIMIT);
    expect(verdict.errorMessage).toMatch(/…and \d more in the Probity pane\.$/);
    expect(verdict.errorMessage).toContain('Cllr Number0');
  });

  it('escapes Markdown in messages', () => {
    const verdict = sendVerdict([{ ...finding(1), message: 'Uses *stars* and [brackets].' }], { overrideSendMode: true, markdown: true });
    expect(verdict.errorMessageMarkdown).toContain('Uses \\*stars\\* and \\[brackets\\]');
  });

  it('fits a notification in 150 characters with its paragraph', () => {
    const text = notificationText([finding(1), finding(2)], 'error')!;
    expect(text.length).toBeLessThanOrEqual(NOTIFICATION_LIMIT);
    expect(text).toMatch(/ \(\+1 more in Probity\)$/);
    expect(notificationText([finding(1)], 'warning')).toBeNull();
  });

  it('asks the user to send anyway when the check cannot finish, from Mailbox 1.14', () => {
    expect(uncheckedVerdict('Probity could not check this message (it took too long).', true)).toEqual({
      allowEvent: false, errorMessage: 'Probity could not check this message (it took too long). Send it anyway?', sendModeOverride: 'promptUser',
    });
    expect(uncheckedVerdict('Probity could not check this message (it took too long).', false)).toEqual({ allowEvent: true });
  });

  it('ends the alert of a check made without the council\'s configuration by saying so, within 500 characters', () => {
    const note = degradedNote({ kind: 'missing' })!;
    const verdict = sendVerdict(Array.from({ length: 9 }, (_, i) => finding(i)), { overrideSendMode: true, markdown: true }, note);
    expect(verdict.errorMessage!.endsWith(note)).toBe(true);
    expect(verdict.errorMessage!.length).toBeLessThanOrEqual(ALERT_LIMIT);
    expect(verdict.errorMessageMarkdown!.length).toBeLessThanOrEqual(ALERT_LIMIT);
  });

  it('clips at a word boundary', () => {
    expect(clip('one two three four', 12)).toBe('one two…');
    expect(clip('short', 12)).toBe('short');
  });
});
