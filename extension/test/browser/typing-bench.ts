/**
 * What typing costs with Probity in web mail: a benchmark, not a test (run
 * `npx tsx extension/test/browser/typing-bench.ts` after `npm run build`; add
 * `--json` for one JSON object on stdout). The same Gmail page (two pop-up
 * compose windows, one grown to a 10 KB draft) is typed into in real Chromium
 * twice, with and without the extension, and measured:
 * - the extension's own script time per keystroke: CPU profile samples whose
 *   stack holds a frame of the extension's content script, over the keystrokes;
 * - the longest task on the page's main thread, and how many took over one
 *   frame (16 ms) and over 50 ms, from a trace.
 */
import type { CDPSession, Page } from 'playwright-core';
import { startHarness } from './harness.ts';

const PAGE = 'https://mail.google.com/mail/u/0/?probity-page=gmail-2022-popups';
const TYPED = [' Could you also send me the figures for each ward please, and the dates of the next collections?', ' Thanks again for your help with this.'];
const KEY_DELAY_MS = 30;
const PROFILE_INTERVAL_US = 100;
const asJson = process.argv.includes('--json');

interface ProfileNode { id: number; parent?: number; children?: number[]; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } } }

interface Measurement {
  keystrokes: number; extensionMsPerKeystroke: number; extensionMsTotal: number; longestExtensionRunMs: number; heaviestExtensionFunctions: string[];
  longestTaskMs: number; tasksOver16Ms: number; tasksOver50Ms: number;
}

async function measure(withExtension: boolean): Promise<Measurement> {
  const harness = await startHarness({ withExtension });
  try {
    const page = await harness.context.newPage();
    await page.goto(PAGE);
    if (withExtension) await page.locator('probity-compose .badge').nth(1).waitFor();
    await growDraft(page);
    await page.waitForTimeout(1500);
    const editor = page.locator('[data-fixture-compose="commitment"] [g_editable]');
    await editor.click();
    await page.keyboard.press('Control+End');

    const cdp = await harness.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    for (const text of TYPED) {
      await page.keyboard.type(text, { delay: KEY_DELAY_MS });
      await page.waitForTimeout(1000);
    }
    const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: Profile };
    await stopTracing(cdp);

    const keystrokes = TYPED.join('').length;
    const { total: extensionMsTotal, longestRun, heaviest } = extensionTime(profile);
    const tasks = mainThreadTasks(events, 'mail.google.com');
    return {
      keystrokes,
      extensionMsTotal,
      extensionMsPerKeystroke: extensionMsTotal / keystrokes,
      longestExtensionRunMs: longestRun,
      heaviestExtensionFunctions: heaviest,
      longestTaskMs: Math.max(...tasks),
      tasksOver16Ms: tasks.filter((duration) => duration > 16).length,
      tasksOver50Ms: tasks.filter((duration) => duration > 50).length,
    };
  } finally {
    await harness.close();
  }
}

/** Grows the commitment window's draft to about 10 KB, as a long reply would be. */
function growDraft(page: Page): Promise<void> {
  return page.evaluate(() => {
    const editor = document.querySelector('[data-fixture-compose="commitment"] [g_editable]')!;
    const paragraph = 'Thank you for your message about the bins in Northfield. I have asked the team to look at the collection rota and will let you know. ';
    for (let index = 0; index < 75; index += 1) {
      const line = document.createElement('div');
      line.textContent = paragraph;
      editor.append(line);
    }
  });
}

async function stopTracing(cdp: CDPSession): Promise<void> {
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await finished;
}

/**
 * Milliseconds of samples with a content-script frame anywhere on the stack (the DOM calls it makes
 * included), in all and in the longest unbroken run: the most the extension held the thread at once.
 */
function extensionTime(profile: Profile): { total: number; longestRun: number; heaviest: string[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const inExtension = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const parent = parentOf.get(id);
    const result = node.callFrame.url.startsWith('chrome-extension://') || (parent !== undefined && isExtension(parent));
    inExtension.set(id, result);
    return result;
  };
  const nearestExtensionFrame = (id: number): ProfileNode => {
    let node = byId.get(id)!;
    while (!node.callFrame.url.startsWith('chrome-extension://')) node = byId.get(parentOf.get(node.id)!)!;
    return node;
  };
  const byFunction = new Map<string, number>();
  let total = 0;
  let run = 0;
  let longestRun = 0;
  profile.samples.forEach((id, index) => {
    const duration = profile.timeDeltas[index + 1] ?? PROFILE_INTERVAL_US;
    run = isExtension(id) ? run + duration : 0;
    total += isExtension(id) ? duration : 0;
    if (isExtension(id)) {
      const { callFrame } = nearestExtensionFrame(id);
      const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + duration);
    }
    longestRun = Math.max(longestRun, run);
  });
  const heaviest = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, us]) => `${(us / 1000).toFixed(1)} ms ${name}`);
  return { total: total / 1000, longestRun: longestRun / 1000, heaviest };
}

/** The durations, in milliseconds, of the tasks on the main thread of the renderer showing `host`. */
function mainThreadTasks(events: TraceEvent[], host: string): number[] {
  const pageProcess = events.flatMap((event) => event.args?.data?.frames ?? []).find((frame) => frame.url.includes(host))?.processId;
  const mainThread = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === pageProcess && event.args?.name === 'CrRendererMain')?.tid;
  const durations = events
    .filter((event) => event.pid === pageProcess && event.tid === mainThread && event.ph === 'X' && (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask'))
    .map((event) => (event.dur ?? 0) / 1000);
  if (durations.length === 0) throw new Error('the trace recorded no tasks for the page');
  return durations;
}

const without = await measure(false);
const withProbity = await measure(true);
if (asJson) {
  console.log(JSON.stringify({ without, with: withProbity }));
} else {
  const row = (label: string, pick: (value: Measurement) => string) => console.log(`${label.padEnd(44)}${pick(without).padStart(12)}${pick(withProbity).padStart(14)}`);
  console.log(`Typing ${withProbity.keystrokes} keys (${KEY_DELAY_MS} ms apart) into a 10 KB Gmail draft, two compose windows open`);
  console.log(`${''.padEnd(44)}${'without'.padStart(12)}${'with Probity'.padStart(14)}`);
  row('extension script time per keystroke (ms)', (value) => value.extensionMsPerKeystroke.toFixed(3));
  row('extension script time in all (ms)', (value) => value.extensionMsTotal.toFixed(1));
  row('longest unbroken extension run (ms)', (value) => value.longestExtensionRunMs.toFixed(1));
  row('longest main-thread task (ms)', (value) => value.longestTaskMs.toFixed(1));
  row('tasks over 16 ms', (value) => String(value.tasksOver16Ms));
  row('tasks over 50 ms', (value) => String(value.tasksOver50Ms));
  console.log('where the extension spent its time (minified functions of content.js, with the DOM calls they made):');
  for (const line of withProbity.heaviestExtensionFunctions) console.log(`  ${line}`);
}
