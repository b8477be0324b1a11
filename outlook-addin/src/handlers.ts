/**
 * The event-based handlers: the Smart Alerts check on send, and the short
 * notifications while drafting. They run in classic Outlook's JavaScript-only
 * runtime, so nothing here touches the DOM or storage, and every path ends in
 * exactly one `event.completed`, errors and the handler's own timeout included.
 */
import type { Review } from '@probity/core';
import {
  CHECKED_TEXT_LIMIT, checkItem, degradedNote, loadCouncil, messageOf, partReadNote, type CouncilInForce, type CouncilOptions, type PartRead,
} from './check.ts';
import type { MailHost } from './office.ts';
import { readPreferences } from './preferences.ts';
import { recordUncheckedSend } from './local-log.ts';
import {
  NOTIFICATION_KEYS, NOTIFICATION_LIMIT, clip, notificationText, sendVerdict, uncheckedVerdict, type SendVerdict,
} from './verdict.ts';

/** The action ids both manifests declare and `Office.actions.associate` registers. */
export const ACTIONS = {
  messageSending: 'onMessageSendHandler',
  messageRecipientsChanged: 'onMessageRecipientsChangedHandler',
  newMessageComposeCreated: 'onNewMessageComposeHandler',
} as const;

/** The part of an Office launch event the handlers use. */
export interface LaunchEvent {
  completed(options?: SendVerdict): void;
}

export interface HandlerOptions {
  council: CouncilOptions;
  /** The handler's own limit; Outlook's "taking longer than expected" dialog appears at 5 s. */
  timeoutMs: number;
  now?: () => Date;
}

export interface Handlers {
  onMessageSend(event: LaunchEvent): Promise<void>;
  onMessageRecipientsChanged(event: LaunchEvent): Promise<void>;
  onNewMessageCompose(event: LaunchEvent): Promise<void>;
}

const TOO_LONG = 'it took too long';

/** The key of the notice left when a message goes unchecked on a client that cannot ask. */
export const UNCHECKED_KEY = 'probity-unchecked';

export function createHandlers(host: MailHost, options: HandlerOptions): Handlers {
  const now = options.now ?? (() => new Date());
  // One event runtime can serve several events of the same compose window; fetch council.json once.
  let council: Promise<CouncilInForce> | undefined;
  const councilInForce = () => (council ??= loadCouncil(host, options.council));

  /** Checks the item, its text up to CHECKED_TEXT_LIMIT; `note` says plainly what the check could not use or read. */
  function check(): Promise<Review & { note: string | null; partRead: PartRead | null }> {
    return councilInForce().then(async ({ config, source }) => {
      const result = await checkItem(host, config, now(), CHECKED_TEXT_LIMIT);
      const notes = [degradedNote(source), result.partRead && partReadNote(result.partRead)].filter(Boolean);
      return { ...result, note: notes.length ? notes.join(' ') : null };
    });
  }

  /**
   * Runs `work` and guarantees exactly one `event.completed`, whatever happens
   * and however long it takes; settles as soon as the event is completed.
   */
  function guarded(
    event: LaunchEvent,
    work: () => Promise<SendVerdict | undefined>,
    onFailure: (reason: string) => Promise<unknown>,
    fallback: (reason: string) => SendVerdict | undefined,
  ): Promise<void> {
    return new Promise<void>((settle) => {
      let done = false;
      let cancelTimer = () => {};
      const finish = (verdict: SendVerdict | undefined) => {
        if (done) return;
        done = true;
        cancelTimer();
        if (verdict) event.completed(verdict);
        else event.completed();
        settle();
      };
      if (typeof setTimeout === 'function') {
        const timer = setTimeout(() => {
          // The notice is best effort: the message must go now, not when Outlook answers.
          onFailure(TOO_LONG).catch(() => undefined);
          finish(fallback(TOO_LONG));
        }, options.timeoutMs);
        cancelTimer = () => clearTimeout(timer);
      }
      work().then(finish, async (error: unknown) => {
        const reason = messageOf(error);
        if (!done) await onFailure(reason).catch(() => undefined);
        finish(fallback(reason));
      });
    });
  }

  /**
   * A send Probity could not check, or not all of: on Mailbox 1.14 and later
   * Outlook asks the user whether to send anyway; before that the message
   * goes, with a notice on it. Either way it is recorded on this computer.
   */
  const canAsk = () => host.supportsMailbox('1.14');
  const uncheckedSend = (reason: string) => uncheckedVerdict(`Probity could not check this message (${reason}).`, canAsk());
  const recordUnchecked = async (reason: string, notice: string) => {
    await recordUncheckedSend(host, { at: now().toISOString(), reason, asked: canAsk() }).catch(() => undefined);
    if (canAsk()) return;
    await host.replaceNotification(UNCHECKED_KEY, { type: 'info', message: clip(notice, NOTIFICATION_LIMIT) });
  };
  const noteUnchecked = (reason: string) => recordUnchecked(reason, `Probity could not check this message (${reason}), so it was sent unchecked.`);

  async function refreshNotifications(): Promise<undefined> {
    if (!readPreferences(host).notifyWhileDrafting) {
      await clearNotifications();
      return undefined;
    }
    const { findings } = await check();
    for (const severity of ['error', 'warning'] as const) {
      const text = notificationText(findings, severity);
      const key = NOTIFICATION_KEYS[severity];
      if (text) await host.replaceNotification(key, { type: severity === 'error' ? 'error' : 'info', message: text });
      else await host.removeNotification(key).catch(() => undefined);
    }
    return undefined;
  }

  async function clearNotifications(): Promise<void> {
    for (const key of Object.values(NOTIFICATION_KEYS)) await host.removeNotification(key).catch(() => undefined);
  }

  const quietly = () => Promise.resolve();

  return {
    onMessageSend: (event) => guarded(event, async () => {
      const { findings, note, partRead } = await check();
      const verdict = sendVerdict(findings, {
        overrideSendMode: canAsk(),
        markdown: host.supportsMailbox('1.15'),
      }, note);
      // Nothing found in the part read is no answer for the rest: ask, or say so where Outlook cannot ask.
      if (!partRead || !verdict.allowEvent) return verdict;
      const partly = partReadNote(partRead);
      await recordUnchecked(partly, partly);
      return uncheckedVerdict(partly, canAsk());
    }, noteUnchecked, uncheckedSend),
    onMessageRecipientsChanged: (event) => guarded(event, refreshNotifications, quietly, () => undefined),
    onNewMessageCompose: (event) => guarded(event, refreshNotifications, quietly, () => undefined),
  };
}
