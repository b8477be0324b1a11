/**
 * axe-core over everything the extension draws on a mail page — the badge,
 * the notes beside Bcc, the findings panel with the finding of the words
 * pointed at, and the pre-send dialog — in each state a user meets: findings,
 * nothing found, a finding dismissed, a part it could not read, and a send
 * held with and without a reason given. Only Probity's own elements are
 * scanned: the saved pages around them stand in for the mail sites' markup.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, openComposePage, overlayOf, pointAtHighlight, startHarness, type Harness } from './browser/harness.ts';
import { runAxe, type AxeReport } from './browser/axe.ts';

const OVERLAYS = 'probity-compose';

let harness: Harness;
/** The states scanned by the running test, each with what axe-core found. */
let results: Record<string, AxeReport> = {};

const open = (site: 'gmail' | 'outlook', name: string, windows: number) => openComposePage(harness, site, name, windows);

async function scan(page: Page, state: string): Promise<void> {
  const result = await runAxe(page, OVERLAYS);
  console.log(`[axe] extension overlays, ${state}: ${result.violations.length} violations, ${result.passes} rules passed`);
  results[state] = result;
}

/** Every state the test scanned was scanned for real and had no violation. */
function expectNoViolations(states: number): void {
  expect(Object.keys(results)).toHaveLength(states);
  for (const result of Object.values(results)) expect(result.passes).toBeGreaterThan(0);
  expect(Object.fromEntries(Object.entries(results).map(([state, result]) => [state, result.violations]))).toEqual(
    Object.fromEntries(Object.keys(results).map((state) => [state, []])));
}

// Each test walks a page through several states: it may take minutes on a busy machine, and is not a speed test.
describe.skipIf(!chromiumAvailable())('the extension’s overlays pass axe-core in every state', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    harness = await startHarness();
  });
  beforeEach(() => {
    results = {};
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('Gmail: findings, the words’ finding, a dismissal, and a held send with and without a reason', async () => {
    const page = await open('gmail', 'gmail-2022-popups', 2);
    const bcc = await overlayOf(page, 'bcc');
    const commitment = await overlayOf(page, 'commitment');
    await bcc.locator('.recipient-note:not([hidden])').waitFor();
    await scan(page, 'Gmail: badges with findings, the note beside Bcc');

    await pointAtHighlight(page, 'probity-error', 'The Council');
    await commitment.locator('.probity-finding[data-current]').waitFor();
    await scan(page, 'Gmail: panel opened on the pointed-at words’ finding');

    const finding = commitment.locator('.probity-finding[data-current]');
    await finding.getByRole('button', { name: 'Why' }).click();
    await finding.getByRole('button', { name: 'Dismiss with a reason' }).click();
    await finding.getByRole('button', { name: 'Dismiss', exact: true }).click();
    expect(await finding.getByLabel('Reason for dismissing').getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'Gmail: panel with “Why” open and a dismissal missing its reason');
    await finding.getByLabel('Reason for dismissing').fill('The resident was promised this in writing by the Director');
    await finding.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect.poll(() => commitment.locator('.probity-finding[data-rule-id="member-letter-obligation"]').count()).toBe(0);
    await scan(page, 'Gmail: panel after a finding is dismissed');
    await commitment.getByRole('button', { name: 'Close' }).click();

    await page.locator('[data-fixture-compose="bcc"] [data-tooltip^="Send"]').click();
    const dialog = page.locator('probity-compose dialog[open]');
    await dialog.waitFor();
    await scan(page, 'Gmail: send held, errors to fix');
    await dialog.getByText('Send anyway…').click();
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('.probity-dismiss__problem').waitFor();
    await scan(page, 'Gmail: send held, “Send anyway” missing its reason');
    await dialog.getByText('Go back and fix').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.close();
    expectNoViolations(6);
  });

  it('Gmail: recipients it could not read, on the badge, in the panel and when sending', async () => {
    const page = await open('gmail', 'gmail-2022-popups', 2);
    await page.evaluate(() => {
      for (const field of document.querySelectorAll('[data-fixture-compose="commitment"] [name="to"]')) field.setAttribute('name', 'recipients-to');
    });
    const commitment = await overlayOf(page, 'commitment');
    await expect.poll(() => commitment.locator('.badge').getAttribute('data-severity')).toBe('unread');
    await scan(page, 'Gmail: badge saying what it could not read');
    await commitment.locator('.badge').click();
    await commitment.locator('.read-problems').waitFor();
    await scan(page, 'Gmail: panel listing what it could not read');
    await page.locator('[data-fixture-compose="commitment"] [data-tooltip^="Send"]').click();
    await page.locator('probity-compose dialog[open] .send-dialog__problems').waitFor();
    await scan(page, 'Gmail: send held, not fully checked');
    await page.close();
    expectNoViolations(3);
  });

  it('Gmail: a clean reply, badge and empty panel', async () => {
    const page = await open('gmail', 'gmail-2022-inline-reply', 1);
    const overlay = page.locator(OVERLAYS);
    expect(await overlay.locator('.badge').getAttribute('data-severity')).toMatch(/clean|info/);
    await scan(page, 'Gmail: badge with nothing found');
    await overlay.locator('.badge').click();
    await overlay.locator('.panel-frame').waitFor();
    await scan(page, 'Gmail: panel with nothing found');
    await page.close();
    expectNoViolations(2);
  });

  it('Outlook on the web: findings, a sender it could not read, and a held send', async () => {
    const page = await open('outlook', 'outlook-2024-popout-fr', 1);
    const overlay = page.locator(OVERLAYS);
    expect(await overlay.locator('.badge').getAttribute('data-severity')).toBe('unread');
    await scan(page, 'Outlook: badge with findings and a part not read');
    await overlay.locator('.badge').click();
    await overlay.locator('.read-problems').waitFor();
    await scan(page, 'Outlook: panel with findings and a part not read');
    await overlay.locator('.badge').click();
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.locator('probity-compose dialog[open]').waitFor();
    await scan(page, 'Outlook: send held');
    await page.close();
    expectNoViolations(3);
  });
});
