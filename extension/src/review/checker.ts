/**
 * How the review page has a draft checked. The engine can hold the thread for
 * hundreds of milliseconds on a long report, so the page hands the draft to a
 * worker and stays responsive; tests, and a page where workers are refused, check
 * on the page's own thread instead.
 */
import { review, type CheckOptions, type CouncilConfig, type Draft, type Review } from '@probity/core';

export type Checker = (draft: Draft, config: CouncilConfig, options: CheckOptions) => Promise<Review>;

export interface CheckRequest {
  id: number;
  draft: Draft;
  config: CouncilConfig;
  options: CheckOptions;
}

export type CheckResponse = { id: number; review: Review } | { id: number; error: string };

export const checkOnThisThread: Checker = async (draft, config, options) => review(draft, config, options);

/** Answers check requests inside a worker; an engine error goes back as its message. */
export function answerCheckRequests(scope: { onmessage: ((event: MessageEvent<CheckRequest>) => void) | null; postMessage(message: CheckResponse): void }): void {
  scope.onmessage = ({ data: { id, draft, config, options } }) => {
    try {
      scope.postMessage({ id, review: review(draft, config, options) });
    } catch (error) {
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  };
}

/**
 * A checker backed by one worker started from `scriptUrl`. Where a worker cannot be
 * started, or it fails, drafts are checked on the page's own thread: slower, never lost.
 */
export function workerChecker(scriptUrl: URL): Checker {
  let worker: Worker | null;
  try {
    worker = new Worker(trustedScriptUrl(scriptUrl));
  } catch {
    return checkOnThisThread;
  }
  const waiting = new Map<number, { request: CheckRequest; resolve: (review: Review) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.onmessage = ({ data }: MessageEvent<CheckResponse>) => {
    const pending = waiting.get(data.id);
    waiting.delete(data.id);
    if ('review' in data) pending?.resolve(data.review);
    else pending?.reject(new Error(data.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const { request: { draft, config, options }, resolve, reject } of waiting.values()) {
      checkOnThisThread(draft, config, options).then(resolve, reject);
    }
    waiting.clear();
  };
  return (draft, config, options) => {
    if (!worker) return checkOnThisThread(draft, config, options);
    const request: CheckRequest = { id: nextId++, draft, config, options };
    const running = worker;
    return new Promise((resolve, reject) => {
      waiting.set(request.id, { request, resolve, reject });
      running.postMessage(request);
    });
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
