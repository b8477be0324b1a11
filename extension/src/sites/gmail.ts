/**
 * Gmail (mail.google.com). Every selector this site needs is in SELECTORS,
 * each with the part of Gmail's compose UI it targets and where that is
 * documented. Gmail's class names are generated, so attributes that carry
 * meaning and do not change with the interface language (g_editable, name,
 * data-hovercard-id, email, selector) come first; the few class names used
 * are the ones maintained integrations have relied on for years.
 *
 * Sources: InboxSDK (gmail-compose-view.ts, page-parser.ts, get-recipients.ts),
 * gmail.js (api.dom.compose), Mailvelope (providerSpecific.js). See the
 * fixture pages under extension/test/pages for the markup they describe.
 */
import type { Address } from '@probity/core';
import { addressIn, parseAddressList } from '../recipients.ts';
import { recipientsFrom, type ComposeAdapter, type Recipient, type RecipientField } from './adapter.ts';

const SELECTORS = {
  /** The message body of any compose window: pop-up, full screen, inline reply or pop-out (InboxSDK '.Ap [g_editable=true]'). */
  editor: 'div[g_editable="true"][contenteditable="true"]',
  /** One compose window: the compose root .M9 (gmail.js), or the dialog of a pop-up or full-screen compose. */
  window: '.M9, [role="dialog"]',
  /** The top form of a compose window holds the recipient rows, each marked name=to (InboxSDK getTopFormElement, page-parser). */
  recipientArea: 'form [name="to"]',
  /**
   * One recipient field since the 2021 redesign: div.anm[name=to|cc|bcc] around a [role=listbox] of chips
   * and the input the user types into (InboxSDK getRecipientRowForType; gmail.js "div[name=to] input").
   */
  field: (field: RecipientField) => `div[name="${field}"]`,
  /** A finished chip in a 2021+ field: [role=option] with the address in data-hovercard-id and the name in data-name (InboxSDK get-recipients.ts). */
  chip: '[role="option"][data-hovercard-id]',
  /** The input still being typed into in a 2021+ field. */
  fieldInput: 'input, textarea',
  /**
   * The remove control on a 2021+ chip: its one [role=button], labelled "Remove <name>" in the interface
   * language, so found by role (div.afX in the saved markup of test/pages/gmail-2022-popups.html).
   */
  chipRemove: '[role="button"]',
  /** Before 2021: the typing box textarea.vO[name=…] of a table row (InboxSDK getOldRecipientRowForType; Mailvelope '.fX .vO'). */
  classicInput: (field: RecipientField) => `textarea[name="${field}"], input[name="${field}"]:not([type="hidden"])`,
  /** Before 2021: a chip div.vR with a hidden input[name=…] whose value is "Name <address>" (InboxSDK '.vR > input[type=hidden]'). */
  classicChipValue: (field: RecipientField) => `input[type="hidden"][name="${field}"]`,
  /** Anything showing one recipient in the window, either generation: a 2021+ chip, or a pre-2021 chip's span[email] (Mailvelope '.vR span[email]'). */
  anyChip: '[data-hovercard-id], .vR [email]',
  /** The subject line; an inline reply keeps it only in a hidden input of the metadata form (gmail.js "all_subjects"). */
  subject: 'input[name="subjectbox"], input[name="subject"]',
  /** The sending address: hidden input[name=from] in the metadata form, kept in step with the From menu (gmail.js "from"). */
  from: 'input[name="from"]',
  /** The signed-in account in the top bar, its label ending with the address: used when a window has no From input. */
  account: 'header a[aria-label*="@"], [role="banner"] a[aria-label*="@"]',
  /**
   * Send and "Send & archive" in the send group of the bottom toolbar, td.Up; the arrow beside them has
   * aria-haspopup (InboxSDK getSendButton, getSendAndArchiveButton, getSendButtonGroup).
   */
  sendControl: '.Up [role="button"]:not([aria-haspopup="true"])',
  /** The "More send options" arrow beside Send (InboxSDK getMoreSendOptionsButton). */
  sendMenuButton: '.Up [role="button"][aria-haspopup="true"]',
  /** Send when the toolbar classes change: the button whose tooltip starts "Send" (English only, so second). */
  sendByLabel: '[role="button"][data-tooltip^="Send"]:not([aria-haspopup="true"])',
  /** "Schedule send" in the send menu drawn at the end of <body>; the selector attribute is Gmail's own action id and is not translated. */
  sendMenuItem: '[role="menuitem"][selector="scheduledSend"]',
  /** Quoted thread of a reply or forward that the user has shown ("On … wrote:" and the message below it). */
  quote: '.gmail_quote, blockquote',
} as const;

export const gmail: ComposeAdapter = {
  site: 'gmail',
  editorSelector: SELECTORS.editor,
  windowSelector: SELECTORS.window,
  recipientAreaSelector: SELECTORS.recipientArea,

  from(compose): Address | undefined {
    const chosen = compose.querySelector<HTMLInputElement>(SELECTORS.from)?.value;
    const document = compose.ownerDocument;
    const address = addressIn(chosen) ?? addressIn(document.querySelector(SELECTORS.account)?.getAttribute('aria-label')) ?? addressIn(document.title);
    return address ? { name: '', address } : undefined;
  },

  subject(compose) {
    return compose.querySelector<HTMLInputElement>(SELECTORS.subject)?.value ?? '';
  },

  recipients(compose, field) {
    const container = compose.querySelector(SELECTORS.field(field));
    if (container) {
      const chips = [...container.querySelectorAll(SELECTORS.chip)].flatMap((chip): Recipient[] => {
        const address = addressIn(chip.getAttribute('data-hovercard-id'));
        return address ? [{ name: chip.getAttribute('data-name') ?? '', address, element: chip }] : [];
      });
      return recipientsFrom(chips, parseAddressList(container.querySelector<HTMLInputElement>(SELECTORS.fieldInput)?.value ?? ''));
    }
    const input = compose.querySelector<HTMLInputElement>(SELECTORS.classicInput(field));
    const row = input?.closest('tr');
    if (!input || !row) return null;
    const chips = [...row.querySelectorAll<HTMLInputElement>(SELECTORS.classicChipValue(field))].flatMap((hidden): Recipient[] => {
      const [address] = parseAddressList(hidden.value);
      return address ? [{ ...address, element: hidden.parentElement ?? undefined }] : [];
    });
    return recipientsFrom(chips, parseAddressList(input.value));
  },

  recipientElements(compose) {
    return [...compose.querySelectorAll(SELECTORS.anyChip)];
  },

  recipientRow(compose, field) {
    const row = compose.querySelector(SELECTORS.field(field)) ?? compose.querySelector(SELECTORS.classicInput(field))?.closest('tr');
    return row && isShown(row) ? row : null;
  },

  recipientInput(compose, field) {
    const input = compose.querySelector(SELECTORS.field(field))?.querySelector<HTMLElement>(SELECTORS.fieldInput)
      ?? compose.querySelector<HTMLElement>(SELECTORS.classicInput(field));
    return input && isShown(input) ? input : null;
  },

  // Gmail turns what is typed into a chip at a comma (Gmail Help, "Send an email": separate addresses with commas).
  recipientSeparator: ',',

  removeControl(chip) {
    return chip.matches(SELECTORS.chip) ? chip.querySelector<HTMLElement>(SELECTORS.chipRemove) : null;
  },

  quoteMarking(element) {
    return element.matches(SELECTORS.quote) ? 'element' : 'none';
  },

  sendControlAt(compose, target) {
    const control = target.closest<HTMLElement>(`${SELECTORS.sendControl}, ${SELECTORS.sendByLabel}`);
    return control && compose.contains(control) ? control : null;
  },

  sendMenuButtonAt(compose, target) {
    const control = target.closest<HTMLElement>(SELECTORS.sendMenuButton);
    return control && compose.contains(control) ? control : null;
  },

  sendMenuItemAt(target) {
    return target.closest<HTMLElement>(SELECTORS.sendMenuItem);
  },

  primarySend(compose) {
    return compose.querySelector<HTMLElement>(`${SELECTORS.sendControl}:not(.Uo)`) ?? compose.querySelector<HTMLElement>(SELECTORS.sendByLabel);
  },

  isSendShortcut(event) {
    return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
  },
};

/** Gmail hides a recipient row (display: none) rather than removing it while the body has focus. */
function isShown(element: Element): boolean {
  return (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0;
}
