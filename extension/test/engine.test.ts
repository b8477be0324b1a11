import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProbityInputError, exampleCouncil, type Draft } from '@probity/core';
import { answerEngineRequests, workerEngine, type EngineRequest, type EngineResponse } from '../src/review/engine.ts';

const LETTER: Draft = {
  to: [], cc: [], bcc: [], subject: '', quoted: [], source: 'document',
  body: 'PRESS RELEASE\n\nThe Labour administration has delivered on its promise to residents.\n\nENDS',
};
const OPTIONS = { now: new Date('2026-03-02T10:00:00Z') };
const SCRIPT = new URL('https://probity.test/review-worker.js');
const MEMBER_BCC = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', 'member-bcc.eml')));

/** A stand-in for the browser's Worker that runs the real worker script's handler, messages passing through structured cloning. */
class InProcessWorker {
  static started: InProcessWorker[] = [];
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly terminate = vi.fn();
  private readonly scope = {
    onmessage: null as ((event: MessageEvent<EngineRequest>) => void) | null,
    postMessage: (message: EngineResponse) => queueMicrotask(() => this.onmessage?.({ data: structuredClone(message) } as MessageEvent<EngineResponse>)),
  };

  constructor(readonly url: URL) {
    answerEngineRequests(this.scope);
    InProcessWorker.started.push(this);
  }

  postMessage(request: EngineRequest): void {
    setTimeout(() => this.scope.onmessage?.({ data: structuredClone(request) } as MessageEvent<EngineRequest>));
  }

  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

const rules = (findings: ReadonlyArray<{ ruleId: string }>) => findings.map((finding) => finding.ruleId);

afterEach(() => {
  vi.unstubAllGlobals();
  InProcessWorker.started = [];
});

describe('the review page engine', () => {
  it('reads a file and checks a draft in the worker', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const engine = workerEngine(SCRIPT);
    const draft = await engine.read('member-bcc.eml', MEMBER_BCC);
    expect(draft.bcc.map((address) => address.address)).toEqual(['cllr.ravi.patel@example.gov.uk']);
    expect(rules((await engine.check(draft, exampleCouncil, OPTIONS)).findings)).toContain('no-blind-copy-member');
    expect(rules((await engine.check(LETTER, exampleCouncil, OPTIONS)).findings)).toContain('publicity-group-attribution');
    expect(InProcessWorker.started.map((worker) => worker.url.href)).toEqual([SCRIPT.href]);
  });

  it('answers each request by its own id when several are in flight', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const engine = workerEngine(SCRIPT);
    const clean = { ...LETTER, body: 'PRESS RELEASE\n\nThe Council has opened a new library.\n\nENDS' };
    const [first, second] = await Promise.all([engine.check(LETTER, exampleCouncil, OPTIONS), engine.check(clean, exampleCouncil, OPTIONS)]);
    expect(first.findings.length).toBeGreaterThan(0);
    expect(second.findings).toEqual([]);
  });

  it('keeps a problem with the document a problem with the document across the worker', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const error = await workerEngine(SCRIPT).read('minutes.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProbityInputError);
    expect((error as Error).message).toBe('an old Word .doc file; save it as .docx and try again');
  });

  it("rejects with the engine's message when the worker cannot check", async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const error = await workerEngine(SCRIPT).check({ body: 42 } as unknown as Draft, exampleCouncil, OPTIONS).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ProbityInputError);
    expect((error as Error).message).toMatch(/body/);
  });

  it('works on this thread where no worker can be started', async () => {
    vi.stubGlobal('Worker', class { constructor() { throw new Error('workers are refused here'); } });
    const engine = workerEngine(SCRIPT);
    expect(rules((await engine.check(await engine.read('member-bcc.eml', MEMBER_BCC), exampleCouncil, OPTIONS)).findings)).toContain('no-blind-copy-member');
  });

  it('finishes the work on this thread when the worker fails, and does later work there too', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const engine = workerEngine(SCRIPT);
    const pending = engine.check(LETTER, exampleCouncil, OPTIONS);
    const [worker] = InProcessWorker.started;
    worker!.fail('review-worker.js could not be loaded');
    expect(worker!.terminate).toHaveBeenCalled();
    expect(rules((await pending).findings)).toContain('publicity-group-attribution');
    expect((await engine.read('member-bcc.eml', MEMBER_BCC)).subject).not.toBe('');
    expect(InProcessWorker.started).toHaveLength(1);
  });
});
