/**
 * Classic Outlook's JavaScript-only runtime as the on-send bundle meets it
 * before Version 2403, in a bare `node:vm` context: an ES2016 engine (every
 * built-in added since removed, regular expressions limited to ES2016
 * syntax: no lookbehind, named groups, `\p{…}` or `s` flag), an `Intl`
 * without time-zone data or `formatToParts`, no DOM, no local storage, and a minimal `Office` holding one message, written to
 * Microsoft's documented contract for event-based add-ins:
 * `Office.actions.associate`, `event.completed(options)` with
 * `SmartAlertsEventCompletedOptions` (allowEvent, errorMessage,
 * sendModeOverride: "promptUser" from Mailbox 1.14), the item's `getAsync`
 * methods with `Office.AsyncResult` callbacks, `item.sessionData` (Mailbox
 * 1.11) and `Office.context.requirements.isSetSupported`.
 * Sources: learn.microsoft.com/javascript/api/outlook (Office.SmartAlertsEventCompletedOptions,
 * Office.MailboxEnums.SendModeOverride, Office.SessionData, Office.MessageCompose).
 */
import vm from 'node:vm';
import { isEs2016Pattern } from '../es2016-syntax.mjs';
import { OFFICE_ENUMS, versionAtMost, type ItemSpec } from './office-mock.ts';


/** Built-ins of ECMAScript 2017 and later (and engine extras), removed from the context before the bundle runs. */
export const POST_ES2016_BUILT_INS = [
  'Object.entries', 'Object.values', 'Object.getOwnPropertyDescriptors', 'Object.fromEntries', 'Object.hasOwn',
  'Object.groupBy', 'Map.groupBy',
  'String.prototype.padStart', 'String.prototype.padEnd', 'String.prototype.trimStart', 'String.prototype.trimEnd',
  'String.prototype.trimLeft', 'String.prototype.trimRight', 'String.prototype.matchAll', 'String.prototype.replaceAll',
  'String.prototype.at', 'String.prototype.isWellFormed', 'String.prototype.toWellFormed',
  'Array.prototype.flat', 'Array.prototype.flatMap', 'Array.prototype.at', 'Array.prototype.findLast',
  'Array.prototype.findLastIndex', 'Array.prototype.toSorted', 'Array.prototype.toReversed', 'Array.prototype.toSpliced',
  'Array.prototype.with', 'Array.fromAsync',
  'Promise.prototype.finally', 'Promise.allSettled', 'Promise.any', 'Promise.withResolvers', 'Promise.try',
  'Symbol.prototype.description', 'Symbol.asyncIterator',
  'globalThis', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'WeakRef', 'FinalizationRegistry', 'AggregateError',
  'SharedArrayBuffer', 'Atomics', 'Iterator', 'Intl.Segmenter', 'Intl.ListFormat', 'Intl.RelativeTimeFormat',
  'Intl.DisplayNames', 'Intl.Locale', 'Intl.DateTimeFormat.prototype.formatToParts', 'Intl.DateTimeFormat.prototype.formatRange',
];


type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;

export interface BareOutlook {
  context: vm.Context;
  /** Every pattern the bundle has compiled with `RegExp`, and its flags, so far. */
  compiled: Array<[pattern: string, flags: string]>;
  /** The handlers the bundle registered with `Office.actions.associate`, by action id. */
  associated: Map<string, (event: unknown) => unknown>;
  sessionData: Record<string, string>;
  notifications: Map<string, { type: string; message: string }>;
  /** The regular-expression searches made so far (every `exec`, which `test`, `match`, `replace` and `split` call); 0 unless counted. */
  work(): number;
  /** Sends the message: runs the OnMessageSend handler and resolves with what it passed to `event.completed`. */
  send(): Promise<unknown[][]>;
}

export interface BareOptions {
  /** The highest Mailbox requirement set the client supports; default 1.13 (classic Outlook 2021-era). */
  mailbox?: string;
  /** The clock's reading for `new Date()` and `Date.now()`; default the real one. */
  now?: Date;
  /** The runtime's fetch, for a build that reads council.json; default none. */
  fetch?: (url: string) => Promise<unknown>;
  /** Session data already on the item. */
  sessionData?: Record<string, string>;
  /** Count the regular-expression searches the bundle makes (`work()`), a measure of its work that no busy machine skews. */
  countWork?: boolean;
}


/**
 * The context before the bundle runs: ES2016 built-ins only, and the host's
 * timers. Each pattern given to `RegExp` is parsed as ES2016 and noted in `compiled`.
 */
export function es2016Context(compiled: Array<[string, string]> = []): vm.Context {
  const context = vm.createContext({ setTimeout, clearTimeout });
  vm.runInContext(`${STRIP}.call(this, ${JSON.stringify(POST_ES2016_BUILT_INS)})`, context);
  const NativeRegExp = vm.runInContext('RegExp', context) as RegExpConstructor;
  // The engine's RegExp: a pattern beyond ES2016 syntax is a SyntaxError, as on the old engine.
  const check = (pattern: unknown, flags: unknown) => {
    const source = pattern instanceof NativeRegExp ? pattern.source : pattern === undefined ? '' : String(pattern);
    const chosen = flags === undefined ? (pattern instanceof NativeRegExp ? pattern.flags : '') : String(flags);
    compiled.push([source, chosen]);
    if (!isEs2016Pattern(source, chosen)) throw new (vm.runInContext('SyntaxError', context))(`Invalid regular expression: /${source}/${chosen}`);
  };
  context.RegExp = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      check(args[0], args[1]);
      return Reflect.construct(target, args, newTarget === context.RegExp ? target : newTarget);
    },
    apply(target, self, args) {
      check(args[0], args[1]);
      return Reflect.apply(target, self, args);
    },
  });
  return context;
}

/**
 * Runs inside the context (as source text, so no transpiler touches it):
 * removes each named built-in, and every time zone but UTC from Intl.
 */
const STRIP = `(function (names) {
  var root = this;
  names.forEach(function (name) {
    var path = name.split('.');
    var last = path.pop();
    var owner = path.reduce(function (object, part) { return object && object[part]; }, root);
    if (owner) delete owner[last];
  });
  var NativeFormat = root.Intl.DateTimeFormat;
  var WithoutZones = function DateTimeFormat(locales, options) {
    var zone = options && options.timeZone;
    if (zone !== undefined && String(zone).toUpperCase() !== 'UTC') throw new RangeError('Invalid time zone specified: ' + zone);
    return new NativeFormat(locales, options);
  };
  WithoutZones.prototype = NativeFormat.prototype;
  root.Intl.DateTimeFormat = WithoutZones;
})`;

/** Loads the bundle into a fresh ES2016 context holding one message. */
export function loadBundle(code: string, spec: ItemSpec, options: BareOptions = {}): BareOutlook {
  const compiled: Array<[string, string]> = [];
  const context = es2016Context(compiled);
  const inRealm = <T>(value: T): T => (value === undefined ? value : vm.runInContext('JSON.parse', context)(JSON.stringify(value)));
  const ok = (callback: Callback, value?: unknown) => callback(inRealm({ status: 'succeeded', value }));
  const failed = (callback: Callback, message: string) => callback(inRealm({ status: 'failed', error: { message } }));
  const details = (person: { name: string; address: string }) => ({ displayName: person.name, emailAddress: person.address });
  const recipients = (list: ItemSpec['to'] = []) => ({ getAsync: (callback: Callback) => ok(callback, list.map(details)) });
  const sessionData: Record<string, string> = { ...options.sessionData };
  const notifications = new Map<string, { type: string; message: string }>();
  const associated = new Map<string, (event: unknown) => unknown>();
  const maxMailbox = options.mailbox ?? '1.13';

  const item = {
    itemType: 'message',
    from: { getAsync: (callback: Callback) => ok(callback, spec.from ? details(spec.from) : undefined) },
    to: recipients(spec.to), cc: recipients(spec.cc), bcc: recipients(spec.bcc),
    subject: { getAsync: (callback: Callback) => ok(callback, spec.subject ?? '') },
    body: {
      getAsync(coercion: string, callback: Callback) {
        if (spec.body_ === 'hang') return;
        if (spec.body_ === 'fail') return failed(callback, 'The body could not be read');
        return ok(callback, coercion === 'html' ? spec.html ?? spec.body ?? '' : spec.body ?? '');
      },
    },
    getComposeTypeAsync: (callback: Callback) => ok(callback, { composeType: spec.composeType ?? 'newMail', coercionType: 'html' }),
    sessionData: {
      getAllAsync: (callback: Callback) => ok(callback, sessionData),
      setAsync(name: string, value: string, callback: Callback) {
        sessionData[name] = value;
        ok(callback);
      },
    },
    notificationMessages: {
      replaceAsync(key: string, message: { type: string; message: string }, callback: Callback) {
        notifications.set(key, { type: message.type, message: message.message });
        ok(callback);
      },
      removeAsync(key: string, callback: Callback) {
        if (!notifications.delete(key)) return failed(callback, 'No notification with that key');
        return ok(callback);
      },
    },
  };
  context.Office = {
    ...OFFICE_ENUMS,
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === 'Mailbox' && versionAtMost(version, maxMailbox) },
      roamingSettings: { get: () => undefined },
      mailbox: { item },
    },
    actions: {
      associate(name: string, handler: (event: unknown) => unknown) {
        associated.set(name, handler);
      },
    },
  };
  if (options.fetch) context.fetch = options.fetch;
  if (options.now) {
    vm.runInContext(`Date = (function (RealDate, fixed) {
      class FixedDate extends RealDate { constructor(...args) { if (args.length) super(...args); else super(fixed); } }
      FixedDate.now = function () { return fixed; };
      return FixedDate;
    })(Date, ${options.now.getTime()});`, context);
  }
  const counter = options.countWork ? vm.runInContext(`(function () {
    var counter = { searches: 0 };
    var exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (text) { counter.searches++; return exec.call(this, text); };
    return counter;
  })()`, context) as { searches: number } : { searches: 0 };
  vm.runInContext(code, context, { filename: 'onsend.js' });

  return {
    context, compiled, associated, sessionData, notifications,
    work: () => counter.searches,
    send() {
      const calls: unknown[][] = [];
      return new Promise((resolve) => {
        const event = { completed: (...args: unknown[]) => { calls.push(args); resolve(calls); } };
        const handler = associated.get('onMessageSendHandler');
        if (!handler) throw new Error('the bundle registered no OnMessageSend handler');
        handler(event);
      });
    },
  };
}
