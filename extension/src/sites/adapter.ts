/**
 * What every mail site must tell the extension about its compose windows.
 * A site file holds only its selectors and how to read them; finding compose
 * windows, turning one into a Draft and saying what could not be read is
 * shared here.
 */
import type { Address, DraftInput } from '@probity/core';
import { extractText, type ExtractedText, type QuoteMarking } from '../dom-text.ts';
import { mergeAddresses } from '../recipients.ts';
import type { ReadPart, Site } from '../protocol.ts';

export type RecipientField = 'to' | 'cc' | 'bcc';
export const RECIPIENT_FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/**
 * A recipient as the site shows it. `address` is empty for a pill that shows a
 * name only (Outlook on the web, for people in the organisation's directory);
 * `element` is the chip, when there is one, so a finding can point at it.
 */
export interface Recipient extends Address {
  element?: Element;
}

/** How the user set off a send: a button in the window, an item of its send menu, or a keyboard shortcut. */
export type SendTrigger = 'button' | 'menu-item' | 'shortcut';

export interface ComposeAdapter {
  readonly site: Site;
  /** The message body editor; every compose window has exactly one. */
  readonly editorSelector: string;
  /** The site's own container of one compose window (or a dialog around it): the outermost a window reaches. */
  readonly windowSelector: string;
  /** Inside a compose window exactly when its recipient fields are where the adapter expects them. */
  readonly recipientAreaSelector: string;
  from(compose: Element): Address | undefined;
  subject(compose: Element): string;
  /** The recipients of one field, or null when the field is not on the page (a Cc or Bcc line not opened). */
  recipients(compose: Element, field: RecipientField): Recipient[] | null;
  /** Every element in the window that shows one recipient, read or not: one the fields missed means the reading is incomplete. */
  recipientElements(compose: Element): Element[];
  /** The row showing a recipient field, where its findings are pinned; null when the field is not shown. */
  recipientRow(compose: Element, field: RecipientField): Element | null;
  /** Where the user types a new recipient into a field, or null when the field is not open. */
  recipientInput(compose: Element, field: RecipientField): HTMLElement | null;
  /** What the user types after an address to make it a recipient. */
  readonly recipientSeparator: string;
  /** The control on a recipient's chip that takes it out of its field, or null when chips have none. */
  removeControl(chip: Element): HTMLElement | null;
  quoteMarking(element: Element): QuoteMarking;
  /** The control in this window under `target` that sends the message (Send, Send & archive), or null. */
  sendControlAt(compose: Element, target: Element): HTMLElement | null;
  /** The control in this window under `target` that opens the send menu (the arrow beside Send), or null. */
  sendMenuButtonAt(compose: Element, target: Element): HTMLElement | null;
  /** An item of an open send menu under `target` (menus are drawn outside the window), or null. */
  sendMenuItemAt(target: Element): HTMLElement | null;
  /** The button a plain Send press goes to: used when the user sent with the keyboard. */
  primarySend(compose: Element): HTMLElement | null;
  /** Keys that send the message from anywhere in the window. */
  isSendShortcut(event: KeyboardEvent): boolean;
}

export interface ComposeWindow {
  root: HTMLElement;
  editor: HTMLElement;
}

/** Something a compose window would not give up: the user is told, and the send check asks. */
export interface ReadProblem {
  part: ReadPart;
  /** What the user is told, plainly. */
  message: string;
  /** What was missing, in words for the diagnostics page: never a name, an address or the draft's text. */
  detail: string;
}

const PROBLEM_MESSAGES: Record<ReadPart, string> = {
  recipients: 'Probity could not read the recipients — check Bcc yourself.',
  sender: 'Probity could not read who is sending this — check the sender yourself.',
  body: 'Probity could not read the message — check it yourself before sending.',
};

export function readProblem(part: ReadPart, detail: string): ReadProblem {
  return { part, message: PROBLEM_MESSAGES[part], detail };
}

export interface ComposeSnapshot {
  draft: DraftInput;
  body: ExtractedText;
  recipients: Record<RecipientField, Recipient[]>;
  problems: ReadProblem[];
}

/**
 * Every compose window in the document — pop-up, full screen, inline reply,
 * pop-out, several at once. Each is found from its editor outward: the
 * smallest ancestor that holds the recipient fields, never going past the
 * site's own compose container. When the fields are not found, the container
 * itself is the window and its recipients are reported unread.
 */
export function findComposeWindows(adapter: ComposeAdapter, document: Document): ComposeWindow[] {
  const windows: ComposeWindow[] = [];
  for (const editor of document.querySelectorAll<HTMLElement>(adapter.editorSelector)) {
    const root = composeRootOf(adapter, editor);
    if (root) windows.push({ root, editor });
  }
  return windows;
}

function composeRootOf(adapter: ComposeAdapter, editor: HTMLElement): HTMLElement | null {
  const body = editor.ownerDocument.body;
  for (let node = editor.parentElement; node && node !== body; node = node.parentElement) {
    if (node.querySelector(adapter.recipientAreaSelector)) return node;
    if (node.matches(adapter.windowSelector)) return node;
  }
  return null;
}

/** Reads a compose window into the engine's Draft, with the map from body offsets back to the editor and what could not be read. */
export function readCompose(adapter: ComposeAdapter, compose: ComposeWindow): ComposeSnapshot {
  const problems: ReadProblem[] = [];
  const body = extractText(compose.editor, (element) => adapter.quoteMarking(element));
  const recipients = readRecipients(adapter, compose.root, problems);
  const from = adapter.from(compose.root);
  if (!from) problems.push(readProblem('sender', 'no sending address found on the page'));
  const subject = adapter.subject(compose.root);
  const plain = (list: Recipient[]) => list.map(({ name, address }) => ({ name, address }));
  return {
    body,
    recipients,
    problems,
    draft: {
      from,
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

function readRecipients(adapter: ComposeAdapter, root: Element, problems: ReadProblem[]): Record<RecipientField, Recipient[]> {
  const read = { to: adapter.recipients(root, 'to'), cc: adapter.recipients(root, 'cc'), bcc: adapter.recipients(root, 'bcc') };
  if (!read.to) problems.push(readProblem('recipients', 'no To field found in the compose window'));
  const recipients = { to: read.to ?? [], cc: read.cc ?? [], bcc: read.bcc ?? [] };
  const readElements = [...recipients.to, ...recipients.cc, ...recipients.bcc].flatMap((recipient) => recipient.element ?? []);
  const missed = adapter.recipientElements(root)
    .filter((element) => !readElements.some((chip) => chip === element || chip.contains(element) || element.contains(chip)));
  if (read.to && missed.length > 0) {
    problems.push(readProblem('recipients', `${missed.length} recipient chip${missed.length === 1 ? '' : 's'} outside the To, Cc and Bcc fields it knows`));
  }
  return recipients;
}

/** Chips first, then anything typed but not yet turned into a chip. */
export function recipientsFrom(chips: Recipient[], typed: Address[]): Recipient[] {
  const named = chips.filter((chip) => !chip.address);
  const merged = mergeAddresses(chips.filter((chip) => chip.address), typed);
  return [
    ...merged.map((address) => ({ ...address, element: chips.find((chip) => chip.address.toLowerCase() === address.address)?.element })),
    ...named,
  ];
}

function composeTypeOf(subject: string, hasQuote: boolean): DraftInput['composeType'] {
  if (/^\s*(fwd?|fw|tr):/i.test(subject)) return 'forward';
  if (/^\s*(re|aw):/i.test(subject) || hasQuote) return 'reply';
  return 'new';
}
