/**
 * What the task pane and the event handlers share: which council's rules are
 * in force, how an Outlook item becomes a Draft, and which findings the user
 * has dismissed on this item.
 */
import {
  exampleCouncil, parseCouncilConfig, review,
  type CouncilConfig, type Dismissal, type DraftInput, type Review,
} from '@probity/core';
import type { MailHost } from './office.ts';

/** Where the council's configuration came from, so the task pane can say so plainly. */
export type CouncilSource =
  | { kind: 'council' }
  | { kind: 'demo' }
  | { kind: 'missing' }
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'unreachable'; error: string };

export interface CouncilInForce {
  config: CouncilConfig;
  source: CouncilSource;
}

/**
 * With no usable council.json the rules still run on what needs no directory
 * (SPEC §2.1: "Cllr"/"Councillor" in names and cllr.* addresses, the built-in
 * party list); the example council's members, wards and elections are never
 * borrowed for a real council.
 */
export const UNCONFIGURED_COUNCIL: CouncilConfig = (() => {
  const result = parseCouncilConfig({ council: 'No council configuration', profile: 'model' });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.config;
})();

/**
 * Loads council.json from the add-in's own web server. `demo` is the build's
 * explicit choice to run on the embedded example council (the demo package).
 */
export async function loadCouncil(host: MailHost, url: string, demo: boolean): Promise<CouncilInForce> {
  if (demo) return { config: exampleCouncil, source: { kind: 'demo' } };
  let text: string | null;
  try {
    text = await host.fetchText(url);
  } catch (error) {
    return { config: UNCONFIGURED_COUNCIL, source: { kind: 'unreachable', error: messageOf(error) } };
  }
  if (text === null) return { config: UNCONFIGURED_COUNCIL, source: { kind: 'missing' } };
  const parsed = parseCouncilConfig(text);
  if (!parsed.ok) return { config: UNCONFIGURED_COUNCIL, source: { kind: 'invalid', errors: parsed.errors } };
  return { config: parsed.config, source: { kind: 'council' } };
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

/** Dismissals travel with the item as one custom property, so the on-send check sees the pane's. */
export const DISMISSALS_PROPERTY = 'probityDismissals';

export async function loadDismissals(host: MailHost): Promise<Dismissal[]> {
  const stored = await host.customProperty(DISMISSALS_PROPERTY);
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isDismissal) : [];
  } catch {
    return [];
  }
}

export async function addDismissal(host: MailHost, dismissal: Dismissal): Promise<Dismissal[]> {
  const current = await loadDismissals(host);
  const next = [
    ...current.filter((d) => !(d.ruleId === dismissal.ruleId && d.excerpt === dismissal.excerpt)),
    dismissal,
  ];
  await host.setCustomProperty(DISMISSALS_PROPERTY, JSON.stringify(next));
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
 */
export async function checkItem(host: MailHost, config: CouncilConfig, now: Date): Promise<Review> {
  const [draft, dismissals] = await Promise.all([readDraft(host), loadDismissals(host).catch(() => [])]);
  return review(draft, config, { now: draft.date ? undefined : now, dismissals });
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
