/**
 * A simulated Outlook host for the task pane in a real browser: injected
 * before the page's own scripts, it provides `Office` with one mail item and
 * records what the pane does to it on `window.__outlook`. Self-contained,
 * because Playwright sends the function's source to the page.
 */
export interface SimulatedItem {
  mode: 'compose' | 'read';
  from: { name: string; address: string };
  to: { name: string; address: string }[];
  cc?: { name: string; address: string }[];
  bcc?: { name: string; address: string }[];
  subject: string;
  body: string;
  created?: string;
  /** Office.context.officeTheme, when the test sets one. */
  theme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
}

export function installSimulatedOutlook(item: SimulatedItem): void {
  type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;
  const state = {
    item,
    sessionData: {} as Record<string, string>,
    roaming: {} as Record<string, unknown>,
    handlers: {} as Record<string, () => void>,
  };
  (window as any).__outlook = state;
  const ok = (callback: Callback, value?: unknown) => setTimeout(() => callback({ status: 'succeeded', value }), 0);
  const details = (person: { name: string; address: string }) => ({ displayName: person.name, emailAddress: person.address });
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = () => `<html><body>${state.item.body.split('\n').map((line) => `<p>${escape(line) || '&nbsp;'}</p>`).join('')}</body></html>`;
  const recipients = (field: 'to' | 'cc' | 'bcc') => (state.item.mode === 'compose'
    ? { getAsync: (callback: Callback) => ok(callback, (state.item[field] ?? []).map(details)) }
    : (state.item[field] ?? []).map(details));

  const mailItem: Record<string, unknown> = {
    itemType: 'message',
    body: { getAsync: (coercion: string, callback: Callback) => ok(callback, coercion === 'html' ? html() : state.item.body) },
    notificationMessages: {
      replaceAsync: (_key: string, _details: unknown, callback: Callback) => ok(callback),
      removeAsync: (_key: string, callback: Callback) => ok(callback),
    },
  };
  if (item.mode === 'compose') {
    Object.assign(mailItem, {
      from: { getAsync: (callback: Callback) => ok(callback, details(state.item.from)) },
      to: recipients('to'), cc: recipients('cc'), bcc: recipients('bcc'),
      subject: { getAsync: (callback: Callback) => ok(callback, state.item.subject) },
      getComposeTypeAsync: (callback: Callback) => ok(callback, { composeType: 'newMail' }),
      sessionData: {
        getAllAsync: (callback: Callback) => ok(callback, { ...state.sessionData }),
        setAsync: (name: string, value: string, callback: Callback) => {
          state.sessionData[name] = value;
          ok(callback);
        },
      },
      addHandlerAsync: (type: string, handler: () => void, callback: Callback) => {
        state.handlers[type] = handler;
        ok(callback);
      },
    });
  } else {
    Object.assign(mailItem, {
      from: details(item.from), to: recipients('to'), cc: recipients('cc'), subject: item.subject,
      dateTimeCreated: new Date(item.created ?? '2026-02-03T10:00:00Z'),
    });
  }

  (window as any).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', RecipientsChanged: 'olkRecipientsChanged' },
    MailboxEnums: { ItemNotificationMessageType: { ErrorMessage: 'errorMessage', InformationalMessage: 'informationalMessage' } },
    context: {
      officeTheme: item.theme,
      requirements: { isSetSupported: () => true },
      roamingSettings: {
        get: (name: string) => state.roaming[name],
        set: (name: string, value: unknown) => { state.roaming[name] = value; },
        saveAsync: (callback: Callback) => ok(callback),
      },
      mailbox: {
        item: mailItem,
        addHandlerAsync: (type: string, handler: () => void, callback: Callback) => {
          state.handlers[type] = handler;
          ok(callback);
        },
      },
    },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      setTimeout(() => callback?.(info), 0);
      return Promise.resolve(info);
    },
  };
}
