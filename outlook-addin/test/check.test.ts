import { exampleCouncil } from '@probity/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DISMISSALS_PROPERTY, UNCONFIGURED_COUNCIL, addDismissal, loadCouncil, loadDismissals, readDraft,
} from '../src/check.ts';
import { officeHost } from '../src/office.ts';
import { DEFAULT_PREFERENCES, readPreferences, savePreferences } from '../src/preferences.ts';
import { ALERT_LIMIT, NOTIFICATION_LIMIT, clip, notificationText, sendVerdict } from '../src/verdict.ts';
import { drafts, people } from './drafts.ts';
import { mockOffice, type ItemSpec } from './office-mock.ts';

const globals = globalThis as { Office?: unknown };
afterEach(() => {
  delete globals.Office;
});

function hostFor(spec: ItemSpec, council: () => Promise<string | null> = async () => null) {
  const { office, recorded } = mockOffice(spec);
  globals.Office = office;
  return { host: officeHost(council), recorded };
}

describe('which council is in force', () => {
  it('uses the council.json served beside the add-in', async () => {
    const { host } = hostFor(drafts.clean, async () => JSON.stringify({ council: 'Northshire District Council', profile: 'harrow' }));
    const council = await loadCouncil(host, 'council.json', false);
    expect(council.source).toEqual({ kind: 'council' });
    expect(council.config.council).toBe('Northshire District Council');
    expect(council.config.profile).toBe('harrow');
  });

  it('never falls back to the example council when council.json is missing', async () => {
    const { host } = hostFor(drafts.clean);
    const council = await loadCouncil(host, 'council.json', false);
    expect(council.source).toEqual({ kind: 'missing' });
    expect(council.config).toBe(UNCONFIGURED_COUNCIL);
    expect(council.config.members).toEqual([]);
  });

  it('reports every problem of an invalid council.json by its path', async () => {
    const { host } = hostFor(drafts.clean, async () => '{"council": "X", "members": [{"name": "A", "emails": ["nope"]}], "profile": "kent"}');
    const council = await loadCouncil(host, 'council.json', false);
    expect(council.config).toBe(UNCONFIGURED_COUNCIL);
    expect(council.source.kind).toBe('invalid');
    const errors = council.source.kind === 'invalid' ? council.source.errors : [];
    expect(errors).toContain('members[0].emails[0]: not an email address');
    expect(errors.some((line) => line.startsWith('profile:'))).toBe(true);
  });

  it('says why when council.json cannot be fetched', async () => {
    const { host } = hostFor(drafts.clean, async () => { throw new Error('council.json: the server answered 500'); });
    const council = await loadCouncil(host, 'council.json', false);
    expect(council.source).toEqual({ kind: 'unreachable', error: 'council.json: the server answered 500' });
  });

  it('uses the example council only in the demo build', async () => {
    const { host } = hostFor(drafts.clean, async () => { throw new Error('not asked'); });
    const council = await loadCouncil(host, 'council.json', true);
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

describe('dismissals kept on the item', () => {
  it('adds a dismissal to the custom property, replacing one on the same words', async () => {
    const { host, recorded } = hostFor(drafts.memberInBcc);
    await addDismissal(host, { ruleId: 'no-blind-copy-member', excerpt: 'Ravi Patel', reason: 'first' });
    await addDismissal(host, { ruleId: 'no-blind-copy-member', excerpt: 'Ravi Patel', reason: 'agreed with Cllr Okafor' });
    expect(JSON.parse(recorded.customProperties[DISMISSALS_PROPERTY]!)).toEqual([
      { ruleId: 'no-blind-copy-member', excerpt: 'Ravi Patel', reason: 'agreed with Cllr Okafor' },
    ]);
    expect(await loadDismissals(host)).toHaveLength(1);
  });

  it('ignores a damaged property rather than failing the check', async () => {
    const { host } = hostFor({ ...drafts.clean, customProperties: { [DISMISSALS_PROPERTY]: '{not json' } });
    expect(await loadDismissals(host)).toEqual([]);
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

  it('clips at a word boundary', () => {
    expect(clip('one two three four', 12)).toBe('one two…');
    expect(clip('short', 12)).toBe('short');
  });
});
