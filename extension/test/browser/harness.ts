/**
 * Real Chromium with the built extension, pointed at saved compose pages.
 * The pages are served over HTTPS on 127.0.0.1 and the browser resolves the
 * real mail hosts to that server, so the manifest keeps matching only the
 * four real origins. Every request that reaches the server or leaves the
 * browser is recorded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));
export const EXTENSION_ROOT = join(here, '..', '..');
export const EXTENSION_DIR = join(EXTENSION_ROOT, 'dist', 'chromium');
export const SCREENSHOTS = join(EXTENSION_ROOT, 'test', 'screenshots');
const PAGES = join(EXTENSION_ROOT, 'test', 'pages');

export const MAIL_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

/** Which family of saved pages each mail host serves: `?probity-page=NAME` picks one, NAME starting with the family. */
const FAMILY_FOR_HOST: Record<string, string> = {
  'mail.google.com': 'gmail-',
  'outlook.office.com': 'outlook-',
  'outlook.office365.com': 'outlook-',
  'outlook.live.com': 'outlook-',
};

/** The scripts a saved page loads to behave like its site when sending (test/pages/*-site.js). */
const FIXTURE_SCRIPT = /^\/probity-fixture\/((?:gmail|outlook|site)-[a-z]+\.js)$/;

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Every URL the browser asked for, pages and extension alike (extension-internal URLs excluded). */
  requests: string[];
  /** Every request that reached the test server, as host + path. */
  served: string[];
  close(): Promise<void>;
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** `withExtension: false` starts the same browser on the same pages without Probity, to measure what it costs. */
export async function startHarness({ withExtension = true } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync(process.execPath, [join(EXTENSION_ROOT, 'build.mjs')], { stdio: 'inherit' });
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const served: string[] = [];
  const server = await serveMailPages(served);
  const port = (server.address() as AddressInfo).port;
  const mapping = MAIL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'probity-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
      // 127.0.0.1 stays reachable for the review page served as `npm start` serves it; every request is recorded all the same.
      `--host-resolver-rules=${mapping}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : ['--disable-extensions']),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => {
    if (!/^(chrome-extension|data|blob):/.test(request.url())) requests.push(request.url());
  });
  const worker = withExtension ? context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker') : null;
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context, extensionId, requests, served,
    async close() {
      await context.close();
      server.close();
    },
  };
}

async function serveMailPages(served: string[]): Promise<Server> {
  const { key, cert } = selfSignedCertificate();
  const server = createServer({ key, cert }, (request, response) => {
    const host = (request.headers.host ?? '').split(':')[0]!;
    served.push(`${host}${request.url}`);
    const url = new URL(request.url ?? '/', 'https://x');
    const family = FAMILY_FOR_HOST[host];
    const script = FIXTURE_SCRIPT.exec(url.pathname)?.[1];
    const page = url.searchParams.get('probity-page');
    if (family && (script?.startsWith(family) || script === 'site-common.js')) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(readFileSync(join(PAGES, script)));
    } else if (family && page?.startsWith(family) && /^[a-z0-9-]+$/.test(page) && existsSync(join(PAGES, `${page}.html`))) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(join(PAGES, `${page}.html`)));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** A throwaway certificate for the mail hosts; the browser is told to accept it. */
function selfSignedCertificate(): { key: string; cert: string } {
  const directory = mkdtempSync(join(tmpdir(), 'probity-cert-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=mail.google.com',
    '-addext', `subjectAltName=${MAIL_HOSTS.map((host) => `DNS:${host}`).join(',')}`,
    '-keyout', join(directory, 'key.pem'), '-out', join(directory, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(directory, 'key.pem'), 'utf8'), cert: readFileSync(join(directory, 'cert.pem'), 'utf8') };
}

/** Where each mail site's saved pages are opened. */
const MAIL_PAGE_ADDRESSES = { gmail: 'https://mail.google.com/mail/u/0/', outlook: 'https://outlook.office.com/mail/' } as const;

/** Opens a saved compose page and waits until every compose window on it has been checked. */
export async function openComposePage(harness: Harness, site: keyof typeof MAIL_PAGE_ADDRESSES, name: string, windows: number): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${MAIL_PAGE_ADDRESSES[site]}?probity-page=${name}`);
  await page.waitForFunction((count) => {
    const hosts = [...document.querySelectorAll('probity-compose')];
    return hosts.length === count && hosts.every((host) => (host.shadowRoot?.querySelector('.badge__counts')?.textContent ?? '') !== '');
  }, windows);
  return page;
}

/** The overlay whose badge sits inside the compose window the page names `compose`: each badge is anchored to its own window. */
export async function overlayOf(page: Page, compose: string): Promise<Locator> {
  const index = await page.evaluate((name) => {
    const bounds = document.querySelector(`[data-fixture-compose="${name}"]`)!.getBoundingClientRect();
    return [...document.querySelectorAll('probity-compose')].findIndex((host) => {
      const badge = host.shadowRoot!.querySelector('.badge')!.getBoundingClientRect();
      const x = badge.left + badge.width / 2;
      const y = badge.top + badge.height / 2;
      return x >= bounds.left && x <= bounds.right && y >= bounds.top && y <= bounds.bottom;
    });
  }, compose);
  expect(index, `a badge inside compose window ${compose}`).toBeGreaterThanOrEqual(0);
  return page.locator('probity-compose').nth(index);
}

/** Text of every range in a highlight, read from the page's own highlight registry. */
export function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  // Playwright hides the caret by styling editable elements; keep it, so the editors stay exactly as the page left them.
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), caret: 'initial', fullPage });
}

/** Drops a file on `selector` as a user dragging it from their desktop would. */
export async function dropFile(page: Page, selector: string, name: string, bytes: Uint8Array, type: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, bytes, type }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
    return transfer;
  }, { name, bytes: [...bytes], type });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** Moves the pointer onto the highlighted words of `name` that start with `start`, as a user points at an underline. */
export async function pointAtHighlight(page: Page, name: string, start: string): Promise<void> {
  const point = await page.evaluate(([highlight, words]) => {
    const range = [...CSS.highlights.get(highlight)!].find((candidate) => candidate.toString().startsWith(words)) as Range;
    const box = range.getBoundingClientRect();
    return { x: box.left + 20, y: box.top + box.height / 2 };
  }, [name, start] as const);
  await page.mouse.move(point.x, point.y);
}
