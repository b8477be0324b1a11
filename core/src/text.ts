/**
 * Folding: the text rules match against, the one place obfuscation is undone.
 * Invisible characters vanish, compatibility forms and look-alike letters
 * become plain Latin, curly quotes and dashes become ASCII, runs of spaces and
 * tabs become one space (none at the start or end of a line) and runs of
 * blank lines one blank line. `map[i]` is the offset in the original of
 * folded character i, so a match in folded text maps back to the user's own
 * words.
 */
import homoglyphData from '../data/homoglyphs.json';

export interface Folded {
  text: string;
  /** Original offset of each folded character, plus one entry for the end. */
  map: Uint32Array;
}

/**
 * Characters that show nothing, or nothing of their own, and can be slipped inside a word: soft hyphen, zero-width
 * and joiner characters, bidi controls and isolates (U+202A–202E, U+2066–2069), Hangul fillers (U+115F, U+1160,
 * U+3164, U+FFA0), variation selectors, the byte-order mark, tag characters (U+E0000–E007F) and combining marks
 * standing after a letter (a combining low line under each letter underlines a word without changing it).
 * Sources: Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt) and the Combining
 * Diacritical Marks blocks.
 */
const INVISIBLE = /^(?:[\u00ad\u0300-\u036f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e\u2060-\u206f\u20d0-\u20ff\u3164\ufe00-\ufe0f\ufe20-\ufe2f\ufeff\uffa0]|\udb40[\udc00-\udc7f\udd00-\uddef])$/;
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2028': '\n', '\u2029': '\n', '\r': '\n',
};
const HOMOGLYPHS: Record<string, string> = homoglyphData.map;

/** A character whose compatibility form is longer than this (U+FDFA is eighteen letters of Arabic) stays as it is: folding never grows text more than fourfold. */
const LONGEST_FOLD = 4;
const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * One pass over the text, writing folded UTF-16 code units and their original
 * offsets into typed arrays. Besides the characters above, layout is folded
 * so that it hides nothing and costs nothing: a run of spaces and tabs (and of
 * any space a compatibility form makes) becomes one space, and a run of blank
 * lines becomes one blank line. Line breaks themselves stay, as the quote,
 * signature and paragraph readers read lines.
 */
export function fold(original: string): Folded {
  let units = new Uint16Array(original.length + 1);
  let map = new Uint32Array(original.length + 1);
  let length = 0;
  /** Where the run of spaces now being read began in the original, or -1. */
  let spaceFrom = -1;
  /** Line breaks written since the last visible character (the start counts as one): a third is a blank line too many. */
  let breaks = 1;
  const write = (code: number, offset: number) => {
    if (length + 1 >= units.length) {
      const grownUnits = new Uint16Array(units.length * 2);
      grownUnits.set(units);
      units = grownUnits;
      const grownMap = new Uint32Array(map.length * 2);
      grownMap.set(map);
      map = grownMap;
    }
    units[length] = code;
    map[length++] = offset;
  };
  const writeVisible = (part: string, offset: number) => {
    if (spaceFrom >= 0 && breaks === 0) write(SPACE, spaceFrom);
    spaceFrom = -1;
    breaks = 0;
    for (let index = 0; index < part.length; index++) write(part.charCodeAt(index), offset);
  };
  // Spaces at the start or end of a line show nothing: they go, so a phrase wrapped over two lines reads "ruling\ngroup".
  const writeBreak = (offset: number) => {
    spaceFrom = -1;
    if (breaks < 2) write(NEWLINE, offset);
    breaks++;
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code === SPACE || code === 0x09) {
      if (spaceFrom < 0) spaceFrom = i;
    } else if (code === NEWLINE) {
      writeBreak(i);
    } else if (code === 0x0d) {
      if (original.charCodeAt(i + 1) !== NEWLINE) writeBreak(i);
    } else if (code < 0x80) {
      if (spaceFrom >= 0 || breaks > 0) writeVisible(original[i]!, i);
      else write(code, i);
    } else {
      // Keep surrogate pairs together.
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length;
      const folded = foldCharacter(pair ? original.slice(i, i + 2) : original[i]!);
      if (folded === ' ') {
        if (spaceFrom < 0) spaceFrom = i;
      } else if (folded === '\n') {
        writeBreak(i);
      } else if (folded) {
        writeVisible(folded, i);
      }
      if (pair) i++;
    }
  }
  if (spaceFrom >= 0 && breaks === 0) write(SPACE, spaceFrom);
  map[length] = original.length;
  return { text: textOf(units.subarray(0, length)), map: map.slice(0, length + 1) };
}

const foldedCharacters = new Map<string, string>();

/** What one non-ASCII character folds to: nothing, a space, a line break or letters; worked out once per character. */
function foldCharacter(ch: string): string {
  let folded = foldedCharacters.get(ch);
  if (folded === undefined) {
    if (INVISIBLE.test(ch)) folded = '';
    else {
      folded = PUNCTUATION[ch] ?? HOMOGLYPHS[ch] ?? stripMarks(ch.normalize('NFKC'));
      if (folded.length > LONGEST_FOLD) folded = ch;
      else if (/^\s+$/.test(folded) && folded !== '\n') folded = ' ';
    }
    foldedCharacters.set(ch, folded);
  }
  return folded;
}

/**
 * UTF-16 code units to a string, a slice at a time (an argument list has a limit), with nothing beyond ES2016.
 * `apply` reads the typed array as an array-like; spreading it would walk an iterator, five times slower.
 */
function textOf(units: Uint16Array): string {
  const parts: string[] = [];
  for (let start = 0; start < units.length; start += 8_192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(start, start + 8_192) as unknown as number[]));
  }
  return parts.join('');
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

/**
 * What may not come straight before a match: a negative lookbehind, `(?<!…)`, at the start of a pattern, written out
 * for engines before ES2018 (classic Outlook's runtime before Version 2403 has no lookbehind and cannot even parse one).
 */
export interface NotAfter {
  /** The text that bars a match when it ends just before it; anchored with `$`, reading back at most NOT_AFTER_REACH - 1 characters. */
  before: RegExp;
  /** The matches the rule bars, by their text; every match when absent. */
  match?: RegExp;
}

const NOT_AFTER_REACH = 64;

/**
 * Every match of a global pattern that no rule bars, in order, as `matchAll` would give them had the pattern carried
 * its lookbehinds: a barred match is tried again one character on, as the engine does.
 */
export function matchesNotAfter(text: string, pattern: RegExp, rules: readonly NotAfter[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = text.slice(Math.max(0, match.index - NOT_AFTER_REACH), match.index);
    const barred = rules.some((rule) => (!rule.match || rule.match.test(match![0])) && rule.before.test(before));
    if (barred || match[0] === '') pattern.lastIndex = match.index + 1;
    if (!barred) found.push(match);
  }
  pattern.lastIndex = 0;
  return found;
}

/** A text file's bytes: UTF-16 when its byte-order mark says so, else UTF-8 (a mark dropped); bad bytes become U+FFFD, never an error. */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
