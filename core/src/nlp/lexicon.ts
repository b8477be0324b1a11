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

export function firstHit(pattern: RegExp, text: string): Hit | null {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  const match = global.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
