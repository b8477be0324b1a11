/**
 * The built task pane, served on 127.0.0.1 and opened in headless Chromium
 * with a simulated Outlook host in place of Office.js.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDIN, buildWith } from './built.ts';
import { PRE_ELECTION_MORNING, drafts } from './drafts.ts';
import { installSimulatedOutlook, type SimulatedItem } from './simulated-outlook.ts';
import { runAxe, type AxeReport } from '../../extension/test/browser/axe.ts';

const SCREENSHOTS = join(ADDIN, 'test/screenshots');
const EXAMPLE_COUNCIL = readFileSync(join(ADDIN, '../core/data/example-council.json'), 'utf8');
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json',
};

/** What the server answers for council.json. */
let council: 'example' | 'missing' | 'invalid' = 'example';
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  // Built with a council.json of its own and told to read the one on the server too, so each answer shows.
  const builtInCouncil = join(mkdtempSync(join(tmpdir(), 'probity-council-')), 'council.json');
  writeFileSync(builtInCouncil, JSON.stringify({ council: 'Built-in Test Council', profile: 'model' }));
  const dist = buildWith({ PROBITY_COUNCIL_JSON: builtInCouncil, PROBITY_COUNCIL_FETCH: '1' });
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/council.json') {
      if (council === 'missing') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(council === 'example' ? EXAMPLE_COUNCIL : '{"council": "Broken Borough", "members": [{"emails": ["not-an-email"]}]}');
    }
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens the task pane on `item`, at the size of Outlook's pane, on a weekday morning in the pre-election period. */
async function openPane(item: SimulatedItem): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) failures.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) failures.push(`request outside the add-in's origin: ${request.url()}`);
  });
  await page.clock.setFixedTime(PRE_ELECTION_MORNING);
  // Office.js itself only runs inside Outlook; the simulated host stands in for it.
  await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.addInitScript(installSimulatedOutlook, item);
  await page.goto(`${origin}/taskpane.html`);
  await page.locator('.pane-checked').filter({ hasText: /\S/ }).waitFor();
  expect(failures).toEqual([]);
  return page;
}

const compose = (draft: Omit<SimulatedItem, 'mode'>): SimulatedItem => ({ mode: 'compose', ...draft });

describe('the task pane in Chromium', () => {
  it('shows the findings for a draft with a member in Bcc', async () => {
    council = 'example';
    const page = await openPane(compose(drafts.memberInBcc));
    await expect.poll(() => page.locator('.pane-council').textContent()).toBe('Example Borough Council · Model protocol');
    const finding = page.locator('.probity-finding[data-rule-id="no-blind-copy-member"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('Cllr Ravi Patel is blind-copied');
    expect(await page.locator('.probity-group--error .probity-group__title').textContent()).toMatch(/Must fix \(1\)/);
    expect(await page.locator('#notice').isHidden()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-compose.png'), fullPage: true });
    await page.close();
  });

  it('keeps a dismissal with its reason on the item and drops the finding', async () => {
    council = 'example';
    const page = await openPane(compose(drafts.memberInBcc));
    const finding = page.locator('.probity-finding[data-rule-id="no-blind-copy-member"]');
    await finding.getByRole('button', { name: 'Dismiss with a reason' }).click();
    await finding.locator('.probity-dismiss__reason').fill('Cllr Okafor asked for Cllr Patel to be copied');
    await finding.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as any).__outlook.sessionData.probityDismissals))
      .toContain('Cllr Okafor asked for Cllr Patel to be copied');
    await expect.poll(() => finding.count()).toBe(0);
    await page.close();
  });

  it('re-checks when recipients change and when the body changes', async () => {
    council = 'example';
    const page = await openPane(compose(drafts.memberInBcc));
    await page.locator('.probity-finding[data-rule-id="no-blind-copy-member"]').waitFor();
    await page.evaluate(() => {
      const outlook = (window as any).__outlook;
      outlook.item.bcc = [];
      outlook.handlers.olkRecipientsChanged();
    });
    await expect.poll(() => page.locator('.probity-finding[data-rule-id="no-blind-copy-member"]').count()).toBe(0);
    await page.evaluate(() => {
      const outlook = (window as any).__outlook;
      outlook.item.from = { name: 'Cllr Mary Doyle', address: 'cllr.mary.doyle@example.gov.uk' };
      outlook.item.to = [{ name: 'Dan Foster', address: 'dan.foster@example.gov.uk' }];
      outlook.item.body = 'Dan,\n\nI want you to close the Riverside car park on Sunday.\n\nCllr Mary Doyle';
    });
    await page.locator('.probity-finding[data-rule-id="member-instructs-officer"]').waitFor();
    await page.close();
  });

  it('checks a received message in read mode', async () => {
    council = 'example';
    const page = await openPane({
      mode: 'read', created: PRE_ELECTION_MORNING.toISOString(), ...drafts.partyPoliticalPressRelease,
    });
    await page.locator('.probity-finding[data-rule-id="publicity-party-political"]').waitFor();
    expect(await page.locator('.pane-checked').textContent()).toContain('a press release');
    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-read.png'), fullPage: true });
    await page.close();
  });

  it('says plainly when council.json is missing from the server, and checks with the built-in copy', async () => {
    council = 'missing';
    const page = await openPane(compose(drafts.memberInBcc));
    expect(await page.locator('#notice').textContent()).toContain('could not be loaded (it is not on the server)');
    expect(await page.locator('#notice').textContent()).toContain('built into the add-in');
    expect(await page.locator('.pane-council').textContent()).toContain('Built-in Test Council');
    await page.locator('.probity-finding[data-rule-id="no-blind-copy-member"]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-missing-council.png'), fullPage: true });
    await page.close();
  });

  it('lists each problem of an invalid council.json by its path', async () => {
    council = 'invalid';
    const page = await openPane(compose(drafts.clean));
    const notice = await page.locator('#notice').textContent();
    expect(notice).toContain('has problems');
    expect(notice).toContain('members[0].name');
    expect(notice).toContain('members[0].emails[0]: not an email address');
    expect(await page.locator('.pane-council').textContent()).not.toContain('Example Borough');
    await page.close();
  });

  it('takes Outlook\'s dark theme', async () => {
    council = 'example';
    const page = await openPane({
      ...compose(drafts.memberInBcc),
      theme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#1F1F1F', controlForegroundColor: '#F0F0F0' },
    });
    await page.locator('.probity-finding[data-rule-id="no-blind-copy-member"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(38, 38, 38)');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.probity-finding')!).color)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-dark.png'), fullPage: true });
    await page.close();
  });

  it('uses the system\'s colours in high contrast', async () => {
    council = 'example';
    const page = await browser.newPage({ viewport: { width: 360, height: 900 }, forcedColors: 'active' });
    await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.addInitScript(installSimulatedOutlook, compose(drafts.memberInBcc));
    await page.goto(`${origin}/taskpane.html`);
    await page.locator('.probity-finding[data-rule-id="no-blind-copy-member"]').waitFor();
    // The pane's own high-contrast rules apply (taskpane.css, forced-colors): its buttons keep their borders in system colours.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.pane-button')!).getPropertyValue('forced-color-adjust'))).toBe('none');
    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-high-contrast.png'), fullPage: true });
    await page.close();
  });

  it('saves preferences in roaming settings', async () => {
    council = 'example';
    const page = await openPane(compose(drafts.memberInBcc));
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Show a notice on the message while I write it').uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-settings.png'), fullPage: true });
    await expect.poll(() => page.evaluate(() => (window as any).__outlook.roaming.probityPreferences))
      .toEqual({ notifyWhileDrafting: false, showNotes: true });
    await page.close();
  });
});

describe('the task pane’s accessibility', () => {
  /** What axe-core found in each state of the pane, in the order they were shown. */
  const results: Record<string, AxeReport> = {};
  const scan = async (page: Page, state: string) => {
    results[state] = await runAxe(page);
    console.log(`[axe] task pane, ${state}: ${results[state]!.violations.length} violations, ${results[state]!.passes} rules passed`);
  };

  // The pane is walked through many states; on a busy machine that takes minutes, and speed is not what this tests.
  it('has no axe-core violations in any state', { timeout: 600_000 }, async () => {
    council = 'example';
    let page = await openPane(compose(drafts.memberInBcc));
    const finding = page.locator('.probity-finding[data-rule-id="no-blind-copy-member"]');
    await finding.waitFor();
    await scan(page, 'findings');
    await finding.getByRole('button', { name: 'Why' }).click();
    await finding.getByRole('button', { name: 'Dismiss with a reason' }).click();
    await finding.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await scan(page, '“Why” open, a dismissal missing its reason');
    await finding.locator('.probity-dismiss__reason').fill('Cllr Okafor asked for Cllr Patel to be copied');
    await finding.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect.poll(() => finding.count()).toBe(0);
    await scan(page, 'finding dismissed');
    await page.getByRole('button', { name: 'Settings' }).click();
    await scan(page, 'preferences open');
    await page.getByRole('button', { name: 'Settings' }).click();
    // A send Outlook could not check, as the on-send handler logs it (local-log.ts).
    await page.evaluate(() => localStorage.setItem('probity-unchecked-sends', JSON.stringify([{ at: '2027-03-31T09:15:00.000Z', reason: 'Probity could not read the message body', asked: true }])));
    await page.reload();
    await page.locator('.pane-checked').filter({ hasText: /\S/ }).waitFor();
    await page.locator('#record summary').click();
    await expect.poll(() => page.locator('#record-unchecked tbody tr').first().textContent()).toContain('could not read the message body');
    await scan(page, 'log open: a dismissal and an unchecked send');
    await page.close();

    page = await openPane(compose(drafts.clean));
    await scan(page, 'nothing found');
    await page.close();
    page = await openPane({ mode: 'read', created: PRE_ELECTION_MORNING.toISOString(), ...drafts.partyPoliticalPressRelease });
    await page.locator('.probity-finding[data-rule-id="publicity-party-political"]').waitFor();
    await scan(page, 'a received message in read mode');
    await page.close();
    page = await openPane({
      ...compose(drafts.memberInBcc),
      theme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#1F1F1F', controlForegroundColor: '#F0F0F0' },
    });
    await page.locator('.probity-finding').first().waitFor();
    await scan(page, 'Outlook’s dark theme');
    await page.close();

    council = 'missing';
    page = await openPane(compose(drafts.memberInBcc));
    await page.locator('#notice').waitFor();
    await scan(page, 'council.json missing: warning');
    await page.close();
    council = 'invalid';
    page = await openPane(compose(drafts.clean));
    await page.locator('#notice li').first().waitFor();
    await scan(page, 'council.json invalid: error');
    await page.close();
    council = 'example';

    expect(Object.keys(results)).toHaveLength(10);
    for (const result of Object.values(results)) expect(result.passes).toBeGreaterThan(0);
    expect(Object.fromEntries(Object.entries(results).map(([state, result]) => [state, result.violations]))).toEqual(
      Object.fromEntries(Object.keys(results).map((state) => [state, []])));
  });
});
