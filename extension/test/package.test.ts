/** The built packages: what each browser's manifest asks for, and web-ext lint over the Firefox build. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import webExt from 'web-ext';

const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(extensionRoot, 'dist');
const MAIL_ORIGINS = ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'];

const manifestOf = (browser: string) => JSON.parse(readFileSync(join(dist, browser, 'manifest.json'), 'utf8'));

beforeAll(() => {
  if (!existsSync(join(dist, 'firefox', 'manifest.json'))) execFileSync(process.execPath, [join(extensionRoot, 'build.mjs')], { stdio: 'inherit' });
});

describe.each(['chromium', 'firefox'])('the %s build', (browser) => {
  it('asks for storage only and runs its content script on the four mail origins only', () => {
    const manifest = manifestOf(browser);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(MAIL_ORIGINS);
    expect(manifest.storage.managed_schema).toBe('managed-schema.json');
  });

  it('ships no eval, no Function constructor and no innerHTML in its scripts', () => {
    for (const file of readdirSync(join(dist, browser)).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(join(dist, browser, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|\bFunction\(|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML/);
    }
  });

  it('is zipped', () => {
    expect(readdirSync(dist).some((name) => name.startsWith(`probity-${browser}-`) && name.endsWith('.zip'))).toBe(true);
  });
});

it('uses a service worker in Chromium and background scripts with a gecko id and no data collection in Firefox', () => {
  expect(manifestOf('chromium').background).toEqual({ service_worker: 'background.js' });
  const firefox = manifestOf('firefox');
  expect(firefox.background).toEqual({ scripts: ['background.js'] });
  expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
});

it('passes web-ext lint', async () => {
  const result = await webExt.cmd.lint(
    { sourceDir: join(dist, 'firefox'), output: 'none', boring: true, selfHosted: false },
    { shouldExitProgram: false },
  );
  const problems = [...result.errors, ...result.warnings].map((entry) => `${entry.code} ${entry.file ?? ''}: ${entry.message}`);
  console.log(`[measure] web-ext lint: ${result.summary.errors} errors, ${result.summary.warnings} warnings ${JSON.stringify(problems)}`);
  expect(result.summary.errors).toBe(0);
  expect(problems).toEqual([]);
  // Not a speed bound: the linter parses every bundle, which took two minutes on the busy shared machine.
}, 300_000);
