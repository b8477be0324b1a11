/**
 * People named in text: members (from the directory, or any "Cllr"/"Councillor"
 * followed by a name), candidates standing at an election, and officers.
 */
import type { CouncilConfig, Member, Officer } from '../model.ts';
import { escapeRegExp } from '../text.ts';
import { stripMemberTitle } from './people.ts';

export interface Mention {
  start: number;
  end: number;
  name: string;
  who: 'member' | 'candidate' | 'officer';
  member?: Member;
  officer?: Officer;
}

interface Directory {
  names: RegExp | null;
  byName: Map<string, { name: string; who: Mention['who']; member?: Member; officer?: Officer }>;
  bySurname: Map<string, Member[]>;
}

const TITLE = String.raw`(?:Cllrs?\.?|Councillor|Coun\.?|COUNCILLOR|CLLR)`;
const NAME_WORD = String.raw`(?:[A-Z][a-z]*['\u2019]?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)`;
const TITLED = new RegExp(String.raw`\b${TITLE}\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})`, 'g');
const directories = new WeakMap<CouncilConfig, Directory>();

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
    names: alternatives.length ? new RegExp(`(?:\\b${TITLE}\\s+)?\\b(?:${alternatives.join('|')})\\b`, 'gi') : null,
    byName,
    bySurname,
  };
  directories.set(config, result);
  return result;
}

/** Everyone named in `text`, earliest first, without overlaps. */
export function findMentions(text: string, config: CouncilConfig): Mention[] {
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
  return found.sort((a, b) => a.start - b.start);
}
