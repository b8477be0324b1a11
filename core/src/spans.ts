/**
 * Searches over spans kept in text order. A draft can name a hundred
 * thousand people or parties; finding the ones near a sentence by binary
 * search keeps the rules in proportion to the draft's length (SPEC 6).
 */
import type { Span } from './model.ts';

/** The first index at which `reached` holds, for a test that is false and then true along `items`. */
export function firstWhere<T>(items: ArrayLike<T>, reached: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reached(items[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The spans of `sorted` (in order of start) that start in [start, end). */
export function startingIn<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let i = firstWhere(sorted, (span) => span.start >= start); i < sorted.length && sorted[i]!.start < end; i++) {
    found.push(sorted[i]!);
  }
  return found;
}

/** The spans of `sorted` (in text order, none overlapping another) that overlap [start, end). */
export function overlapping<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let i = firstWhere(sorted, (span) => span.end > start); i < sorted.length && sorted[i]!.start < end; i++) {
    found.push(sorted[i]!);
  }
  return found;
}
