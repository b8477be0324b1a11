import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleCouncil, type Draft } from '@probity/core';
import { answerCheckRequests, workerChecker, type CheckRequest, type CheckResponse } from '../src/review/checker.ts';

const LETTER: Draft = {
  to: [], cc: [], bcc: [], subject: '', quoted: [], source: 'document',
  body: 'PRESS RELEASE\n\nThe Labour administration has delivered on its promise to residents.\n\nENDS',
};
const OPTIONS = { now: new Date('2026-03-02T10:00:00Z') };
const SCRIPT = new URL('https://probity.test/review-worker.js');

/** A stand-in for the browser's Worker that runs the real worker script's handler, messages passing through structured cloning. */
class InProcessWorker {
  static started: InProcessWorker[] = [];
  onmessage: ((event: MessageEvent<CheckResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly terminate = vi.fn();
  private readonly scope = {
    onmessage: null as ((event: MessageEvent<CheckRequest>) => void) | null,
    postMessage: (message: CheckResponse) => queueMicrotask(() => this.onmessage?.({ data: structuredClone(message) } as MessageEvent<CheckResponse>)),
  };

  constructor(readonly url: URL) {
    answerCheckRequests(this.scope);
    InProcessWorker.started.push(this);
  }

  postMessage(request: CheckRequest): void {
    setTimeout(() => this.scope.onmessage?.({ data: structuredClone(request) } as MessageEvent<CheckRequest>));
  }

  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  InProcessWorker.started = [];
});

describe('the review page checker', () => {
  it('checks in the worker and returns its findings', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const check = workerChecker(SCRIPT);
    const outcome = await check(LETTER, exampleCouncil, OPTIONS);
    expect(InProcessWorker.started.map((worker) => worker.url.href)).toEqual([SCRIPT.href]);
    expect(outcome.kind).toBe('press-release');
    expect(outcome.findings.map((finding) => finding.ruleId)).toContain('publicity-group-attribution');
  });

  it('answers each request by its own id when several are in flight', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const check = workerChecker(SCRIPT);
    const clean = { ...LETTER, body: 'PRESS RELEASE\n\nThe Council has opened a new library.\n\nENDS' };
    const [first, second] = await Promise.all([check(LETTER, exampleCouncil, OPTIONS), check(clean, exampleCouncil, OPTIONS)]);
    expect(first.findings.length).toBeGreaterThan(0);
    expect(second.findings).toEqual([]);
  });

  it("rejects with the engine's message when the worker cannot check", async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const check = workerChecker(SCRIPT);
    await expect(check({ body: 42 } as unknown as Draft, exampleCouncil, OPTIONS)).rejects.toThrow(/body/);
  });

  it('checks on this thread where no worker can be started', async () => {
    vi.stubGlobal('Worker', class { constructor() { throw new Error('workers are refused here'); } });
    const outcome = await workerChecker(SCRIPT)(LETTER, exampleCouncil, OPTIONS);
    expect(outcome.findings.map((finding) => finding.ruleId)).toContain('publicity-group-attribution');
  });

  it('finishes a check on this thread when the worker fails, and sends later ones there too', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const check = workerChecker(SCRIPT);
    const pending = check(LETTER, exampleCouncil, OPTIONS);
    const [worker] = InProcessWorker.started;
    worker!.fail('review-worker.js could not be loaded');
    expect(worker!.terminate).toHaveBeenCalled();
    expect((await pending).findings.map((finding) => finding.ruleId)).toContain('publicity-group-attribution');
    const later = await check(LETTER, exampleCouncil, OPTIONS);
    expect(later.findings.length).toBeGreaterThan(0);
    expect(InProcessWorker.started).toHaveLength(1);
  });
});
