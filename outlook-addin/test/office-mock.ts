/**
 * A simulated Outlook for tests: an `office-addin-mock` object (host
 * `outlook`) holding one mail item, which records what the add-in did to it.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { LocalStore } from '../src/office.ts';

export interface Person { name: string; address: string }

export interface ItemSpec {
  mode?: 'compose' | 'read';
  from?: Person;
  to?: Person[];
  cc?: Person[];
  bcc?: Person[];
  subject?: string;
  /** Plain text body; the HTML body is derived from it unless `html` is given. */
  body?: string;
  html?: string;
  composeType?: 'newMail' | 'reply' | 'forward';
  /** When a received item was written. */
  created?: Date;
  /** The item's session data (compose mode). */
  sessionData?: Record<string, string>;
  /** The highest Mailbox requirement set the client supports. */
  mailbox?: string;
  roaming?: Record<string, unknown>;
  /** Make the body unreadable: `fail` answers with an error, `hang` never answers. */
  body_?: 'fail' | 'hang';
}

export interface Recorded {
  notifications: Map<string, { type: string; message: string }>;
  replaced: string[];
  removed: string[];
  sessionData: Record<string, string>;
  /** What the add-in kept on the computer (localStorage / OfficeRuntime.storage). */
  stored: Record<string, string>;
  roaming: Record<string, unknown>;
  associated: Map<string, (event: unknown) => unknown>;
  handlers: Map<string, () => void>;
}

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;
const ok = (callback: Callback, value?: unknown) => callback({ status: 'succeeded', value });

function details(person: Person) {
  return { displayName: person.name, emailAddress: person.address };
}

export function versionAtMost(version: string, max: string): boolean {
  const [a1 = 0, a2 = 0] = version.split('.').map(Number);
  const [b1 = 0, b2 = 0] = max.split('.').map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The values of the Office.js enumerations the add-in reads, as Office.js defines them. */
export const OFFICE_ENUMS = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Html: 'html', Text: 'text' },
  EventType: { ItemChanged: 'olkItemSelectedChanged', RecipientsChanged: 'olkRecipientsChanged' },
  MailboxEnums: {
    ItemNotificationMessageType: { ErrorMessage: 'errorMessage', InformationalMessage: 'informationalMessage' },
    SendModeOverride: { PromptUser: 'promptUser' },
  },
};

/** Builds the mock `Office` global for one item, a store on the computer, and the record of what was done to them. */
export function mockOffice(spec: ItemSpec): { office: any; recorded: Recorded; store: () => LocalStore } {
  const recorded: Recorded = {
    notifications: new Map(), replaced: [], removed: [],
    sessionData: { ...spec.sessionData }, stored: {}, roaming: { ...spec.roaming },
    associated: new Map(), handlers: new Map(),
  };
  const mode = spec.mode ?? 'compose';
  const body = spec.body ?? '';
  const html = spec.html ?? `<html><body>${body.split('\n').map((line) => `<p>${escapeHtml(line) || '&nbsp;'}</p>`).join('')}</body></html>`;
  const recipients = (list: Person[] = []) => (mode === 'compose'
    ? { getAsync: (callback: Callback) => ok(callback, list.map(details)) }
    : list.map(details));

  const item: Record<string, unknown> = {
    itemType: 'message',
    body: {
      getAsync(coercion: string, callback: Callback) {
        if (spec.body_ === 'hang') return;
        if (spec.body_ === 'fail') {
          callback({ status: 'failed', error: { message: 'The body could not be read' } });
          return;
        }
        ok(callback, coercion === 'html' ? html : body);
      },
    },
    notificationMessages: {
      replaceAsync(key: string, message: { type: string; message: string }, callback: Callback) {
        recorded.replaced.push(key);
        recorded.notifications.set(key, { type: message.type, message: message.message });
        ok(callback);
      },
      removeAsync(key: string, callback: Callback) {
        recorded.removed.push(key);
        if (!recorded.notifications.delete(key)) {
          callback({ status: 'failed', error: { message: 'No notification with that key' } });
          return;
        }
        ok(callback);
      },
    },
  };
  if (mode === 'compose') {
    Object.assign(item, {
      from: { getAsync: (callback: Callback) => ok(callback, spec.from ? details(spec.from) : undefined) },
      to: recipients(spec.to), cc: recipients(spec.cc), bcc: recipients(spec.bcc),
      subject: { getAsync: (callback: Callback) => ok(callback, spec.subject ?? '') },
      getComposeTypeAsync: (callback: Callback) => ok(callback, { composeType: spec.composeType ?? 'newMail', coercionType: 'html' }),
      sessionData: {
        getAllAsync: (callback: Callback) => ok(callback, { ...recorded.sessionData }),
        setAsync(name: string, value: string, callback: Callback) {
          recorded.sessionData[name] = value;
          ok(callback);
        },
      },
      addHandlerAsync(type: string, handler: () => void, callback: Callback) {
        recorded.handlers.set(type, handler);
        ok(callback);
      },
    });
  } else {
    Object.assign(item, {
      from: spec.from ? details(spec.from) : undefined,
      to: recipients(spec.to), cc: recipients(spec.cc),
      subject: spec.subject ?? '',
      dateTimeCreated: spec.created ?? new Date('2026-02-03T10:00:00Z'),
    });
  }

  const maxMailbox = spec.mailbox ?? '1.15';
  const office = new OfficeMockObject({
    host: 'outlook',
    ...OFFICE_ENUMS,
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'Mailbox' && versionAtMost(version, maxMailbox),
      },
      roamingSettings: {
        get: (name: string) => recorded.roaming[name],
        set: (name: string, value: unknown) => { recorded.roaming[name] = value; },
        saveAsync: (callback: Callback) => ok(callback),
      },
      mailbox: {
        item,
        addHandlerAsync(type: string, handler: () => void, callback: Callback) {
          recorded.handlers.set(type, handler);
          ok(callback);
        },
      },
    },
    actions: {
      associate(name: string, handler: (event: unknown) => unknown) {
        recorded.associated.set(name, handler);
      },
    },
  }, 'outlook' as never);
  const store: LocalStore = {
    getItem: (key) => recorded.stored[key] ?? null,
    setItem: (key, value) => { recorded.stored[key] = value; },
  };
  return { office, recorded, store: () => store };
}

/** A launch event that counts its completions. */
export function launchEvent() {
  const calls: unknown[][] = [];
  return {
    calls,
    completed: (...args: unknown[]) => { calls.push(args); },
  };
}
