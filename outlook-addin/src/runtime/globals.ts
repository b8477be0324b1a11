/**
 * `globalThis` and `BigInt` for the bundle (esbuild `inject`: these exports
 * stand in for the globals inside the bundle only), on an engine that has
 * neither (ES2016).
 */

/** The global object, from the build's banner (`var __probityGlobal = this;` at the top of the script). */
declare const __probityGlobal: typeof globalThis;
const globalObject = __probityGlobal;

/**
 * zod builds its int64 ranges with BigInt when it loads; Probity declares no
 * bigint schema, so on an engine without BigInt plain numbers stand in.
 */
const bigInt: (value: string | number) => bigint | number = typeof BigInt === 'function' ? BigInt : (value) => Number(value);

export { globalObject as globalThis, bigInt as BigInt };
