/**
 * axe-core, Deque's accessibility engine, run inside a page in real Chromium.
 * The source is evaluated through the DevTools protocol rather than added as
 * a <script>, so the pages' content security policy and Trusted Types stay as
 * strict as users get them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResults {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
  passes: unknown[];
}

export interface AxeReport {
  /** One line per violation: rule id, impact, and the elements it was found on. */
  violations: string[];
  /** How many rules the page passed, so a report of none shows the run really happened. */
  passes: number;
}

/**
 * Runs every axe-core rule but the experimental ones over the whole page as it is now, or
 * only over the elements `include` selects (with their shadow trees): Probity's overlays on
 * a saved mail page, whose own markup is the site's, not Probity's.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async (selector) => {
    const { axe } = window as unknown as { axe: { run(context: Document | { include: string[] }, options: object): Promise<AxeResults> } };
    return axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
  }, include) as AxeResults;
  return {
    violations: results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    passes: results.passes.length,
  };
}
