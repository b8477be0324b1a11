/**
 * The event-based entry point, bundled on its own into one ES2016 IIFE
 * (dist/onsend.js): classic Outlook on Windows loads it straight into a
 * JavaScript-only runtime with no DOM, no local storage and no module loader,
 * and finds the handlers only through `Office.actions.associate`. The code in
 * `Office.onReady` does not run there (Microsoft, "Activate add-ins with
 * events": event-based add-in limitations on Windows), so nothing waits on it.
 */
import { COUNCIL_FETCH_TIMEOUT_MS } from './check.ts';
import { ACTIONS, createHandlers } from './handlers.ts';
import { officeHost } from './office.ts';

declare const __PROBITY_ORIGIN__: string;
declare const __PROBITY_DEMO__: boolean;
declare const __PROBITY_COUNCIL_FETCH__: boolean;

const handlers = createHandlers(officeHost(), {
  council: {
    demo: __PROBITY_DEMO__,
    // The JavaScript-only runtime resolves no relative URL in fetch (Microsoft, "Activate add-ins with events").
    fetchUrl: __PROBITY_COUNCIL_FETCH__ ? `${__PROBITY_ORIGIN__}/council.json` : null,
    fetchTimeoutMs: COUNCIL_FETCH_TIMEOUT_MS,
  },
  timeoutMs: 4000,
});

Office.actions.associate(ACTIONS.messageSending, handlers.onMessageSend);
Office.actions.associate(ACTIONS.messageRecipientsChanged, handlers.onMessageRecipientsChanged);
Office.actions.associate(ACTIONS.newMessageComposeCreated, handlers.onNewMessageCompose);
