/**
 * The event-based entry point, bundled on its own into one ES2016 IIFE
 * (dist/onsend.js): classic Outlook on Windows loads it straight into a
 * JavaScript-only runtime with no DOM, no storage and no module loader, and
 * finds the handlers only through `Office.actions.associate`.
 */
import { ACTIONS, createHandlers } from './handlers.ts';
import { officeHost } from './office.ts';

declare const __PROBITY_ORIGIN__: string;
declare const __PROBITY_DEMO__: boolean;

const handlers = createHandlers(officeHost(), {
  councilUrl: `${__PROBITY_ORIGIN__}/council.json`,
  demo: __PROBITY_DEMO__,
  timeoutMs: 4000,
});

Office.actions.associate(ACTIONS.messageSending, handlers.onMessageSend);
Office.actions.associate(ACTIONS.messageRecipientsChanged, handlers.onMessageRecipientsChanged);
Office.actions.associate(ACTIONS.newMessageComposeCreated, handlers.onNewMessageCompose);
