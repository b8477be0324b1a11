/**
 * What every mail site must tell the extension about its compose windows.
 * A site file holds only its selectors and how to read them; finding compose
 * windows and turning one into a Draft is shared here.
 */
import type { Address, DraftInput } from '@probity/core';
import { extractText, type ExtractedText, type QuoteMarking } from '../dom-text.ts';
import { mergeAddresses } from '../recipients.ts';
import type { Site } from '../protocol.ts';

export type RecipientField = 'to' | 'cc' | 'bcc';
export const RECIPIENT_FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** A recipient as the site shows it; `element` is the chip, when there is one, so a finding can point at it. */
export interface Recipient extends Address {
  element?: Element;
}

export interface ComposeAdapter {
  readonly site: Site;
  /** The message body editor; every compose window has exactly one. */
  readonly editorSelector: string;
  /** The Send button; it also bounds the compose window (see findComposeWindows). */
  readonly sendSelector: string;
  from(compose: Element): Address | undefined;
  subject(compose: Element): string;
  recipients(compose: Element, field: RecipientField): Recipient[];
  /** The row showing a recipient field, where its findings are pinned; null when the field is not shown. */
  recipientRow(compose: Element, field: RecipientField): Element | null;
  quoteMarking(element: Element): QuoteMarking;
}

export interface ComposeWindow {
  root: HTMLElement;
  editor: HTMLElement;
}

export interface ComposeSnapshot {
  draft: DraftInput;
  body: ExtractedText;
  recipients: Record<RecipientField, Recipient[]>;
}

/**
 * Every compose window in the document — new message, inline reply, pop-out,
 * several at once. A window is the smallest ancestor of an editor that also
 * holds a Send button, which is true of each layout on both sites and needs no
 * class name that changes with every release.
 */
export function findComposeWindows(adapter: ComposeAdapter, document: Document): ComposeWindow[] {
  const windows: ComposeWindow[] = [];
  for (const editor of document.querySelectorAll<HTMLElement>(adapter.editorSelector)) {
    let root = editor.parentElement;
    while (root && !root.querySelector(adapter.sendSelector)) root = root.parentElement;
    if (root && root !== document.documentElement && root !== document.body) windows.push({ root, editor });
  }
  return windows;
}

export function sendButtonOf(adapter: ComposeAdapter, compose: ComposeWindow): HTMLElement | null {
  return compose.root.querySelector<HTMLElement>(adapter.sendSelector);
}

/** Reads a compose window into the engine's Draft, with the map from body offsets back to the editor. */
export function readCompose(adapter: ComposeAdapter, compose: ComposeWindow): ComposeSnapshot {
  const body = extractText(compose.editor, (element) => adapter.quoteMarking(element));
  const recipients = {
    to: adapter.recipients(compose.root, 'to'),
    cc: adapter.recipients(compose.root, 'cc'),
    bcc: adapter.recipients(compose.root, 'bcc'),
  };
  const subject = adapter.subject(compose.root);
  const plain = (list: Recipient[]) => list.map(({ name, address }) => ({ name, address }));
  return {
    body,
    recipients,
    draft: {
      from: adapter.from(compose.root),
      to: plain(recipients.to),
      cc: plain(recipients.cc),
      bcc: plain(recipients.bcc),
      subject,
      body: body.text,
      quoted: body.quoted,
      composeType: composeTypeOf(subject, body.quoted.length > 0),
      source: 'email',
    },
  };
}

/** Chips first, then anything typed but not yet turned into a chip. */
export function recipientsFrom(chips: Recipient[], typed: Address[]): Recipient[] {
  const merged = mergeAddresses(chips, typed);
  return merged.map((address) => ({ ...address, element: chips.find((chip) => chip.address.toLowerCase() === address.address)?.element }));
}

function composeTypeOf(subject: string, hasQuote: boolean): DraftInput['composeType'] {
  if (/^\s*(fwd?|fw):/i.test(subject)) return 'forward';
  if (/^\s*re:/i.test(subject) || hasQuote) return 'reply';
  return 'new';
}
