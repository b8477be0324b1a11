/**
 * People named in text: members (from the directory, any "Cllr"/"Councillor"
 * followed by a name, or a member's council role such as "the Leader of the
 * Council"), candidates standing at an election, and officers.
 */
import type { CouncilConfig, Member, Officer } from '../model.ts';
import { rememberer } from '../nlp/remember.ts';
import { wordsBefore } from '../nlp/words.ts';
import { escapeRegExp, matchesNotAfter, type NotAfter } from '../text.ts';
import { findParties } from './parties.ts';
import { stripMemberTitle } from './people.ts';

export interface Mention {
  start: number;
  end: number;
  name: string;
  who: 'member' | 'candidate' | 'officer';
  member?: Member;
  officer?: Officer;
  /** The council role a member was named by ("Leader of the Council"); `name` is the member's when the directory tells who holds it. */
  title?: string;
}

type MemberRole = Member['roles'][number];

/** A council role as a member is named by it; a capture holds the party of a group ("Leader of the Labour Group"). */
/** `keyword` is a plain word every match contains: a text without it is not searched with the costlier `pattern`. */
interface RoleTitle { keyword: RegExp; pattern: RegExp; role: MemberRole | null; opposition?: boolean; notAfter: NotAfter[] }

interface Directory {
  /** Tells one council's remembered paragraphs from another's. */
  id: number;
  /** Whether no name the council's mentions are read by holds a mark that ends a sentence (see `findMentions`). */
  paragraphsApart: boolean;
  names: RegExp | null;
  byName: Map<string, { name: string; who: Mention['who']; member?: Member; officer?: Officer }>;
  bySurname: Map<string, Member[]>;
  roles: RoleTitle[];
}

const TITLE = String.raw`(?:Cllrs?\.?|Councillor|Coun\.?|COUNCILLOR|CLLR)`;
const NAME_WORD = String.raw`(?:[A-Z][a-z]*['\u2019]?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)`;
const TITLED = new RegExp(String.raw`\b${TITLE}\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})`, 'g');
const directories = new WeakMap<CouncilConfig, Directory>();
let directoriesMade = 0;
/** A portfolio: capitalised words, joined by "and", "&", "of" or "the" ("Environment and Transport"), or one lower-case word. */
const PORTFOLIO = String.raw`(?:[A-Z][\w'-]*(?:(?:\s+(?:and|&|of|the)){0,2}\s+[A-Z][\w'-]*){0,5}|[a-z][\w-]*)`;
const THE = String.raw`(?:[Tt]he\s+)?`;
/**
 * The letters after a capital in a committee's or group's name, no more than a long real word holds. An
 * unbounded run would read a long hyphenated run again from each of its words, work that grows with the
 * square of its length (core/test/patterns.test.ts).
 */
const REST_OF_WORD = '{0,39}';
/** Places a civic mayor is "Mayor of": the borough, town or city itself. */
const CIVIC = String.raw`the\s+(?:Borough|Council|Town|City|District)`;
/**
 * A role title next to a name describes that person: "Cllr Jane Okafor, Leader of the Council", "Council Leader Jane Okafor".
 * Each pattern reads whitespace once (a single `\s*` before the optional joiner, never two around it), so a gap of
 * any length is read in linear time.
 */
const NAME_THEN_TITLE = /^\s*(?:[,(-]\s*)?(?:(?:who is|who's|as)\s+)?$/;
const TITLE_THEN_NAME = /^\s*(?:[,:(-]\s*)?$/;
/** Two titles joined like this are one person's: "Leader of the Council and Cabinet Member for Finance". */
const TITLE_THEN_TITLE = /^\s*(?:(?:,|and|&)\s*)?$/;
/** Not "Deputy Leader of …": that is its own title. The rule reads only a match that starts at the word "Leader". */
const NOT_DEPUTY: NotAfter[] = [{ before: /[Dd]eputy\s$/, match: /^[Ll]eader\s+of\b/ }];
/** Not a "Metro Mayor" or a "Deputy Mayor": the rule reads only a match that starts at the word "Mayor". */
const NOT_OTHER_MAYOR: NotAfter[] = [{ before: /(?:Metro|Regional|Deputy)\s$/, match: /^Mayor/ }];

/** The council roles members are named by, and the directory role each stands for (null: none the directory records). */
function roleTitles(config: CouncilConfig): RoleTitle[] {
  const council = escapeRegExp(config.council).replace(/\s+/g, '\\s+');
  const place = escapeRegExp(config.council.replace(/\b(?:Borough|County|District|City|Metropolitan|Royal|London|Council|of|the)\b/gi, '').trim())
    .replace(/\s+/g, '\\s+');
  const ofCouncil = String.raw`\s+of\s+(?:the\s+[Cc]ouncil|${council})\b`;
  const civic = place ? `${CIVIC}|${place}` : CIVIC;
  const chair = String.raw`[Cc]hair(?:man|woman|person)?`;
  const committee = String.raw`(?:(?:[A-Z][\w'&-]${REST_OF_WORD}|and|&|of)\s+){0,6}[Cc]ommittee\b`;
  const group = String.raw`((?:[A-Z][\w-]${REST_OF_WORD}\s+){1,3})[Gg]roup`;
  const titles: Array<[RegExp, string, MemberRole | null, boolean?, NotAfter[]?]> = [
    [/Deputy\s+Leader/, String.raw`\b${THE}(?:[Cc]ouncil(?:'s)?\s+)?Deputy\s+Leader(?:${ofCouncil})?(?!\s+of\b)`, 'deputy-leader'],
    [/Deputy\s+Leader/, String.raw`\b${THE}Deputy\s+Leader\s+of\s+the\s+(?:[Oo]pposition|(?:[A-Z][\w-]${REST_OF_WORD}\s+){1,3}[Gg]roup)\b`, null],
    [/[Ll]eader/, String.raw`\b${THE}[Ll]eader${ofCouncil}|\b${THE}[Cc]ouncil(?:'s)?\s+[Ll]eader\b`, 'leader', false, NOT_DEPUTY],
    [/[Ll]eader/, String.raw`\b${THE}[Ll]eader\s+of\s+the\s+${group}\b|\b${THE}${group}\s+[Ll]eader\b`, 'group-leader', false, NOT_DEPUTY],
    [/[Oo]pposition/, String.raw`\b${THE}[Ll]eader\s+of\s+the\s+[Oo]pposition\b|\b${THE}[Oo]pposition\s+(?:[Gg]roup\s+)?[Ll]eader\b`, 'group-leader', true, NOT_DEPUTY],
    [/[Mm]ember|[Hh]older/, String.raw`\b${THE}(?:(?:[Cc]abinet|[Ee]xecutive|[Ll]ead)\s+[Mm]ember|[Pp]ortfolio\s+[Hh]older)\s+(?:responsible\s+)?for\s+${PORTFOLIO}`, 'cabinet'],
    [/Mayor/, String.raw`\b${THE}(?:Lord\s+|Civic\s+|Ceremonial\s+)?Mayor\b(?:\s+of\s+(?:${civic})\b)?(?!\s+of\b|'s\s+Office|\s+[A-Z][a-z]+\s+[A-Z][a-z]+)`, 'mayor', false, NOT_OTHER_MAYOR],
    [/Deputy\s+Mayor/, String.raw`\b${THE}Deputy\s+Mayor\b`, null],
    [/[Cc]hair/, String.raw`\b${THE}${chair}\s+of\s+(?:the\s+)?${committee}|\b${THE}(?:[A-Z][\w'-]${REST_OF_WORD}\s+){1,4}Committee\s+${chair}\b`, 'chair'],
    [/Vice[- ][Cc]hair/, String.raw`\b${THE}Vice[- ]${chair}\s+of\s+(?:the\s+)?${committee}|\b${THE}(?:[A-Z][\w'-]${REST_OF_WORD}\s+){1,4}Committee\s+Vice[- ]${chair}\b`, 'vice-chair'],
  ];
  return titles.map(([keyword, source, role, opposition, notAfter = []]) => ({ keyword, pattern: new RegExp(source, 'g'), role, opposition, notAfter }));
}

function directory(config: CouncilConfig): Directory {
  const cached = directories.get(config);
  if (cached) return cached;
  const byName: Directory['byName'] = new Map();
  const bySurname: Directory['bySurname'] = new Map();
  for (const member of config.members) {
    const name = stripMemberTitle(member.name);
    byName.set(name.toLowerCase(), { name, who: 'member', member });
    const surname = name.split(/\s+/).pop()!.toLowerCase();
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), member]);
  }
  for (const election of config.elections) {
    for (const candidate of election.candidates) {
      if (!byName.has(candidate.toLowerCase())) byName.set(candidate.toLowerCase(), { name: candidate, who: 'candidate' });
    }
  }
  for (const officer of config.officers) {
    if (!byName.has(officer.name.toLowerCase())) byName.set(officer.name.toLowerCase(), { name: officer.name, who: 'officer', officer });
  }
  const alternatives = [...byName.values()].map((entry) => entry.name)
    .sort((a, b) => b.length - a.length).map((name) => escapeRegExp(name).replace(/\s+/g, '\\s+'));
  const result: Directory = {
    id: directoriesMade++,
    paragraphsApart: ![config.council, ...[...byName.values()].map((entry) => entry.name)].some((name) => SENTENCE_END.test(name)),
    names: alternatives.length ? new RegExp(`(?:\\b${TITLE}\\s+)?\\b(?:${alternatives.join('|')})\\b`, 'gi') : null,
    byName,
    bySurname,
    roles: roleTitles(config),
  };
  directories.set(config, result);
  return result;
}

/** A mark that ends a sentence. */
const SENTENCE_END = /[.!?]/;
/** A sentence's end and the white space after it; a paragraph break when that holds a blank line. */
const SENTENCE_GAP = /[.!?](\s+)/g;
/** A title that ends in a full stop: "Cllr.\n\nJane Okafor" names her across the blank line. */
const TITLE_STOP = /\b(?:cllrs?|coun)$/i;
/** Paragraphs up to this length are remembered: a host re-checks the whole draft as the user types, and most paragraphs have not changed. */
const REMEMBERED_PARAGRAPH = 4_000;
const rememberParagraph = rememberer<Mention[]>();

/**
 * Everyone named in `text`, earliest first, without overlaps: read paragraph
 * by paragraph, each paragraph remembered, so a re-check after an edit reads
 * only the paragraph that changed. Paragraphs are split only where no reading
 * reaches across: at a blank line after a sentence's end. Every pattern here
 * crosses white space only between words that hold no such mark (the one
 * title that ends in a full stop excepted), a name next to a title is read
 * across nothing but white space and a comma, and a party's own office looks
 * back across only white space; a council whose names hold such a mark is read whole.
 */
export function findMentions(text: string, config: CouncilConfig): Mention[] {
  const { id, paragraphsApart } = directory(config);
  if (!paragraphsApart) return mentionsIn(text, config);
  const found: Mention[] = [];
  let start = 0;
  const readParagraph = (end: number) => {
    const paragraph = text.slice(start, end);
    const mentions = paragraph.length > REMEMBERED_PARAGRAPH
      ? mentionsIn(paragraph, config)
      : rememberParagraph(`${id}\n${paragraph}`, () => mentionsIn(paragraph, config));
    for (const mention of mentions) found.push({ ...mention, start: mention.start + start, end: mention.end + start });
  };
  for (const gap of text.matchAll(SENTENCE_GAP)) {
    const end = gap.index + 1;
    if (!/\n[^\S\n]*\n/.test(gap[1]!) || TITLE_STOP.test(text.slice(Math.max(start, gap.index - 5), gap.index))) continue;
    readParagraph(end);
    start = end + gap[1]!.length;
  }
  readParagraph(text.length);
  return found;
}

/** Everyone named in `text`, read whole: `findMentions` reads it so a paragraph at a time. */
export function mentionsIn(text: string, config: CouncilConfig): Mention[] {
  const { names, byName, bySurname } = directory(config);
  const named: Mention[] = [];
  if (names) {
    for (const match of text.matchAll(names)) {
      const bare = stripMemberTitle(match[0]).replace(/\s+/g, ' ').toLowerCase();
      const entry = byName.get(bare);
      if (entry) named.push({ start: match.index!, end: match.index! + match[0].length, ...entry });
    }
  }
  const found = [...named];
  // Both lists come in text order, so one pass finds the directory names a titled name overlaps.
  let next = 0;
  for (const match of text.matchAll(TITLED)) {
    const start = match.index!;
    const end = start + match[0].length;
    while (next < named.length && named[next]!.end <= start) next++;
    if (next < named.length && named[next]!.start < end) continue;
    const words = match[1]!.split(/\s+/);
    const surnameMatches = bySurname.get(words[words.length - 1]!.toLowerCase())
      ?? bySurname.get(words[0]!.toLowerCase());
    const member = surnameMatches?.length === 1 ? surnameMatches[0] : undefined;
    found.push({ start, end, name: member ? stripMemberTitle(member.name) : match[1]!, who: 'member', member });
  }
  found.sort((a, b) => a.start - b.start);
  return [...found, ...roleMentions(text, config, found)].sort((a, b) => a.start - b.start);
}

/**
 * Members named by their council role: "The Leader of the Council said",
 * "the Cabinet Member for Housing". The directory tells who when one member
 * holds the role; a title next to a name describes that name, so it adds nobody.
 */
function roleMentions(text: string, config: CouncilConfig, named: readonly Mention[]): Mention[] {
  const matches: Array<{ start: number; end: number; title: RoleTitle; party: string | undefined }> = [];
  for (const title of directory(config).roles) {
    if (!title.keyword.test(text)) continue;
    for (const match of matchesNotAfter(text, title.pattern, title.notAfter)) {
      const group = match.slice(1).find((words) => words !== undefined);
      const party = group === undefined ? undefined : findParties(group, config)[0]?.party;
      // "the Working Group Leader" is no party's group.
      if (group !== undefined && !party) continue;
      if (PARTY_OFFICE_KEYWORD.test(match[0]) && !COUNCIL_OFFICE.test(match[0]) && isNationalRole(text, match.index!, config)) continue;
      matches.push({ start: match.index!, end: match.index! + match[0].length, title, party });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const holders = new Map<string, Member | undefined>();
  const found: Mention[] = [];
  let next = 0;
  let previousEnd = -1;
  for (const match of matches) {
    if (match.start < previousEnd) continue;
    const words = text.slice(match.start, match.end);
    const sameAsPrevious = previousEnd >= 0 && !/^the\s/i.test(words) && TITLE_THEN_TITLE.test(text.slice(previousEnd, match.start));
    previousEnd = match.end;
    while (next < named.length && named[next]!.end <= match.start) next++;
    const before = named[next - 1];
    const after = named[next];
    if (sameAsPrevious || after && after.start < match.end) continue;
    if (before && NAME_THEN_TITLE.test(text.slice(before.end, match.start))) continue;
    if (after && TITLE_THEN_NAME.test(text.slice(match.end, after.start))) continue;
    const title = words.replace(/^the\s+/i, '').replace(/\s+/g, ' ');
    const key = `${match.title.pattern.source}|${match.party}`;
    if (!holders.has(key)) holders.set(key, holderOf(config, match.title, match.party));
    const member = holders.get(key);
    found.push({ start: match.start, end: match.end, name: member ? stripMemberTitle(member.name) : title, who: 'member', member, title });
  }
  return found;
}

/** The titles a party also has (its Leader, Deputy Leader, Chair); a Cabinet Member or a Mayor is always the council's. */
const PARTY_OFFICE_KEYWORD = /\b(?:[Ll]eader|[Cc]hair)\b/;
/** A role that names the council or its committees is the council's, whoever's label stands before it: "Labour's Leader of the Council". */
const COUNCIL_OFFICE = /\b(?:[Cc]ouncil|[Cc]ommittee|[Cc]abinet)\b/;

/** Enough words before a role for a party's possessive name: "the Green Party of England and Wales's". */
const OWNER_REACH = 7;

/** A party's own office, not the council's: "Labour's Deputy Leader", "the party's national Chair", "the Shadow Leader". */
function isNationalRole(text: string, start: number, config: CouncilConfig): boolean {
  const before = wordsBefore(text, start, OWNER_REACH);
  if (/\b(?:national|shadow|party['’]s|party)\s+$/i.test(before)) return true;
  const possessive = /([A-Z][\w -]{1,30})['’]s\s+$/.exec(before);
  return possessive !== null && findParties(possessive[1]!, config).length > 0;
}

/** The one directory member holding the role (in the party named, or outside the ruling group for the opposition), if only one does. */
function holderOf(config: CouncilConfig, title: RoleTitle, party: string | undefined): Member | undefined {
  const { role, opposition } = title;
  if (!role) return undefined;
  const partyOf = (name: string | undefined) => (name ? findParties(name, config)[0]?.party ?? name : undefined);
  const ruling = partyOf(config.rulingGroup);
  const holders = config.members.filter((member) => member.roles.includes(role)
    && (party === undefined || partyOf(member.party) === party)
    && (!opposition || partyOf(member.party) !== ruling));
  return holders.length === 1 ? holders[0] : undefined;
}
