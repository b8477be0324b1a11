/**
 * The background (a service worker in Chromium, an event page in Firefox):
 * runs the engine for the content scripts, so no check ever runs on the mail
 * page's main thread, and keeps the council configuration.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { review, type CouncilConfig } from '@probity/core';
import type { ReadFailure, Request, ResponseFor, SeverityCounts } from './protocol.ts';
import { asEntry } from './override-log.ts';
import { DECISIONS_KEY, loadSettings, type StorageLike } from './settings.ts';
import { resolveNames } from './recipients.ts';
import { READ_FAILURES_KEY, withReadFailure } from './diagnostics/read-failures.ts';

/** Enough history for a monitoring officer to see recent overrides, small enough never to matter for storage. */
const DECISIONS_KEPT = 500;

const storage = browser.storage as unknown as StorageLike;
let config: Promise<CouncilConfig> | null = null;

function currentConfig(): Promise<CouncilConfig> {
  config ??= loadSettings(storage).then((settings) => settings.config);
  return config;
}

/** The extension's own records do not change the council; anything else in storage might. */
const RECORD_KEYS = new Set([DECISIONS_KEY, READ_FAILURES_KEY]);
browser.storage.onChanged.addListener((changes) => {
  if (Object.keys(changes).some((key) => !RECORD_KEYS.has(key))) config = null;
});

async function handle(request: Request, sender: Runtime.MessageSender): Promise<ResponseFor[Request['type']]> {
  switch (request.type) {
    case 'check': {
      const council = await currentConfig();
      const { draft, unresolved } = resolveNames(request.draft, council);
      const result = review(draft, council, { dismissals: request.dismissals });
      return { kind: result.kind, findings: result.findings, unresolved };
    }
    case 'show-counts':
      return showCounts(request.counts, sender.tab?.id);
    case 'record-decision':
      return recordDecision(request.decision);
    case 'record-read-failure':
      return recordReadFailure(request.failure);
    case 'open-options':
      return browser.runtime.openOptionsPage();
    case 'open-diagnostics':
      return void (await browser.tabs.create({ url: browser.runtime.getURL('diagnostics.html') }));
  }
}

async function showCounts(counts: SeverityCounts, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const total = counts.error + counts.warning;
  await browser.action.setBadgeText({ tabId, text: total ? String(total) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: counts.error ? '#c50f1f' : '#bc4b09' });
}

async function recordDecision(decision: unknown): Promise<void> {
  const entry = asEntry(decision);
  if (!entry) return;
  const stored = (await browser.storage.local.get(DECISIONS_KEY))[DECISIONS_KEY];
  const decisions = Array.isArray(stored) ? stored : [];
  await browser.storage.local.set({ [DECISIONS_KEY]: [...decisions, entry].slice(-DECISIONS_KEPT) });
}

async function recordReadFailure(failure: ReadFailure): Promise<void> {
  const stored = (await browser.storage.local.get(READ_FAILURES_KEY))[READ_FAILURES_KEY];
  await browser.storage.local.set({ [READ_FAILURES_KEY]: withReadFailure(stored, failure) });
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handle(message as Request, sender));

// A new installation starts on the council setup (the options page shows it until a council is imported or the demo chosen); an update keeps the user where they were.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.runtime.openOptionsPage();
});

browser.action.onClicked.addListener(() => {
  void browser.tabs.create({ url: browser.runtime.getURL('review.html') });
});
