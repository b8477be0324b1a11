/**
 * The background (a service worker in Chromium, an event page in Firefox):
 * runs the engine for the content scripts, so no check ever runs on the mail
 * page's main thread, and keeps the council configuration.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { review, type CouncilConfig } from '@probity/core';
import type { Decision, Request, ResponseFor, SeverityCounts } from './protocol.ts';
import { DECISIONS_KEY, loadSettings, type StorageLike } from './settings.ts';

/** Enough history for a monitoring officer to see recent overrides, small enough never to matter for storage. */
const DECISIONS_KEPT = 500;

const storage = browser.storage as unknown as StorageLike;
let config: Promise<CouncilConfig> | null = null;

function currentConfig(): Promise<CouncilConfig> {
  config ??= loadSettings(storage).then((settings) => settings.config);
  return config;
}

browser.storage.onChanged.addListener(() => {
  config = null;
});

async function handle(request: Request, sender: Runtime.MessageSender): Promise<ResponseFor[Request['type']]> {
  switch (request.type) {
    case 'check': {
      const result = review(request.draft, await currentConfig(), { dismissals: request.dismissals });
      return { kind: result.kind, findings: result.findings };
    }
    case 'show-counts':
      return showCounts(request.counts, sender.tab?.id);
    case 'record-decision':
      return recordDecision(request.decision);
    case 'open-options':
      return browser.runtime.openOptionsPage();
  }
}

async function showCounts(counts: SeverityCounts, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const total = counts.error + counts.warning;
  await browser.action.setBadgeText({ tabId, text: total ? String(total) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: counts.error ? '#c50f1f' : '#bc4b09' });
}

async function recordDecision(decision: Decision): Promise<void> {
  const stored = (await browser.storage.local.get(DECISIONS_KEY))[DECISIONS_KEY];
  const decisions = Array.isArray(stored) ? (stored as Decision[]) : [];
  await browser.storage.local.set({ [DECISIONS_KEY]: [...decisions, decision].slice(-DECISIONS_KEPT) });
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handle(message as Request, sender));

browser.action.onClicked.addListener(() => {
  void browser.tabs.create({ url: browser.runtime.getURL('review.html') });
});
