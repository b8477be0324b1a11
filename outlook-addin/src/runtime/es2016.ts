/**
 * What the on-send bundle needs from an engine newer than ES2016, supplied
 * here where the engine lacks it. Classic Outlook on Windows runs event
 * handlers in its JavaScript-only runtime (Microsoft, "Runtimes in Office
 * Add-ins", docs/testing/runtimes.md), which before Version 2403 is an
 * ES2016 engine (issue #12: `Object.fromEntries is not a function`).
 *
 * The build compiles this file on its own and puts it before the bundle (a
 * prelude), because esbuild's own helpers at the top of the bundle take
 * `Object.getOwnPropertyDescriptors` as they load. Each method is added to
 * its built-in only where the engine lacks it, and follows its ECMAScript
 * definition as far as the core, zod and compromise use it.
 */

type AnyFunction = (...args: any[]) => any;

function install(target: object, name: string, value: AnyFunction): void {
  if (typeof (target as Record<string, unknown>)[name] === 'function') return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function toLength(value: number): number {
  const n = Math.trunc(Number(value)) || 0;
  return n < 0 ? 0 : n;
}

function relativeIndex(length: number, index: number): number {
  const n = Math.trunc(Number(index)) || 0;
  return n < 0 ? length + n : n;
}

// ES2017
install(Object, 'entries', (object: Record<string, unknown>) => Object.keys(object).map((key) => [key, object[key]]));
install(Object, 'values', (object: Record<string, unknown>) => Object.keys(object).map((key) => object[key]));
install(Object, 'getOwnPropertyDescriptors', (object: object) => {
  const descriptors: Record<PropertyKey, PropertyDescriptor> = {};
  for (const key of Reflect.ownKeys(object)) descriptors[key as string] = Object.getOwnPropertyDescriptor(object, key)!;
  return descriptors;
});
function pad(atStart: boolean) {
  return function (this: string, maxLength: number, filler?: string): string {
    const text = String(this);
    const fill = filler === undefined ? ' ' : String(filler);
    const room = toLength(maxLength) - text.length;
    if (room <= 0 || fill === '') return text;
    let padding = '';
    while (padding.length < room) padding += fill;
    padding = padding.slice(0, room);
    return atStart ? padding + text : text + padding;
  };
}
install(String.prototype, 'padStart', pad(true));
install(String.prototype, 'padEnd', pad(false));

// ES2018
install(Promise.prototype, 'finally', function (this: Promise<unknown>, onFinally?: () => unknown) {
  if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
  return this.then(
    (value) => Promise.resolve(onFinally()).then(() => value),
    (reason) => Promise.resolve(onFinally()).then(() => { throw reason; }),
  );
});

// ES2019
install(Object, 'fromEntries', (entries: Iterable<readonly [PropertyKey, unknown]>) => {
  const object: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) object[key as string] = value;
  return object;
});
install(String.prototype, 'trimStart', function (this: string) { return String(this).replace(/^[\s\uFEFF\xA0]+/, ''); });
install(String.prototype, 'trimEnd', function (this: string) { return String(this).replace(/[\s\uFEFF\xA0]+$/, ''); });
function flatten(source: readonly unknown[], depth: number, into: unknown[]): unknown[] {
  for (let i = 0; i < source.length; i++) {
    if (!(i in source)) continue;
    const value = source[i];
    if (depth > 0 && Array.isArray(value)) flatten(value, depth - 1, into);
    else into.push(value);
  }
  return into;
}
install(Array.prototype, 'flat', function (this: unknown[], depth?: number) {
  return flatten(this, depth === undefined ? 1 : Math.trunc(Number(depth)) || 0, []);
});
install(Array.prototype, 'flatMap', function (this: unknown[], callback: AnyFunction, thisArg?: unknown) {
  const out: unknown[] = [];
  for (let i = 0; i < this.length; i++) {
    if (!(i in this)) continue;
    const value = callback.call(thisArg, this[i], i, this);
    if (Array.isArray(value)) flatten(value, 0, out);
    else out.push(value);
  }
  return out;
});

// ES2020
install(Promise, 'allSettled', (values: Iterable<unknown>) => Promise.all(Array.from(values, (value) => Promise.resolve(value).then(
  (result) => ({ status: 'fulfilled', value: result }),
  (reason) => ({ status: 'rejected', reason }),
))));
install(String.prototype, 'matchAll', function* (this: string, regexp: RegExp) {
  if (!regexp.global) throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
  const text = String(this);
  // A copy made as the specification makes it, through the constructor's species (so an emulated pattern stays one).
  const Species = (regexp.constructor as unknown as Record<symbol, RegExpConstructor | undefined>)?.[Symbol.species] ?? RegExp;
  const matcher = new Species(regexp, regexp.flags);
  matcher.lastIndex = regexp.lastIndex;
  for (;;) {
    const match = matcher.exec(text);
    if (!match) return;
    if (match[0] === '') matcher.lastIndex += 1;
    yield match;
  }
});

// ES2021
install(String.prototype, 'replaceAll', function (this: string, search: string | RegExp, replacement: any) {
  if (Object.prototype.toString.call(search) === '[object RegExp]') {
    if (!(search as RegExp).global) throw new TypeError('replaceAll must be called with a global RegExp');
    return String(this).replace(search as RegExp, replacement);
  }
  const text = String(this);
  const needle = String(search);
  const parts = text.split(needle);
  if (typeof replacement !== 'function') return parts.join(String(replacement).replace(/\$/g, '$$'));
  let out = parts[0]!;
  let position = parts[0]!.length;
  for (let i = 1; i < parts.length; i++) {
    out += String(replacement(needle, position, text)) + parts[i];
    position += needle.length + parts[i]!.length;
  }
  return out;
});

// ES2022
install(Object, 'hasOwn', (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key));
function at(this: ArrayLike<unknown> | string, index: number) {
  const list = typeof this === 'string' || this instanceof String ? String(this) : this;
  const position = relativeIndex(list.length, index);
  return position < 0 || position >= list.length ? undefined : list[position];
}
install(Array.prototype, 'at', at);
install(String.prototype, 'at', at);

// ES2023
install(Array.prototype, 'findLast', function (this: unknown[], predicate: AnyFunction, thisArg?: unknown) {
  for (let i = this.length - 1; i >= 0; i--) if (predicate.call(thisArg, this[i], i, this)) return this[i];
  return undefined;
});
install(Array.prototype, 'findLastIndex', function (this: unknown[], predicate: AnyFunction, thisArg?: unknown) {
  for (let i = this.length - 1; i >= 0; i--) if (predicate.call(thisArg, this[i], i, this)) return i;
  return -1;
});
