/**
 * What the task pane and the event handlers share: which council's rules are
 * in force, how an Outlook item becomes a Draft, and which findings the user
 * has dismissed on this item.
 */
import {
  parseCouncilConfig, review, type CouncilConfig, type Dismissal, type DraftInput, type Review,
} from '@probity/core';
import { BUILT_IN, type BuiltInCouncils } from './built-in.ts';
import type { MailHost } from './office.ts';
import { storedEntries } from './local-log.ts';

/** Where the council's configuration came from, so the pane and the alert can say so plainly. */
export type CouncilSource =
  | { kind: 'council' }
  | { kind: 'demo' }
  /** The build carried no council.json and none is fetched. */
  | { kind: 'missing' }
  /** The fetched council.json has problems; `fallback` is what runs instead. */
  | { kind: 'invalid'; errors: string[]; fallback: Fallback }
  /** The fetched council.json could not be had in time. */
  | { kind: 'unreachable'; error: string; fallback: Fallback };

/** What runs when the fetched copy cannot: the last good copy, the built-in one, or none. */
export type Fallback = 'last-good' | 'built-in' | 'none';

export interface CouncilInForce {
  config: CouncilConfig;
  source: CouncilSource;
}

export interface CouncilOptions {
  /** The demo build runs on the embedded example council. */
  demo: boolean;
  /** Where a newer council.json is read at run time (PROBITY_COUNCIL_FETCH=1); null: only the built-in copy. */
  fetchUrl: string | null;
  /** How long a fetch may take before the built-in or last good copy is used. */
  fetchTimeoutMs: number;
  builtIn?: BuiltInCouncils;
}

/** How long the on-send check lets a council.json fetch take: well inside its own 4 s. */
export const COUNCIL_FETCH_TIMEOUT_MS = 1500;

/** The last good fetched council.json, kept on this computer. */
export const LAST_GOOD_COUNCIL_KEY = 'probity-last-good-council';

/**
 * The council's configuration, from the copy built into the add-in (the
 * default: nothing is fetched, so no send waits for a server). With
 * PROBITY_COUNCIL_FETCH=1 the copy beside the add-in is read, giving up after
 * `fetchTimeoutMs` for the last good copy, then the built-in one. With no
 * usable council.json the rules still run on what needs no directory (SPEC
 * §2.1: "Cllr"/"Councillor" in names and cllr.* addresses, the built-in party
 * list); the example council is never borrowed for a real council.
 */
export async function loadCouncil(host: MailHost, options: CouncilOptions): Promise<CouncilInForce> {
  const builtIn = options.builtIn ?? BUILT_IN;
  if (options.demo && builtIn.example) return { config: builtIn.example, source: { kind: 'demo' } };
  if (!options.fetchUrl) {
    return builtIn.council ? { config: builtIn.council, source: { kind: 'council' } } : { config: builtIn.unconfigured, source: { kind: 'missing' } };
  }
  let text: string | null;
  try {
    text = await withTimeout(host.fetchText(options.fetchUrl), options.fetchTimeoutMs, 'council.json took too long to arrive');
  } catch (error) {
    return fallBack(host, builtIn, (fallback) => ({ kind: 'unreachable', error: messageOf(error), fallback }));
  }
  if (text === null) return fallBack(host, builtIn, (fallback) => ({ kind: 'unreachable', error: 'it is not on the server', fallback }));
  const parsed = parseCouncilConfig(text);
  if (!parsed.ok) return fallBack(host, builtIn, (fallback) => ({ kind: 'invalid', errors: parsed.errors, fallback }));
  await host.storeText(LAST_GOOD_COUNCIL_KEY, JSON.stringify(parsed.config)).catch(() => undefined);
  return { config: parsed.config, source: { kind: 'council' } };
}

async function fallBack(
  host: MailHost, builtIn: BuiltInCouncils, source: (fallback: Fallback) => CouncilSource,
): Promise<CouncilInForce> {
  const stored = await host.storedText(LAST_GOOD_COUNCIL_KEY).catch(() => null);
  // A copy stored by this add-in after it passed validation.
  if (stored) return { config: JSON.parse(stored) as CouncilConfig, source: source('last-good') };
  if (builtIn.council) return { config: builtIn.council, source: source('built-in') };
  return { config: builtIn.unconfigured, source: source('none') };
}

/** One line for the alert or pane on a check that ran without the council's configuration; null when it had it. */
export function degradedNote(source: CouncilSource): string | null {
  switch (source.kind) {
    case 'council':
    case 'demo':
      return null;
    case 'missing':
      return 'Probity checked without your council\'s configuration, so it knows councillors only by "Cllr" or "Councillor".';
    default:
      if (source.fallback === 'last-good') return 'Probity checked with the last copy of your council\'s configuration it could read.';
      if (source.fallback === 'built-in') return 'Probity checked with the copy of your council\'s configuration built into the add-in.';
      return 'Probity could not read your council\'s configuration, so it knows councillors only by "Cllr" or "Councillor".';
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    work.then((value) => {
      clearTimeout(timer);
      resolve(value);
    }, (error: unknown) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * How much of a message's text the handlers check: the first 20 KB (UTF-16
 * code units, about 3,000 words, more than nearly any email), which the core
 * reads in about half of the handler's 4 s on classic Outlook's runtime
 * (`npm run bench -w outlook-addin`). A check cannot be interrupted once it
 * runs, and a 1 MB body read whole would take almost all of it. The writer's
 * own text comes first in a message; a reply's quoted thread follows it.
 */
export const CHECKED_TEXT_LIMIT = 20 * 1024;

/** How much of the body a check read, when it could not read it all. */
export interface PartRead {
  checked: number;
  total: number;
}

/**
 * The body cut to `limit` characters at the last line break before it (or at
 * the limit, when the last quarter has none), so no sentence is cut mid-line.
 */
export function firstPart(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const lineEnd = text.lastIndexOf('\n', limit);
  return text.slice(0, lineEnd > limit * 0.75 ? lineEnd + 1 : limit);
}

/** One line for the alert on a check that read only the first part of the message's text. */
export function partReadNote({ checked, total }: PartRead): string {
  const kb = (characters: number) => `${Math.ceil(characters / 1024).toLocaleString('en-GB')} KB`;
  return `Probity checked the recipients and only the first ${kb(checked)} of this message's ${kb(total)} of text; the rest was not checked.`;
}

/** Reads the open item into a Draft: headers, and the body as text with its quoted thread marked. */
export async function readDraft(host: MailHost): Promise<DraftInput> {
  const [from, to, cc, bcc, subject, body, composeType] = await Promise.all([
    host.from().catch(() => undefined),
    host.recipients('to'),
    host.recipients('cc'),
    host.recipients('bcc'),
    host.subject(),
    readBody(host),
    host.composeType().catch(() => undefined),
  ]);
  const date = host.itemDate();
  return {
    from, to, cc, bcc, subject, composeType, source: 'email',
    body: body.text, quoted: body.quoted,
    ...(date ? { date: date.toISOString() } : {}),
  };
}

/**
 * The HTML body carries the quote markup (Outlook's reply header block, Gmail
 * and Outlook quote containers), so a reply to a member's message is known
 * as one; plain-text messages and clients that refuse HTML fall back to Text,
 * whose quoted lines the core finds by their markers.
 */
async function readBody(host: MailHost): Promise<{ text: string; quoted: DraftInput['quoted'] }> {
  return { text: await host.body('text'), quoted: [] };
}

/**
 * Dismissals are kept in the item's session data (Mailbox 1.11), which the
 * task pane and the on-send handler both read on every client: Microsoft
 * recommends it for sharing data between a task pane and an event handler
 * (docs/testing/runtimes.md, "share data"), where item custom properties
 * reach classic Outlook's handler only after a save.
 */
export const DISMISSALS_KEY = 'probityDismissals';

/** Outlook keeps at most this many characters of session data per add-in and item (Mailbox 1.15 and earlier). */
export const SESSION_DATA_LIMIT = 50_000;
/** Mailbox 1.16 and later: 2,621,440 (docs/outlook/limits-for-activation-and-javascript-api-for-outlook-add-ins.md). */
export const SESSION_DATA_LIMIT_1_16 = 2_621_440;

/** A dismissal that would take the item's session data past Outlook's limit. */
export class DismissalLimitError extends Error {
  constructor() {
    super('Outlook keeps only so much with one message, and this message\'s reasons have reached it. Shorten a reason or fix the finding instead.');
  }
}

export async function loadDismissals(host: MailHost): Promise<Dismissal[]> {
  return storedEntries(await host.sessionData(DISMISSALS_KEY), isDismissal);
}

export async function addDismissal(host: MailHost, dismissal: Dismissal): Promise<Dismissal[]> {
  const current = await loadDismissals(host);
  const next = [
    ...current.filter((d) => !(d.ruleId === dismissal.ruleId && d.excerpt === dismissal.excerpt)),
    dismissal,
  ];
  const text = JSON.stringify(next);
  const limit = host.supportsMailbox('1.16') ? SESSION_DATA_LIMIT_1_16 : SESSION_DATA_LIMIT;
  if (DISMISSALS_KEY.length + text.length > limit) throw new DismissalLimitError();
  await host.setSessionData(DISMISSALS_KEY, text);
  return next;
}

function isDismissal(value: unknown): value is Dismissal {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.ruleId === 'string' && typeof candidate.reason === 'string'
    && (candidate.excerpt === null || typeof candidate.excerpt === 'string');
}

/**
 * Reads the item, its dismissals, and checks it. A draft is checked as of
 * `now` (it is about to be sent); a received message as of when it was written.
 * With `textLimit`, only that much of the body is checked, and `partRead` says how much.
 */
export async function checkItem(
  host: MailHost, config: CouncilConfig, now: Date, textLimit = Infinity,
): Promise<Review & { partRead: PartRead | null }> {
  const [draft, dismissals] = await Promise.all([readDraft(host), loadDismissals(host).catch(() => [])]);
  const total = draft.body?.length ?? 0;
  const body = firstPart(draft.body ?? '', textLimit);
  const quoted = draft.quoted?.filter((span) => span.start < body.length).map((span) => ({ ...span, end: Math.min(span.end, body.length) }));
  const checked = { ...draft, body, ...(quoted ? { quoted } : {}) };
  const result = review(checked, config, { now: draft.date ? undefined : now, dismissals });
  return { ...result, partRead: body.length < total ? { checked: body.length, total } : null };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
