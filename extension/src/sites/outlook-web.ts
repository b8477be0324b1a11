/**
 * Outlook on the web (outlook.office.com, outlook.office365.com,
 * outlook.live.com). Every selector this site needs is in SELECTORS, each with
 * the part of the compose UI it targets and where that is documented.
 * Outlook's class names are hashed per build; roles, aria-labels and the
 * names of shared Microsoft 365 components (the Live Persona Card, Fluent UI's
 * SplitButton) last longer. Labels are translated, so those used are listed
 * per language in LABELS.
 *
 * Sources: Mailvelope (providerSpecific.js 2018-2022, outlookIntegration.js
 * 2025), automation scripts for Outlook on the web found by code search, and
 * issue #10. See the fixture pages under extension/test/pages.
 */
import type { Address } from '@probity/core';
import { addressIn, parseAddressList } from '../recipients.ts';
import { recipientsFrom, type ComposeAdapter, type Recipient, type RecipientField } from './adapter.ts';

/** The accessible names of the recipient wells, per interface language (English, French, German, Spanish, Welsh). */
const LABELS: Record<RecipientField, readonly string[]> = {
  to: ['To', 'À', 'An', 'Para', 'I'],
  cc: ['Cc', 'CC'],
  bcc: ['Bcc', 'BCC', 'Cci', 'CCI', 'CCO', 'Bcc:'],
};

const wellFor = (labels: readonly string[]) =>
  labels.map((label) => `[contenteditable="true"][role="textbox"][aria-label="${label}"]`).join(', ');

const SELECTORS = {
  /**
   * The message body: a multi-line editable textbox. Its label varies ("Message body", "Message body, press
   * Alt+F10 to exit", translated), so the label is not used; wells are single-line (issue #10 point 5).
   */
  editor: '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  /** One compose area: .conductorContent until 2019, the [role=main] region since (Mailvelope providerSpecific.js). */
  window: '.conductorContent, [role="main"], [role="dialog"]',
  /** Each recipient well: an editable line labelled To, Cc or Bcc holding pills and typed text. */
  well: { to: wellFor(LABELS.to), cc: wellFor(LABELS.cc), bcc: wellFor(LABELS.bcc) } satisfies Record<RecipientField, string>,
  /**
   * A recipient pill: span.PersonaPaneLauncher until 2019, [data-selection-index] around a .lpc-hoverTarget since
   * (Mailvelope providerSpecific.js). For people in the directory it shows the name only.
   */
  pill: '.PersonaPaneLauncher, [data-selection-index]',
  /** Pill parts that are not the name: the avatar with its initials, and anything hidden from assistive technology. */
  pillDecoration: '[aria-hidden="true"], .fui-Avatar, .ms-Persona-coin, ._pe_y',
  /** The subject line: the "Add a subject" input, or any input in the window labelled with a subject word. */
  subject: 'input[aria-label="Add a subject"], input[aria-label="Subject"], input[aria-label="Ajouter un objet"], input[aria-label="Betreff hinzufügen"], input[aria-label="Agregar un asunto"]',
  /** The From button, shown when the user has turned on the From field or has several mailboxes; its text is the address. */
  from: 'button[aria-label^="From"], button[aria-label^="De"], button[aria-label^="Von"]',
  /** The folder pane's primary mailbox node, titled with the signed-in address (Mailvelope outlookIntegration.js getUserInfo). */
  mailboxRoot: '[id^="primaryMailboxRoot"]',
  /** The account manager's address line, present once the account menu has been opened (issue #10 point 6). */
  account: '#mectrl_currentAccount_secondary',
  /** The primary Send button: Fluent's SplitButton primary action, or a plain Send button of older command bars. */
  send: '.fui-SplitButton__primaryActionButton, button[aria-label="Send"], button[aria-label="Envoyer"], button[aria-label="Senden"], button[aria-label="Enviar"], button[aria-label="Anfon"]',
  /** The arrow half of the split Send button, which opens the menu with "Schedule send" (Fluent SplitButton). */
  sendMenuButton: '.fui-SplitButton__menuButton',
  /** An item of a menu; it is a send menu item only while the send menu this window opened is open. */
  menuItem: '[role="menu"] [role="menuitem"]',
  /** Where a reply or forward starts: Outlook's marker and reply header; the rest of the body is the thread. */
  threadStart: '#appendonsend, #divRplyFwdMsg, [id^="x_divRplyFwdMsg"]',
  /** A quoted block inside the message. */
  quote: 'blockquote',
} as const;

export const outlookWeb: ComposeAdapter = {
  site: 'outlook-web',
  editorSelector: SELECTORS.editor,
  windowSelector: SELECTORS.window,
  recipientAreaSelector: SELECTORS.well.to,

  from(compose): Address | undefined {
    const document = compose.ownerDocument;
    const chosen = compose.querySelector(SELECTORS.from);
    const mailbox = document.querySelector(SELECTORS.mailboxRoot);
    const address = addressIn(chosen?.textContent) ?? addressIn(chosen?.getAttribute('aria-label'))
      ?? addressIn(mailbox?.getAttribute('title')) ?? addressIn(mailbox?.getAttribute('data-folder-name'))
      ?? addressIn(document.querySelector(SELECTORS.account)?.textContent);
    return address ? { name: '', address } : undefined;
  },

  subject(compose) {
    return compose.querySelector<HTMLInputElement>(SELECTORS.subject)?.value ?? '';
  },

  recipients(compose, field) {
    const well = compose.querySelector(SELECTORS.well[field]);
    if (!well) return null;
    const pills = outermost([...well.querySelectorAll(SELECTORS.pill)]).map((pill): Recipient => {
      const shown = pillName(pill);
      const address = addressIn(pill.getAttribute('title')) ?? addressIn(pill.getAttribute('aria-label')) ?? addressIn(shown) ?? '';
      return { name: address === shown.toLowerCase() ? '' : shown, address, element: pill };
    });
    return recipientsFrom(pills, parseAddressList(textOutside(well, SELECTORS.pill)));
  },

  recipientElements(compose) {
    return outermost([...compose.querySelectorAll(SELECTORS.pill)]);
  },

  recipientRow(compose, field) {
    return compose.querySelector(SELECTORS.well[field]);
  },

  recipientInput(compose, field) {
    return compose.querySelector<HTMLElement>(SELECTORS.well[field]);
  },

  // Outlook resolves what is typed into a pill at a semicolon (Microsoft support, "Create and send email in Outlook on the web": separate names with semicolons).
  recipientSeparator: ';',

  // Pills are inline in the editable well and carry no remove button: they are taken out as a keyboard user does, selected and deleted.
  removeControl() {
    return null;
  },

  quoteMarking(element) {
    if (element.matches(SELECTORS.threadStart)) return 'rest';
    return element.matches(SELECTORS.quote) ? 'element' : 'none';
  },

  sendControlAt(compose, target) {
    const control = target.closest<HTMLElement>(SELECTORS.send);
    return control && compose.contains(control) ? control : null;
  },

  sendMenuButtonAt(compose, target) {
    const control = target.closest<HTMLElement>(SELECTORS.sendMenuButton);
    return control && compose.contains(control) ? control : null;
  },

  sendMenuItemAt(target) {
    return target.closest<HTMLElement>(SELECTORS.menuItem);
  },

  primarySend(compose) {
    return compose.querySelector<HTMLElement>(SELECTORS.send);
  },

  isSendShortcut(event) {
    return (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) || (event.altKey && !event.ctrlKey && event.key.toLowerCase() === 's');
  },
};

/** The name a pill shows, without its avatar: decorations are skipped, and initials run into the name ("RPRavi Patel") are dropped. */
function pillName(pill: Element): string {
  let text = '';
  const walker = pill.ownerDocument.createTreeWalker(pill, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(SELECTORS.pillDecoration)) text += `${node.textContent ?? ''} `;
  }
  const name = text.replace(/\s+/g, ' ').trim();
  const initials = (words: string) => words.split(' ').map((word) => word[0] ?? '').join('').toUpperCase();
  const glued = /^([A-Z]{1,3})\s?(\S.*)$/.exec(name);
  return glued && initials(glued[2]!) === glued[1] ? glued[2]! : name;
}

/** Drops elements inside another one of the list, so a pill matched at two levels counts once. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

/** The text typed into a well around its pills. */
function textOutside(well: Element, pillSelector: string): string {
  let text = '';
  const walker = well.ownerDocument.createTreeWalker(well, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(pillSelector)) text += `${node.textContent ?? ''} `;
  }
  return text;
}
