import { readFileSync } from 'node:fs';
import { parseCouncilConfig } from '@probity/core';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN } from '../src/built-in.ts';
import { DISMISSALS_KEY } from '../src/check.ts';
import { createHandlers, UNCHECKED_KEY, type Handlers } from '../src/handlers.ts';
import { UNCHECKED_SENDS_KEY, readUncheckedSends } from '../src/local-log.ts';
import { officeHost } from '../src/office.ts';
import { ALERT_LIMIT, NOTIFICATION_KEYS, NOTIFICATION_LIMIT, OPEN_PANE_COMMAND } from '../src/verdict.ts';
import { PRE_ELECTION_MORNING, drafts, longReport } from './drafts.ts';
import { launchEvent, mockOffice, type ItemSpec } from './office-mock.ts';

const exampleCouncilJson = readFileSync(new URL('../../core/data/example-council.json', import.meta.url), 'utf8');
const exampleCouncil = parseCouncilConfig(exampleCouncilJson);
const globals = globalThis as { Office?: unknown };

afterEach(() => {
  delete globals.Office;
});

/**
 * The handler's own time limit in these tests: long enough that only a hang
 * reaches it, as the 4 s Outlook is given would fail a check slowed by a busy
 * machine. The test of running out of time sets its own.
 */
const HANG_ONLY_MS = 120_000;

/** Handlers over an office-addin-mock Outlook holding `spec`, with the example council built in (or none). */
function setUp(spec: ItemSpec, options: { timeoutMs?: number; council?: null } = {}) {
  const { office, recorded, store } = mockOffice(spec);
  globals.Office = office;
  if (!exampleCouncil.ok) throw new Error(exampleCouncil.errors.join('; '));
  const council = options.council === null ? null : exampleCouncil.config;
  const handlers: Handlers = createHandlers(officeHost(async () => { throw new Error('nothing is fetched'); }, store), {
    council: { demo: false, fetchUrl: null, fetchTimeoutMs: 1500, builtIn: { ...BUILT_IN, council } },
    timeoutMs: options.timeoutMs ?? HANG_ONLY_MS,
    now: () => PRE_ELECTION_MORNING,
  });
  return { handlers, recorded };
}

async function send(spec: ItemSpec, options?: Parameters<typeof setUp>[1]) {
  const { handlers, recorded } = setUp(spec, options);
  const event = launchEvent();
  await handlers.onMessageSend(event);
  expect(event.calls, 'event.completed is called exactly once').toHaveLength(1);
  return { verdict: event.calls[0]![0] as Record<string, any>, recorded };
}

describe('the on-send check', () => {
  it('blocks a member in Bcc and names them', async () => {
    const { verdict } = await send(drafts.memberInBcc);
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.errorMessage).toContain('Ravi Patel');
    expect(verdict.errorMessage).toContain('Model protocol 126');
    expect(verdict.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMIT);
    expect(verdict.errorMessageMarkdown).toContain('Ravi Patel');
    expect(verdict.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMIT);
    expect(verdict.commandId).toBe(OPEN_PANE_COMMAND);
    expect(verdict.sendModeOverride).toBeUndefined();
  });

  it('blocks a member in Bcc on a reply to a member\'s message, naming whose correspondence it is', async () => {
    const { verdict } = await send(drafts.replyToMemberWithBcc);
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.errorMessage).toContain('Cllr Ravi Patel is blind-copied on correspondence with Cllr Jane Okafor');
  });

  it('blocks a party-political press release in the pre-election period', async () => {
    const { verdict } = await send(drafts.partyPoliticalPressRelease);
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.errorMessage).toMatch(/party political/);
    expect(verdict.errorMessage).toContain('Model protocol 121');
  });

  it('lets the user send anyway when there are only warnings', async () => {
    const { verdict } = await send(drafts.memberInstructsOfficer);
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.sendModeOverride).toBe('promptUser');
    expect(verdict.errorMessage).toContain('I want you to close');
  });

  it('sends a clean message', async () => {
    const { verdict } = await send(drafts.clean);
    expect(verdict).toEqual({ allowEvent: true });
  });

  it('asks the user whether to send anyway when the item cannot be read, and records it on the computer', async () => {
    const { verdict, recorded } = await send({ ...drafts.memberInBcc, body_: 'fail' });
    expect(verdict).toEqual({
      allowEvent: false,
      errorMessage: 'Probity could not check this message (The body could not be read). Send it anyway?',
      sendModeOverride: 'promptUser',
    });
    const log = await readUncheckedSends({ storedText: async (key) => recorded.stored[key] ?? null });
    expect(log).toEqual([{ at: PRE_ELECTION_MORNING.toISOString(), reason: 'The body could not be read', asked: true }]);
    expect(recorded.notifications.has(UNCHECKED_KEY)).toBe(false);
  });

  it('asks the user when its own time runs out', async () => {
    const { verdict, recorded } = await send({ ...drafts.memberInBcc, body_: 'hang' }, { timeoutMs: 50 });
    expect(verdict).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(verdict.errorMessage).toMatch(/took too long\)\. Send it anyway\?$/);
    await expect.poll(() => recorded.stored[UNCHECKED_SENDS_KEY]).toContain('took too long');
  });

  it('before Mailbox 1.14, which cannot ask, sends with a notice on the message and records it', async () => {
    const { verdict, recorded } = await send({ ...drafts.memberInBcc, body_: 'fail', mailbox: '1.13' });
    expect(verdict).toEqual({ allowEvent: true });
    expect(recorded.notifications.get(UNCHECKED_KEY)?.message).toMatch(/could not check this message \(The body could not be read\)/);
    expect(JSON.parse(recorded.stored[UNCHECKED_SENDS_KEY]!)).toEqual([
      { at: PRE_ELECTION_MORNING.toISOString(), reason: 'The body could not be read', asked: false },
    ]);
  });

  it('checks the first 20 KB of a longer message, and asks before the rest goes unchecked', async () => {
    const body = longReport(60 * 1024);
    const { verdict, recorded } = await send({ ...drafts.memberInBcc, bcc: [], body });
    const note = `Probity checked the recipients and only the first 20 KB of this message's ${Math.ceil(body.length / 1024)} KB of text; the rest was not checked.`;
    expect(verdict).toEqual({ allowEvent: false, errorMessage: `${note} Send it anyway?`, sendModeOverride: 'promptUser' });
    expect(JSON.parse(recorded.stored[UNCHECKED_SENDS_KEY]!)).toEqual([{ at: PRE_ELECTION_MORNING.toISOString(), reason: note, asked: true }]);
  });

  it('still blocks on what it found in the first 20 KB, and says the rest was not checked', async () => {
    const body = longReport(60 * 1024);
    const { verdict } = await send({ ...drafts.memberInBcc, body });
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.errorMessage).toContain('Ravi Patel');
    expect(verdict.errorMessage).toMatch(new RegExp(`only the first 20 KB of this message's ${Math.ceil(body.length / 1024)} KB of text; the rest was not checked\\.$`));
  });

  it('before Mailbox 1.14, sends a longer message with a notice that only part was checked, and records it', async () => {
    const { verdict, recorded } = await send({ ...drafts.memberInBcc, bcc: [], body: longReport(60 * 1024), mailbox: '1.13' });
    expect(verdict).toEqual({ allowEvent: true });
    expect(recorded.notifications.get(UNCHECKED_KEY)?.message).toMatch(/^Probity checked the recipients and only the first 20 KB/);
    expect(JSON.parse(recorded.stored[UNCHECKED_SENDS_KEY]!)[0]).toMatchObject({ asked: false });
  });

  it('honours a finding dismissed in the task pane', async () => {
    const dismissals = [{ ruleId: 'no-blind-copy-member', excerpt: null, reason: 'Cllr Okafor asked for it' }];
    const { verdict } = await send({
      ...drafts.memberInBcc, sessionData: { [DISMISSALS_KEY]: JSON.stringify(dismissals) },
    });
    expect(verdict).toEqual({ allowEvent: true });
  });

  it('still blocks a member in Bcc with no council.json, by the Cllr marker, and says the check was partial', async () => {
    const { verdict } = await send(drafts.memberInBcc, { council: null });
    expect(verdict.allowEvent).toBe(false);
    expect(verdict.errorMessage).toContain('Ravi Patel');
    expect(verdict.errorMessage).toMatch(/checked without your council's configuration/);
  });

  it('on a Mailbox 1.12 client, blocks errors in plain text and lets warnings go', async () => {
    const blocked = await send({ ...drafts.memberInBcc, mailbox: '1.12' });
    expect(blocked.verdict.allowEvent).toBe(false);
    expect(blocked.verdict.errorMessageMarkdown).toBeUndefined();
    expect(blocked.verdict.commandId).toBeUndefined();
    const warned = await send({ ...drafts.memberInstructsOfficer, mailbox: '1.12' });
    expect(warned.verdict).toEqual({ allowEvent: true });
  });
});

describe('notifications while drafting', () => {
  it('shows the blind copy on the message when recipients change', async () => {
    const { handlers, recorded } = setUp(drafts.memberInBcc);
    const event = launchEvent();
    await handlers.onMessageRecipientsChanged(event);
    expect(event.calls).toEqual([[]]);
    const shown = recorded.notifications.get(NOTIFICATION_KEYS.error);
    expect(shown?.type).toBe('errorMessage');
    expect(shown?.message).toContain('Ravi Patel');
    expect(shown?.message).toContain('(Model protocol 126)');
    expect(shown!.message.length).toBeLessThanOrEqual(NOTIFICATION_LIMIT);
  });

  it('shows a warning as an informational notice on a new message', async () => {
    const { handlers, recorded } = setUp(drafts.memberInstructsOfficer);
    const event = launchEvent();
    await handlers.onNewMessageCompose(event);
    expect(event.calls).toHaveLength(1);
    expect(recorded.notifications.get(NOTIFICATION_KEYS.warning)?.type).toBe('informationalMessage');
    expect(recorded.notifications.has(NOTIFICATION_KEYS.error)).toBe(false);
  });

  it('replaces under the same key and clears it once the problem is gone', async () => {
    const { handlers, recorded } = setUp(drafts.memberInBcc);
    await handlers.onMessageRecipientsChanged(launchEvent());
    await handlers.onMessageRecipientsChanged(launchEvent());
    expect(recorded.replaced.filter((key) => key === NOTIFICATION_KEYS.error)).toHaveLength(2);
    const office = globals.Office as any;
    office.context.mailbox.item.bcc.getAsync = (callback: any) => callback({ status: 'succeeded', value: [] });
    const event = launchEvent();
    await handlers.onMessageRecipientsChanged(event);
    expect(event.calls).toHaveLength(1);
    expect(recorded.notifications.size).toBe(0);
  });

  it('stays quiet when the user turned notices off', async () => {
    const { handlers, recorded } = setUp({
      ...drafts.memberInBcc, roaming: { probityPreferences: { notifyWhileDrafting: false, showNotes: true } },
    });
    const event = launchEvent();
    await handlers.onMessageRecipientsChanged(event);
    expect(event.calls).toHaveLength(1);
    expect(recorded.notifications.size).toBe(0);
  });

  it('completes once even when the item cannot be read', async () => {
    const { handlers } = setUp({ ...drafts.memberInBcc, body_: 'fail' });
    const event = launchEvent();
    await handlers.onMessageRecipientsChanged(event);
    expect(event.calls).toEqual([[]]);
  });
});
