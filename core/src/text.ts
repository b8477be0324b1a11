/**
 * Folding: the text rules match against. Zero-width characters vanish,
 * compatibility forms and look-alike letters become plain Latin, curly quotes
 * and dashes become ASCII. `map[i]` is the offset in the original of folded
 * character i, so a match in folded text maps back to the user's own words.
 */
import homoglyphData from '../data/homoglyphs.json';

export interface Folded {
  text: string;
  /** Original offset of each folded character, plus one entry for the end. */
  map: Uint32Array;
}

const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufe00-\ufe0f\ufeff]/;
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2028': '\n', '\u2029': '\n', '\r': '\n',
};
const HOMOGLYPHS: Record<string, string> = homoglyphData.map;

/**
 * Runs of plain ASCII (other than a carriage return) are copied whole; every
 * other character is dropped, replaced or normalised one by one. A 10 MB
 * draft of ordinary text is one slice and one offset table.
 */
export function fold(original: string): Folded {
  const pieces: string[] = [];
  let map = new Uint32Array(original.length + 1);
  let length = 0;
  let runStart = 0;
  // A replacement may be longer than what it replaces ("ﬁ" → "fi"): grow the table, keeping room for the end entry.
  const reserve = (count: number) => {
    if (length + count < map.length) return;
    const grown = new Uint32Array(Math.max(map.length * 2, length + count + 1));
    grown.set(map);
    map = grown;
  };
  const endRun = (end: number) => {
    if (end === runStart) return;
    reserve(end - runStart);
    pieces.push(original.slice(runStart, end));
    for (let offset = runStart; offset < end; offset++) map[length++] = offset;
  };
  const emit = (part: string, offset: number) => {
    reserve(part.length);
    pieces.push(part);
    for (let index = 0; index < part.length; index++) map[length++] = offset;
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80 && code !== 0x0d) continue;
    endRun(i);
    let ch = original[i]!;
    // Keep surrogate pairs together.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < original.length) ch += original[i + 1];
    const start = i;
    i += ch.length - 1;
    runStart = i + 1;
    if (ch === '\r') {
      if (original[i + 1] !== '\n') emit('\n', start);
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    emit(PUNCTUATION[ch] ?? HOMOGLYPHS[ch] ?? stripMarks(ch.normalize('NFKC')), start);
  }
  endRun(original.length);
  map[length++] = original.length;
  return { text: pieces.join(''), map: map.subarray(0, length) };
}

/** Folds a short string for comparison: folded, lower case, whitespace collapsed. */
export function foldKey(value: string): string {
  return fold(value).text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function stripMarks(value: string): string {
  if (value.length === 1) return value;
  const decomposed = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return decomposed.length > 0 ? decomposed : value;
}

/** Maps a folded [start, end) back to the original text. */
export function originalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  const last = Math.max(start, end - 1);
  const originalEnd = end > start ? nextOriginal(folded, last) : folded.map[start]!;
  return { start: folded.map[start]!, end: originalEnd };
}

function nextOriginal(folded: Folded, index: number): number {
  const here = folded.map[index]!;
  for (let i = index + 1; i < folded.map.length; i++) {
    if (folded.map[i]! > here) return folded.map[i]!;
  }
  return folded.map[folded.map.length - 1]!;
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A text file's bytes: UTF-16 when its byte-order mark says so, else UTF-8 (a mark dropped); bad bytes become U+FFFD, never an error. */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
