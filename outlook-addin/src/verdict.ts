/**
 * Turns findings into what Outlook shows: the Smart Alerts answer on send and
 * the short notification bar while drafting. Pure functions, no Office.
 */
import type { Finding } from '@probity/core';

/** Outlook's limits: Smart Alerts messages (plain and Markdown) and notification bars. */
export const ALERT_LIMIT = 500;
export const NOTIFICATION_LIMIT = 150;

/** The task pane button, in both manifests; Smart Alerts opens it by this id (Mailbox 1.14). */
export const OPEN_PANE_COMMAND = 'probityOpenPane';

/** What `event.completed` receives for OnMessageSend. */
export interface SendVerdict {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  commandId?: string;
  cancelLabel?: string;
  sendModeOverride?: 'promptUser';
}

/** What the client can do with the answer, from its Mailbox requirement sets. */
export interface AlertCapabilities {
  /** Mailbox 1.14: sendModeOverride, commandId and cancelLabel. */
  overrideSendMode: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
}

/** "Model protocol 126": the first paragraph the finding rests on. */
export function citationLabel(finding: Finding): string {
  const citation = finding.citations[0];
  return citation ? `${citation.protocol} ${citation.paragraph}` : '';
}

/** Shortens text to `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.—-]+$/, '')}…`;
}

function withCitation(finding: Finding): string {
  const label = citationLabel(finding);
  const message = finding.message.replace(/\s+/g, ' ').trim();
  return label ? `${message.replace(/[.]$/, '')} (${label}).` : message;
}

/**
 * Errors block the send (the manifest's soft block); warnings alone ask the
 * user and let them send anyway, where the client can override the send mode;
 * information never stops a message.
 */
export function sendVerdict(
  findings: readonly Finding[], capabilities: AlertCapabilities, degraded: string | null = null,
): SendVerdict {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  if (errors.length === 0 && (warnings.length === 0 || !capabilities.overrideSendMode)) return { allowEvent: true };

  const blocking = errors.length > 0;
  const shown = blocking ? errors : warnings;
  const lead = blocking
    ? `Probity found ${count(errors.length, 'problem')} to fix before this message can be sent:`
    : `Probity suggests a second look before this message goes (${count(warnings.length, 'point')}):`;
  const verdict: SendVerdict = {
    allowEvent: false,
    errorMessage: alertText(lead, shown.map(withCitation), (line) => line, '\n', degraded),
  };
  if (capabilities.markdown) {
    verdict.errorMessageMarkdown = alertText(`**${escapeMarkdown(lead)}**`, shown.map(withCitation),
      (line) => `- ${escapeMarkdown(line)}`, '\n\n', degraded && `_${escapeMarkdown(degraded)}_`);
  }
  if (capabilities.overrideSendMode) {
    verdict.commandId = OPEN_PANE_COMMAND;
    verdict.cancelLabel = 'Open Probity';
    if (!blocking) verdict.sendModeOverride = 'promptUser';
  }
  return verdict;
}

/**
 * What Smart Alerts shows when the check could not finish, or read only part
 * of the message: `what` says which. With Mailbox 1.14 the user is asked
 * ("Send anyway" or not: the promptUser send mode); before it, Outlook could
 * only block the message outright, so it goes.
 */
export function uncheckedVerdict(what: string, canAsk: boolean): SendVerdict {
  if (!canAsk) return { allowEvent: true };
  return {
    allowEvent: false,
    errorMessage: clip(`${what} Send it anyway?`, ALERT_LIMIT),
    sendModeOverride: 'promptUser',
  };
}

/**
 * Lead line, then as many findings as fit in ALERT_LIMIT, then how many more
 * the task pane holds; a check made without the council's configuration ends
 * by saying so.
 */
function alertText(
  lead: string, lines: readonly string[], format: (line: string) => string, gap: string, degraded: string | null,
): string {
  const more = (n: number) => `…and ${n} more in the Probity pane.`;
  const limit = ALERT_LIMIT - (degraded ? gap.length + degraded.length : 0);
  let text = lead;
  for (let i = 0; i < lines.length; i++) {
    const left = lines.length - i - 1;
    const tail = left > 0 ? gap + more(left) : '';
    const line = format(lines[i]!);
    if (text.length + gap.length + line.length + tail.length <= limit) {
      text += gap + line;
    } else if (i === 0) {
      const room = limit - text.length - gap.length - tail.length - format('').length;
      text += gap + format(clip(lines[i]!, room)) + tail;
      break;
    } else {
      text += gap + more(lines.length - i);
      break;
    }
  }
  const fitted = text.length <= limit ? text : clip(text, limit);
  return degraded ? fitted + gap + degraded : fitted;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|~>])/g, '\\$1');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The notification bars shown while drafting, one per severity, under stable keys. */
export const NOTIFICATION_KEYS = { error: 'probity-error', warning: 'probity-warning' } as const;

/**
 * The most important finding of the severity with its paragraph, e.g.
 * "Cllr Ravi Patel is blind-copied on correspondence with Cllr Jane Okafor
 * (Model protocol 126)." — and how many more there are. Null when none.
 */
export function notificationText(findings: readonly Finding[], severity: 'error' | 'warning'): string | null {
  const matching = findings.filter((finding) => finding.severity === severity);
  const first = matching[0];
  if (!first) return null;
  const suffix = matching.length > 1 ? ` (+${matching.length - 1} more in Probity)` : '';
  return clip(withCitation(first), NOTIFICATION_LIMIT - suffix.length) + suffix;
}
