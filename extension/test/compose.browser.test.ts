/**
 * The built extension in real Chromium, on saved Gmail and Outlook on the web
 * compose pages (see test/browser/harness.ts for how the real hosts are served).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { chromiumAvailable, dropFile, highlightedTexts, MAIL_HOSTS, screenshot, startHarness, type Harness } from './browser/harness.ts';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const OUTLOOK = 'https://outlook.office.com/mail/inbox';

let harness: Harness;

async function openCompose(url: string, composeCount: number): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(url);
  await page.locator('probity-compose .badge').nth(composeCount - 1).waitFor();
  await page.waitForFunction((count) => document.querySelectorAll('probity-compose').length === count
    && [...document.querySelectorAll('probity-compose')].every((host) => host.shadowRoot?.querySelector('.badge__counts')?.textContent !== ''), composeCount);
  return page;
}

function sent(page: Page): Promise<{ compose: string; body: string; bcc: string[] }[]> {
  return page.evaluate(() => (window as unknown as { sentMessages: never[] }).sentMessages);
}

describe.skipIf(!chromiumAvailable())('the extension in Chromium', () => {
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe('Gmail', () => {

    it('underlines exactly the flagged words and the blind-copied member, without touching the editor', async () => {
      const page = await openCompose(GMAIL, 2);
      const newMessage = page.locator('probity-compose').nth(1);
      await expect.poll(() => highlightedTexts(page, 'probity-error')).toContain('Ravi Patel');

      await newMessage.locator('.badge').click();
      const excerpts = await newMessage.locator('.probity-finding[data-severity="error"] .probity-finding__excerpt').allTextContents();
      const bodyExcerpts = await newMessage.locator('.probity-finding').evaluateAll((items) => items
        .filter((item) => item.querySelector('.probity-finding__field')?.textContent === 'In the message')
        .map((item) => ({ severity: (item as HTMLElement).dataset.severity!, text: item.querySelector('.probity-finding__excerpt')!.textContent! })));
      expect(excerpts.some((excerpt) => excerpt.includes('cllr.ravi.patel@example.gov.uk'))).toBe(true);
      expect(bodyExcerpts.map((excerpt) => excerpt.text).join(' ')).toContain('change the recommendation');
      for (const severity of ['error', 'warning', 'info']) {
        const underlined = (await highlightedTexts(page, `probity-${severity}`)).filter((text) => text !== 'Ravi Patel');
        expect(underlined.sort()).toEqual(bodyExcerpts.filter((excerpt) => excerpt.severity === severity).map((excerpt) => excerpt.text).sort());
      }
      await expect.poll(() => page.locator('probity-compose .recipient-note:visible').allTextContents())
        .toEqual([expect.stringMatching(/^Bcc: Cllr Ravi Patel is blind-copied/)]);
      await screenshot(page, 'gmail-1-findings-panel');

      expect(await page.evaluate(() => (window as unknown as { editorMutationLog?: string[] }).editorMutationLog)).toBeUndefined();
      await page.close();
    });

    it('holds Send on an error and sends the same message after "Send anyway" with a reason', async () => {
      const page = await openCompose(GMAIL, 2);
      const bodyBefore = await page.locator('#new-message [g_editable]').innerHTML();
      await page.locator('#new-message [data-tooltip^="Send"]').click();
      const dialog = page.locator('probity-compose dialog[open]');
      await dialog.waitFor();
      expect(await dialog.locator('h2').textContent()).toMatch(/to fix$/);
      await screenshot(page, 'gmail-2-send-held');
      expect(await sent(page)).toEqual([]);

      await dialog.getByText('Send anyway…').click();
      await dialog.locator('button[type="submit"]').click();
      expect(await dialog.locator('.probity-dismiss__problem').isVisible()).toBe(true);
      expect(await sent(page)).toEqual([]);
      await dialog.locator('input').fill('Cllr Patel asked to be copied; agreed with the Monitoring Officer');
      await dialog.locator('button[type="submit"]').click();

      await expect.poll(() => sent(page)).toHaveLength(1);
      const [message] = await sent(page);
      expect(message).toMatchObject({ compose: 'new-message', body: bodyBefore, bcc: ['cllr.ravi.patel@example.gov.uk'] });
      await screenshot(page, 'gmail-3-sent-anyway');
      await page.close();
    });

    it('holds Ctrl+Enter likewise, and "Go back and fix" returns to the draft unsent', async () => {
      const page = await openCompose(GMAIL, 2);
      await page.locator('#new-message [g_editable]').click();
      await page.keyboard.press('Control+Enter');
      const dialog = page.locator('probity-compose dialog[open]');
      await dialog.waitFor();
      await dialog.getByText('Go back and fix').click();
      await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));
      expect(await sent(page)).toEqual([]);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Message Body');

      await page.keyboard.press('Control+Enter');
      await dialog.waitFor();
      await dialog.getByText('Send anyway…').click();
      await dialog.locator('input').fill('Urgent: the report goes to print tonight');
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(page)).toHaveLength(1);
      await page.close();
    });

    it('sends a clean reply at once, with no dialog', async () => {
      const page = await openCompose(GMAIL, 2);
      const inline = page.locator('probity-compose').nth(0);
      expect(await inline.locator('.badge').getAttribute('data-severity')).toMatch(/clean|info/);
      await page.locator('#inline-reply [data-tooltip^="Send"]').click();
      expect(await sent(page)).toEqual([expect.objectContaining({ compose: 'inline-reply' })]);
      expect(await page.locator('probity-compose dialog[open]').count()).toBe(0);
      await page.close();
    });

    it('removes its badge, panel and underlines when a compose window closes', async () => {
      const page = await openCompose(GMAIL, 2);
      expect(await highlightedTexts(page, 'probity-error')).toContain('Ravi Patel');
      await page.evaluate(() => document.querySelector('[role="dialog"][aria-label="New Message"]')!.remove());
      await expect.poll(() => page.locator('probity-compose').count()).toBe(1);
      expect(await highlightedTexts(page, 'probity-error')).toEqual([]);
      await page.close();
    });

    it('keeps every task under one frame while typing into a 10 KB draft', async () => {
      const page = await openCompose(GMAIL, 2);
      await page.evaluate(() => {
        (window as unknown as { longTasks: number[] }).longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(entry.duration);
        }).observe({ type: 'longtask' });
        const editor = document.querySelector('#new-message [g_editable]')!;
        const paragraph = 'Thank you for your message about the bins in Northfield. I have asked the team to look at the collection rota and will let you know. ';
        for (let index = 0; index < 75; index += 1) {
          const line = document.createElement('div');
          line.textContent = paragraph;
          editor.append(line);
        }
      });
      await page.waitForTimeout(1000);
      const editor = page.locator('#new-message [g_editable]');
      await editor.press('End');
      const tracing = await harness.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      tracing.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
      await tracing.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
      await page.keyboard.type(' Could you send me the figures for each ward please.', { delay: 25 });
      await page.waitForTimeout(800);
      await page.keyboard.type(' Thanks again.', { delay: 25 });
      await page.waitForTimeout(800);
      const finished = new Promise((resolve) => tracing.once('Tracing.tracingComplete', resolve));
      await tracing.send('Tracing.end');
      await finished;

      const longest = longestMainThreadTask(events, 'mail.google.com');
      const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      console.log(`[measure] typing into a 10 KB Gmail draft: longest main-thread task ${longest.toFixed(1)} ms, long tasks ≥50 ms: ${longTasks.length}`);
      expect(await page.locator('#new-message [g_editable]').evaluate((element) => element.textContent!.length)).toBeGreaterThan(10_000);
      expect(longTasks).toEqual([]);
      expect(longest).toBeLessThan(16);
      await page.close();
    });
  });

  describe('Outlook on the web', () => {
    it('flags the blind-copied member, ignores instructions in the quoted thread, and holds Send', async () => {
      const page = await openCompose(OUTLOOK, 1);
      await expect.poll(() => highlightedTexts(page, 'probity-error')).toEqual(['Ravi Patel']);
      await page.locator('probity-compose .badge').click();
      const rules = await page.locator('probity-compose .probity-finding').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.ruleId));
      expect(rules).toContain('no-blind-copy-member');
      expect(rules).not.toContain('member-instructs-officer');
      expect(rules).not.toContain('pressure-on-officer-advice');
      await screenshot(page, 'outlook-1-findings-panel');

      await page.getByRole('button', { name: 'Send', exact: true }).click();
      const dialog = page.locator('probity-compose dialog[open]');
      await dialog.waitFor();
      await screenshot(page, 'outlook-2-send-held');
      await dialog.getByText('Send anyway…').click();
      await dialog.locator('input').fill('Cllr Patel is the ward member and asked to see replies');
      await dialog.locator('button[type="submit"]').click();
      await expect.poll(() => sent(page)).toHaveLength(1);
      expect(await page.evaluate(() => (window as unknown as { editorMutationLog?: string[] }).editorMutationLog)).toBeUndefined();
      await page.close();
    });
  });

  describe('review page', () => {
    const drop = (page: Page, name: string, bytes: Uint8Array, type: string) => dropFile(page, '#drop-zone', name, bytes, type);

    async function ruleIds(page: Page): Promise<string[]> {
      return page.locator('#findings .probity-finding').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.ruleId!));
    }

    it('shows the findings of a dropped .eml and a dropped .docx, with the flagged words marked', async () => {
      const page = await harness.context.newPage();
      await page.goto(`chrome-extension://${harness.extensionId}/review.html`);

      await drop(page, 'member-bcc.eml', readFileSync(join(import.meta.dirname, 'fixtures', 'member-bcc.eml')), 'message/rfc822');
      await page.locator('#findings .probity-finding').first().waitFor();
      expect(await page.locator('#result-title').textContent()).toBe('member-bcc.eml');
      expect(await ruleIds(page)).toEqual(expect.arrayContaining(['no-blind-copy-member', 'pressure-on-officer-advice']));
      expect(await page.locator('#document mark.mark--error').allTextContents()).toEqual(['You must change the recommendation in the report before Thursday.']);
      await screenshot(page, 'review-1-eml');

      const release = new Document({ sections: [{ children: [
        new Paragraph({ text: 'PRESS RELEASE', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('For immediate release'),
        new Paragraph('Labour councillor Jane Okafor said the new recycling service would start in Northfield in June.'),
        new Paragraph('ENDS'),
      ] }] });
      await drop(page, 'recycling-release.docx', new Uint8Array(await Packer.toBuffer(release)),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      await expect.poll(() => page.locator('#result-title').textContent()).toBe('recycling-release.docx');
      expect(await ruleIds(page)).toContain('publicity-party-affiliation');
      expect(await page.locator('#result-summary').textContent()).toContain('press-release');
      await screenshot(page, 'review-2-docx');
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'review-3-docx-printed');
      await page.close();
    });
  });

  it('makes no network request of its own', () => {
    const foreign = harness.requests.filter((url) => !MAIL_HOSTS.includes(new URL(url).hostname));
    console.log(`[measure] requests seen: ${harness.requests.length} (all to the test pages' own hosts: ${foreign.length === 0})`);
    expect(foreign).toEqual([]);
    expect(harness.served.every((entry) => /^[a-z.0-9]+\/(mail\/|favicon\.ico)/.test(entry))).toBe(true);
  });
});

interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } } }

/** The longest task on the main thread of the renderer showing `host`, in milliseconds. */
function longestMainThreadTask(events: TraceEvent[], host: string): number {
  const pageProcess = events
    .flatMap((event) => event.args?.data?.frames ?? [])
    .find((frame) => frame.url.includes(host))?.processId;
  const mainThread = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === pageProcess && event.args?.name === 'CrRendererMain')?.tid;
  const durations = events
    .filter((event) => event.pid === pageProcess && event.tid === mainThread && event.ph === 'X' && (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask'))
    .map((event) => (event.dur ?? 0) / 1000);
  if (durations.length === 0) throw new Error('the trace recorded no tasks for the page');
  return Math.max(...durations);
}
