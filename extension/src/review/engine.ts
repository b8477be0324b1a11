/**
 * How the review page reads and checks a document. Reading a long Word file and
 * checking a long report can each hold a thread for hundreds of milliseconds, so
 * the page hands both to a worker and stays responsive; tests, and a page where
 * workers are refused, do the same work on the page's own thread.
 */
import { ProbityInputError, review, type CheckOptions, type CouncilConfig, type Draft, type Review } from '@probity/core';
import { MSG_AND_PDF_READERS, readDocument } from '@probity/core/formats';

export interface ReviewEngine {
  read(fileName: string, bytes: Uint8Array): Promise<Draft>;
  check(draft: Draft, config: CouncilConfig, options: CheckOptions): Promise<Review>;
}

type Job =
  | { task: 'read'; fileName: string; bytes: Uint8Array }
  | { task: 'check'; draft: Draft; config: CouncilConfig; options: CheckOptions };

export type EngineRequest = Job & { id: number };

/** `input` says the error is about the document itself (ProbityInputError), which the page words differently. */
export type EngineResponse = { id: number; value: Draft | Review } | { id: number; error: string; input: boolean };

export const engineOnThisThread: ReviewEngine = {
  // The .msg and PDF readers load their libraries by import() on the first such file, from chunks built beside this script.
  read: (fileName, bytes) => readDocument(fileName, bytes, MSG_AND_PDF_READERS),
  check: async (draft, config, options) => review(draft, config, options),
};

function run(job: Job): Promise<Draft | Review> {
  return job.task === 'read'
    ? engineOnThisThread.read(job.fileName, job.bytes)
    : engineOnThisThread.check(job.draft, job.config, job.options);
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

/** Answers the page's requests inside the worker; an error goes back as its message. */
export function answerEngineRequests(scope: WorkerScope): void {
  scope.onmessage = async ({ data: { id, ...job } }) => {
    try {
      scope.postMessage({ id, value: await run(job) });
    } catch (error) {
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error), input: error instanceof ProbityInputError });
    }
  };
}

/**
 * An engine backed by one worker started from `scriptUrl`. Where a worker cannot be
 * started, or it fails, the work is done on the page's own thread: slower, never lost.
 */
export function workerEngine(scriptUrl: URL): ReviewEngine {
  let worker: Worker | null;
  try {
    // A module worker, so the .msg and PDF readers' chunks can be imported into it when needed.
    worker = new Worker(trustedScriptUrl(scriptUrl), { type: 'module' });
  } catch {
    return engineOnThisThread;
  }
  const waiting = new Map<number, { job: Job; resolve: (value: Draft | Review) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.onmessage = ({ data }: MessageEvent<EngineResponse>) => {
    const pending = waiting.get(data.id);
    waiting.delete(data.id);
    if ('value' in data) pending?.resolve(data.value);
    else pending?.reject(data.input ? new ProbityInputError(data.error) : new Error(data.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const { job, resolve, reject } of waiting.values()) run(job).then(resolve, reject);
    waiting.clear();
  };
  const send = (job: Job): Promise<Draft | Review> => {
    if (!worker) return run(job);
    const running = worker;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { job, resolve, reject });
      running.postMessage({ ...job, id } satisfies EngineRequest);
    });
  };
  return {
    read: (fileName, bytes) => send({ task: 'read', fileName, bytes }) as Promise<Draft>,
    check: (draft, config, options) => send({ task: 'check', draft, config, options }) as Promise<Review>,
  };
}

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}

/**
 * The review page requires Trusted Types for script URLs, so the worker's address goes
 * through a policy that admits that one address and nothing else.
 */
function trustedScriptUrl(scriptUrl: URL): URL | string {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return scriptUrl;
  const policy = factory.createPolicy('probity-review-worker', {
    createScriptURL: (url) => {
      if (url !== scriptUrl.href) throw new TypeError(`${url} is not the review worker`);
      return url;
    },
  });
  return policy.createScriptURL(scriptUrl.href);
}
