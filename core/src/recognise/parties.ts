/**
 * Party references: "Labour", "the Conservatives", "Lib Dem", "(Con)". Matched
 * on folded text, so zero-width characters and look-alike letters do not hide
 * a party name. Capitalisation matters: "labour costs" is not a party.
 */
import type { CouncilConfig } from '../model.ts';
import { wordsAfter } from '../nlp/words.ts';
import { escapeRegExp, matchesNotAfter, type NotAfter } from '../text.ts';
import partyData from '../../data/parties.json';

export interface PartyMention {
  start: number;
  end: number;
  party: string;
  /** False for "Independent", which on its own is no party affiliation. */
  affiliation: boolean;
  abbreviation: boolean;
}

interface PartyLexicon {
  pattern: RegExp;
  abbreviations: RegExp;
  listed: RegExp;
  byForm: Map<string, { party: string; affiliation: boolean }>;
}

const lexicons = new WeakMap<CouncilConfig, PartyLexicon>();
const ORDINARY = new Set(partyData.alsoOrdinary.map((short) => short.toLowerCase()));
/** Between the items of a bracketed list: a comma, semicolon or slash, or a spaced dash. */
const LIST_SEPARATOR = String.raw`(?:\s*[,;/]|\s+-)\s*`;

export function partyLexicon(config: CouncilConfig): PartyLexicon {
  const cached = lexicons.get(config);
  if (cached) return cached;
  const byForm = new Map<string, { party: string; affiliation: boolean }>();
  const abbreviations = new Map<string, { party: string; affiliation: boolean }>();
  const listable: string[] = [];
  for (const entry of partyData.entries) {
    const affiliation = entry.affiliation !== false;
    for (const form of entry.forms) byForm.set(form.toLowerCase(), { party: entry.name, affiliation });
    for (const short of entry.abbreviations) abbreviations.set(short.toLowerCase(), { party: entry.name, affiliation });
    listable.push(...entry.abbreviations.filter((short) => !ORDINARY.has(short.toLowerCase())));
  }
  const local = [...config.parties, ...config.members.map((member) => member.party ?? '')].filter(Boolean);
  for (const name of local) {
    const key = name.toLowerCase();
    if (!byForm.has(key)) byForm.set(key, { party: name, affiliation: !/^independents?$/i.test(name) });
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(formPattern);
  const listed = `(?:${listable.flatMap((short) => [escapeRegExp(short), escapeRegExp(short.toUpperCase())]).join('|')})`;
  const item = String.raw`[^()\n]{1,40}`;
  const lexicon: PartyLexicon = {
    pattern: new RegExp(`(?:${forms.join('|')})(?![\\w])`, 'g'),
    abbreviations: new RegExp(`\\((?:${[...abbreviations.keys()].map(escapeRegExp).join('|')})\\.?\\)`, 'gi'),
    // One item of a short bracketed list: "(Lab, Northfield)", "(Northfield ward; Lab)", "(Con - Abbey)".
    listed: new RegExp(`\\((?:${item}?${LIST_SEPARATOR}(${listed})\\.?(?:${LIST_SEPARATOR}${item})?|(${listed})\\.?${LIST_SEPARATOR}${item})\\)`, 'g'),
    byForm: new Map([...byForm, ...[...abbreviations].map(([key, value]) => [`(${key})`, value] as const)]),
  };
  lexicons.set(config, lexicon);
  return lexicon;
}

/**
 * A form matches with a capital first letter, the rest in any case ("Lib Dem", "LIB DEM", "LaBoUr" written to slip
 * past a checker), never in lower case ("labour costs").
 */
function formPattern(form: string): string {
  const words = form.split(/\s+/).map((word) => {
    const escaped = escapeRegExp(word);
    const first = escaped[0]!;
    const capital = /[a-z]/i.test(first) ? `[${first.toUpperCase()}]` : first;
    const rest = escaped.slice(1).replace(/[a-z]/gi, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
    return `${capital}${rest}`;
  });
  return words.join('[\\s-]+');
}

/** A party's name is a word of its own, never the end of a longer one ("Non-Labour"). */
const NOT_IN_WORD: NotAfter[] = [{ before: /[\w-]$/ }];

export function findParties(text: string, config: CouncilConfig): PartyMention[] {
  const lexicon = partyLexicon(config);
  const mentions: PartyMention[] = [];
  for (const match of matchesNotAfter(text, lexicon.pattern, NOT_IN_WORD)) {
    const entry = lexicon.byForm.get(match[0].toLowerCase().replace(/[\s-]+/g, ' '));
    if (!entry || isOrdinaryWord(text, match.index!, match[0])) continue;
    mentions.push({ start: match.index!, end: match.index! + match[0].length, ...entry, abbreviation: false });
  }
  for (const match of text.matchAll(lexicon.abbreviations)) {
    const entry = lexicon.byForm.get(match[0].toLowerCase().replace('.', ''));
    if (!entry) continue;
    mentions.push({ start: match.index!, end: match.index! + match[0].length, ...entry, abbreviation: true });
  }
  for (const match of text.matchAll(lexicon.listed)) {
    const entry = lexicon.byForm.get(`(${(match[1] ?? match[2])!.toLowerCase()})`);
    if (!entry) continue;
    mentions.push({ start: match.index!, end: match.index! + match[0].length, ...entry, abbreviation: true });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const ORDINARY_FOLLOWERS = /^\s+(?:belt|space|spaces|lane|street|road|park|bin|bins|waste|energy|flag|light|infrastructure|travel|homes|wall|corridor|deal|book|paper|room|shoots|credentials|roof|roofs|buildings|recycling|garden|gardens|area|areas|square|close|way|end|hill|court)\b/i;

const LABOUR_FOLLOWERS = /^\s+(?:market|markets|cost|costs|shortage|shortages|force|supply|rates?|relations|intensive)\b/i;

/** "Green Lane", "Reform of the system", sentence-initial "Independent advice" or "Labour costs": not parties. */
function isOrdinaryWord(text: string, index: number, form: string): boolean {
  const lower = form.toLowerCase();
  const after = wordsAfter(text, index + form.length, 2);
  if ((lower === 'green' || lower === 'independent' || lower === 'reform') && ORDINARY_FOLLOWERS.test(after)) return true;
  if (lower === 'reform' && /^\s+(?:of|to|the)\b/i.test(after)) return true;
  if (lower === 'labour' && LABOUR_FOLLOWERS.test(after)) return true;
  return false;
}
