/**
 * The one module that talks to Office.js (and to the add-in's own web
 * server). Everything else in the add-in works on the promise-based
 * `MailHost` below, so tests replace this module by handing the code a host
 * built over `office-addin-mock` or a plain fake.
 *
 * Office calls are callback-based and some are missing on older clients or
 * in read mode; each wrapper turns that into a promise that rejects with a
 * plain Error, so callers have one way to handle failure.
 */
import type { Address } from '@probity/core';

export type ItemMode = 'compose' | 'read';
export type RecipientField = 'to' | 'cc' | 'bcc';
export type ComposeType = 'new' | 'reply' | 'forward';

export interface NotificationSpec {
  message: string;
  /** `error` stays until replaced; `info` carries the add-in's icon and can be dismissed. */
  type: 'error' | 'info';
}

export interface MailHost {
  /** Whether an item is open, and in which mode. */
  mode(): ItemMode | null;
  /** `Office.context.requirements.isSetSupported('Mailbox', version)`. */
  supportsMailbox(version: string): boolean;
  from(): Promise<Address | undefined>;
  recipients(field: RecipientField): Promise<Address[]>;
  subject(): Promise<string>;
  body(type: 'html' | 'text'): Promise<string>;
  composeType(): Promise<ComposeType | undefined>;
  /** When a received item was created; undefined while composing. */
  itemDate(): Date | undefined;
  /** The item's session data (Mailbox 1.11, compose), shared by the task pane and the event handlers. */
  sessionData(name: string): Promise<string | undefined>;
  setSessionData(name: string, value: string): Promise<void>;
  /** Text kept on this computer for the add-in; null when there is none or no store. */
  storedText(key: string): Promise<string | null>;
  /** Keeps text on this computer; rejects where the runtime has no store. */
  storeText(key: string, value: string): Promise<void>;
  replaceNotification(key: string, notification: NotificationSpec): Promise<void>;
  removeNotification(key: string): Promise<void>;
  roamingSetting(name: string): unknown;
  saveRoamingSettings(values: Record<string, unknown>): Promise<void>;
  /** Reads a file served beside the add-in; null when it is not there. */
  fetchText(url: string): Promise<string | null>;
  /** The pinned task pane moved to another item (Mailbox 1.5). */
  onItemChanged(listener: () => void): Promise<void>;
  /** Recipients of the item being composed changed (Mailbox 1.7). */
  onRecipientsChanged(listener: () => void): Promise<void>;
}

/**
 * The informational-notification icon: a resource id in the XML manifest. The
 * unified manifest cannot name one (Outlook shows the first ribbon control's
 * icon) but Office still requires the string.
 */
export const NOTIFICATION_ICON = 'Icon.16x16';

type AsyncCallback<T> = (result: Office.AsyncResult<T>) => void;

/** Calls an Office async method and settles with its value or a plain Error. */
function call<T>(start: (callback: AsyncCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new Error(result.error?.message ?? 'Office call failed'));
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function toAddress(details: Office.EmailAddressDetails | undefined): Address | undefined {
  if (!details) return undefined;
  return { name: details.displayName ?? '', address: details.emailAddress ?? '' };
}

/** Browsers and the task pane have `fetch`; classic Outlook's JavaScript-only runtime has it too. */
async function fetchFromAddinServer(url: string): Promise<string | null> {
  if (typeof fetch !== 'function') return null;
  const response = await fetch(url, { cache: 'no-cache', credentials: 'omit' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/** Web storage, or text the runtime keeps for the add-in on the computer. */
export interface LocalStore {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
}

/**
 * Where the add-in keeps text on this computer: `localStorage` in the
 * browser runtimes (task pane; event handlers on the web, Mac and new
 * Outlook), `OfficeRuntime.storage` in classic Outlook's JavaScript-only
 * runtime, which has no local storage (Microsoft, "Runtimes in Office
 * Add-ins"). Null where there is neither.
 */
function runtimeStore(): LocalStore | null {
  const scope = globalThis as { localStorage?: LocalStore; OfficeRuntime?: { storage?: LocalStore } };
  try {
    if (scope.localStorage) return scope.localStorage;
  } catch {
    // A browser that refuses storage to this page throws on the property itself.
  }
  return scope.OfficeRuntime?.storage ?? null;
}

/** The host as Office.js presents it, read from the global `Office` at each call. */
export function officeHost(
  fetchText: (url: string) => Promise<string | null> = fetchFromAddinServer,
  localStore: () => LocalStore | null = runtimeStore,
): MailHost {
  const mailbox = () => Office.context.mailbox;
  const item = () => mailbox().item as unknown as Record<string, any> | null | undefined;
  const composeItem = () => mailbox().item as Office.MessageCompose;
  const readItem = () => mailbox().item as Office.MessageRead;
  const isCompose = () => typeof item()?.to?.getAsync === 'function';

  return {
    mode() {
      const current = item();
      if (!current) return null;
      return isCompose() ? 'compose' : 'read';
    },
    supportsMailbox(version) {
      const requirements = Office.context?.requirements;
      return typeof requirements?.isSetSupported === 'function' && requirements.isSetSupported('Mailbox', version);
    },
    async from() {
      if (!isCompose()) return toAddress(readItem().from);
      const from = composeItem().from;
      if (!from || typeof from.getAsync !== 'function') return undefined;
      return toAddress(await call<Office.EmailAddressDetails>((done) => from.getAsync(done)));
    },
    async recipients(field) {
      if (!isCompose()) {
        if (field === 'bcc') return [];
        const list = readItem()[field] ?? [];
        return list.map((details) => toAddress(details)!);
      }
      const list = await call<Office.EmailAddressDetails[]>((done) => composeItem()[field].getAsync(done));
      return list.map((details) => toAddress(details)!);
    },
    async subject() {
      if (!isCompose()) return readItem().subject ?? '';
      return call<string>((done) => composeItem().subject.getAsync(done));
    },
    body(type) {
      const coercion = type === 'html' ? Office.CoercionType.Html : Office.CoercionType.Text;
      return call<string>((done) => item()!.body.getAsync(coercion, done));
    },
    async composeType() {
      const current = item();
      if (!isCompose() || typeof current?.getComposeTypeAsync !== 'function') return undefined;
      const value = await call<{ composeType: string }>((done) => current.getComposeTypeAsync(done));
      if (value.composeType === 'reply') return 'reply';
      if (value.composeType === 'forward') return 'forward';
      return 'new';
    },
    itemDate() {
      if (isCompose()) return undefined;
      const created = readItem().dateTimeCreated;
      return created instanceof Date ? created : undefined;
    },
    async sessionData(name) {
      const data = item()?.sessionData;
      if (!data || typeof data.getAllAsync !== 'function') return undefined;
      const all = await call<Record<string, string>>((done) => data.getAllAsync(done));
      const value: unknown = all?.[name];
      return typeof value === 'string' ? value : undefined;
    },
    async setSessionData(name, value) {
      const data = item()?.sessionData;
      if (!data || typeof data.setAsync !== 'function') throw new Error('this Outlook cannot keep data with the message being written');
      await call<void>((done) => data.setAsync(name, value, done));
    },
    async storedText(key) {
      const store = localStore();
      return store ? store.getItem(key) : null;
    },
    async storeText(key, value) {
      const store = localStore();
      if (!store) throw new Error('this Outlook keeps nothing on the computer for add-ins');
      await store.setItem(key, value);
    },
    async replaceNotification(key, notification) {
      const details: Office.NotificationMessageDetails = notification.type === 'error'
        ? { type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message: notification.message }
        : {
          type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
          message: notification.message, icon: NOTIFICATION_ICON, persistent: false,
        };
      await call<void>((done) => item()!.notificationMessages.replaceAsync(key, details, done));
    },
    async removeNotification(key) {
      await call<void>((done) => item()!.notificationMessages.removeAsync(key, done));
    },
    roamingSetting(name) {
      return Office.context.roamingSettings?.get(name);
    },
    async saveRoamingSettings(values) {
      const settings = Office.context.roamingSettings;
      for (const [name, value] of Object.entries(values)) settings.set(name, value);
      await call<void>((done) => settings.saveAsync(done));
    },
    fetchText,
    async onItemChanged(listener) {
      await call<void>((done) => mailbox().addHandlerAsync(Office.EventType.ItemChanged, listener, done));
    },
    async onRecipientsChanged(listener) {
      const current = item();
      if (!isCompose() || typeof current?.addHandlerAsync !== 'function') return;
      await call<void>((done) => current.addHandlerAsync(Office.EventType.RecipientsChanged, listener, done));
    },
  };
}
