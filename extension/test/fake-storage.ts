/** A storage area that behaves like the extension's: values are copied in and out, as the browser serialises them. */
import type { StorageAreaLike } from '../src/settings.ts';

export function area(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (typeof key === 'string' && key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
    },
  };
}
