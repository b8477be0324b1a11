/** Word lists from core/data compiled once into the shapes the detectors use. */
export function anyOf(patterns: readonly string[], flags = 'i'): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), flags);
}

export function allOf(patterns: readonly string[], flags = 'gi'): RegExp {
  return anyOf(patterns, flags);
}

/** A phrase list as one alternation with word boundaries, longest first. */
export function phrases(list: readonly string[], flags = 'i'): RegExp {
  const sorted = [...list].sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`\\b(?:${sorted.join('|')})\\b`, flags);
}

export interface Hit { start: number; end: number }

/** The global twin of each pattern firstHit has been given, compiled once. */
const globalTwins = new WeakMap<RegExp, RegExp>();

export function firstHit(pattern: RegExp, text: string): Hit | null {
  let global = pattern.global ? pattern : globalTwins.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globalTwins.set(pattern, global);
  }
  global.lastIndex = 0;
  const match = global.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
