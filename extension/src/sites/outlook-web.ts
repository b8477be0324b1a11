/**
 * Outlook on the web (outlook.office.com, outlook.office365.com,
 * outlook.live.com). Every selector this site needs is in SELECTORS, each with
 * the part of the compose UI it targets. Outlook's class names are hashed per
 * build, so aria-labels and ids that Outlook keeps stable are used instead.
 */
import type { Address } from '@probity/core';
import { addressIn, parseAddressList } from '../recipients.ts';
import { recipientsFrom, type ComposeAdapter, type Recipient, type RecipientField } from './adapter.ts';

const SELECTORS = {
  /** The message body of a compose form: new message, reply in the reading pane, or pop-out window. */
  editor: 'div[contenteditable="true"][aria-label="Message body"]',
  /** The primary Send button of the compose command bar. */
  send: 'button[aria-label="Send"], button[title^="Send"]',
  /** The subject line ("Add a subject" placeholder). */
  subject: 'input[aria-label="Add a subject"], input[aria-label="Subject"]',
  /** The From button, shown when the user has turned on the From field or has several mailboxes. */
  from: 'button[aria-label^="From"]',
  /** The signed-in account in the account manager, whose secondary line is the address. */
  account: '#mectrl_currentAccount_secondary',
  /** Each recipient well: an editable line holding resolved chips and text still being typed. */
  recipientWell: {
    to: 'div[contenteditable="true"][aria-label="To"]',
    cc: 'div[contenteditable="true"][aria-label="Cc"]',
    bcc: 'div[contenteditable="true"][aria-label="Bcc"]',
  } satisfies Record<RecipientField, string>,
  /** A resolved recipient chip (persona); its title or aria-label holds the address, its text the name. */
  recipientChip: 'span[data-lpc-hover-target-id]',
  /** Where a reply or forward starts: Outlook's reply header and the marker before it; the rest is the thread. */
  threadStart: '#appendonsend, #divRplyFwdMsg, [id^="x_divRplyFwdMsg"]',
  /** A quoted block inside the message. */
  quote: 'blockquote',
} as const;

export const outlookWeb: ComposeAdapter = {
  site: 'outlook-web',
  editorSelector: SELECTORS.editor,
  sendSelector: SELECTORS.send,

  from(compose): Address | undefined {
    const chosen = compose.querySelector(SELECTORS.from);
    const address = addressIn(chosen?.textContent) ?? addressIn(chosen?.getAttribute('aria-label'))
      ?? addressIn(compose.ownerDocument.querySelector(SELECTORS.account)?.textContent);
    return address ? { name: '', address } : undefined;
  },

  subject(compose) {
    return compose.querySelector<HTMLInputElement>(SELECTORS.subject)?.value ?? '';
  },

  recipients(compose, field): Recipient[] {
    const well = this.recipientRow(compose, field);
    if (!well) return [];
    const chips = [...well.querySelectorAll(SELECTORS.recipientChip)].flatMap((chip): Recipient[] => {
      const address = addressIn(chip.getAttribute('title')) ?? addressIn(chip.getAttribute('aria-label'));
      if (!address) return [];
      return [{ name: chip.textContent?.trim() ?? '', address, element: chip }];
    });
    return recipientsFrom(chips, parseAddressList(textOutside(well, SELECTORS.recipientChip)));
  },

  recipientRow(compose, field) {
    return compose.querySelector(SELECTORS.recipientWell[field]);
  },

  quoteMarking(element) {
    if (element.matches(SELECTORS.threadStart)) return 'rest';
    return element.matches(SELECTORS.quote) ? 'element' : 'none';
  },
};

/** The text typed into a well around its chips. */
function textOutside(well: Element, chipSelector: string): string {
  let text = '';
  const walker = well.ownerDocument.createTreeWalker(well, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(chipSelector)) text += `${node.textContent ?? ''} `;
  }
  return text;
}
