/**
 * Answers remembered by sentence, so that a re-check after an edit reads only
 * the sentences that changed (a host re-checks the whole draft as the user
 * types). Each store keeps its newest answers up to a bound, and every store
 * is registered here, so that one call forgets them all.
 */

/** Enough for the sentences of several long drafts open at once. */
const KEPT = 4_000;
const stores: Map<string, unknown>[] = [];

/**
 * A store of answers by key. The key must hold everything the answer depends
 * on: the sentence text, and whatever else the reader is given (the sentence
 * before, the council).
 */
export function rememberer<T>(): (key: string, read: () => T) => T {
  const store = new Map<string, T>();
  stores.push(store);
  return (key, read) => {
    if (store.has(key)) return store.get(key) as T;
    const answer = read();
    if (store.size >= KEPT) store.delete(store.keys().next().value!);
    store.set(key, answer);
    return answer;
  };
}

/** Forgets every remembered answer, so the next check reads each sentence afresh (the benchmark's full-check timing). */
export function forgetRemembered(): void {
  for (const store of stores) store.clear();
}
