/** Sends a typed request to the background and returns its typed reply. */
import browser from 'webextension-polyfill';
import type { Request, ResponseFor } from './protocol.ts';

export function sendRequest<T extends Request>(request: T): Promise<ResponseFor[T['type']]> {
  return browser.runtime.sendMessage(request) as Promise<ResponseFor[T['type']]>;
}

/** Tells the background something that needs no answer; if it cannot be told (the extension was just updated), nothing else should fail. */
export function notify(request: Request): void {
  sendRequest(request).catch(() => undefined);
}
