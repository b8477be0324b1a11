/**
 * Gmail (mail.google.com). Every selector this site needs is in SELECTORS,
 * each with the part of Gmail's compose UI it targets. Gmail's class names are
 * generated and change, so attributes that carry meaning (aria-label, name,
 * data-tooltip, g_editable) are preferred.
 */
import type { Address } from '@probity/core';
import { addressIn, parseAddressList } from '../recipients.ts';
import { recipientsFrom, type ComposeAdapter, type Recipient, type RecipientField } from './adapter.ts';

const SELECTORS = {
  /** The message body of any compose window: pop-up, full screen, inline reply or pop-out. */
  editor: 'div[g_editable="true"][contenteditable="true"]',
  /** The blue Send button at the bottom left of a compose window; its tooltip is "Send (Ctrl-Enter)". */
  send: 'div[role="button"][data-tooltip^="Send"], div[role="button"][aria-label^="Send"]',
  /** The subject line; inline replies keep it in a hidden input of the same form. */
  subject: 'input[name="subjectbox"], input[type="hidden"][name="subject"]',
  /** The sending address when the account has aliases (hidden input kept in step with the From menu). */
  from: 'input[name="from"]',
  /** The signed-in account in the top bar, whose label ends with the address: used when there is no From menu. */
  account: 'a[aria-label^="Google Account:"]',
  /** The text box of each recipient row, still typing; its row also holds the finished chips. */
  recipientInput: {
    to: 'input[aria-label="To recipients"]',
    cc: 'input[aria-label="CC recipients"]',
    bcc: 'input[aria-label="BCC recipients"]',
  } satisfies Record<RecipientField, string>,
  /** A recipient row (To, Cc or Bcc line) around its input. */
  recipientRow: '.aoD',
  /** A finished recipient chip; the address is in data-hovercard-id, the display name in data-name. */
  recipientChip: '[data-hovercard-id]',
  /** Quoted thread of a reply or forward ("On … wrote:" and the message below it). */
  quote: '.gmail_quote, blockquote',
} as const;

export const gmail: ComposeAdapter = {
  site: 'gmail',
  editorSelector: SELECTORS.editor,
  sendSelector: SELECTORS.send,

  from(compose): Address | undefined {
    const chosen = compose.querySelector<HTMLInputElement>(SELECTORS.from)?.value;
    const address = addressIn(chosen) ?? addressIn(compose.ownerDocument.querySelector(SELECTORS.account)?.getAttribute('aria-label'));
    return address ? { name: '', address } : undefined;
  },

  subject(compose) {
    return compose.querySelector<HTMLInputElement>(SELECTORS.subject)?.value ?? '';
  },

  recipients(compose, field): Recipient[] {
    const input = compose.querySelector<HTMLInputElement>(SELECTORS.recipientInput[field]);
    const row = this.recipientRow(compose, field);
    if (!input || !row) return [];
    const chips = [...row.querySelectorAll(SELECTORS.recipientChip)].flatMap((chip): Recipient[] => {
      const address = addressIn(chip.getAttribute('data-hovercard-id'));
      if (!address) return [];
      return [{ name: chip.getAttribute('data-name') ?? chip.textContent?.trim() ?? '', address, element: chip }];
    });
    return recipientsFrom(chips, parseAddressList(input.value));
  },

  recipientRow(compose, field) {
    const input = compose.querySelector(SELECTORS.recipientInput[field]);
    return input?.closest(SELECTORS.recipientRow) ?? input?.parentElement ?? null;
  },

  quoteMarking(element) {
    return element.matches(SELECTORS.quote) ? 'element' : 'none';
  },
};
