/**
 * Member directory import: ModernGov `GetCouncillorsByWard` XML or a CSV list
 * of members becomes a validated council configuration. Several files merge,
 * one member per name. Anything guessed (the ruling group, the staff domain,
 * the council's name) or dropped is said in a warning, one line each.
 */
import { parseCouncilConfig } from '../config.ts';
import { ProbityInputError } from '../errors.ts';
import { MEMBER_ROLES, MemberSchema, type CouncilConfig, type Member, type Profile } from '../model.ts';
import { foldKey } from '../text.ts';
import type { DirectoryEntry } from './entry.ts';
import { readMemberTable } from './member-table.ts';
import { readModernGov } from './moderngov.ts';
import { cleanName } from './names.ts';
import { canonicalParty, isPoliticalGroup } from './party-names.ts';
import { rolesFromPosts } from './posts.ts';

export interface DirectoryFile {
  name: string;
  content: string;
}

export interface DirectoryOptions {
  council?: string;
  profile?: Profile;
  staffDomains?: string[];
}

export interface DirectoryImport {
  config: CouncilConfig;
  warnings: string[];
}

export const DEFAULT_COUNCIL_NAME = 'Imported council';

/** The schema's own e-mail check, so an address kept here is one the configuration accepts. */
const memberEmail = MemberSchema.shape.emails.unwrap().element;

export function importDirectory(files: readonly DirectoryFile[], options: DirectoryOptions = {}): DirectoryImport {
  if (files.length === 0) throw new ProbityInputError('no member directory file to import');
  const warnings: string[] = [];
  const members = new Map<string, Member>();
  for (const file of files) {
    const found = readEntries(file, warnings).flatMap((entry) => memberOf(entry, warnings));
    if (found.length === 0) throw new ProbityInputError(`${file.name}: no members found`);
    for (const member of found) {
      const key = foldKey(member.name);
      const known = members.get(key);
      if (known) mergeInto(known, member, file.name, warnings);
      else members.set(key, member);
    }
  }
  const all = [...members.values()];
  const parties = partiesBySeats(all);
  for (const [party] of parties) if (!canonicalParty(party)) warnings.push(`party "${party}" is not one Probity knows; kept as written`);
  const result = parseCouncilConfig({
    council: councilName(options.council, warnings),
    profile: options.profile,
    domains: { staff: options.staffDomains ?? inferStaffDomains(all, warnings) },
    members: all,
    parties: parties.map(([party]) => party),
    rulingGroup: inferRulingGroup(parties, all.length, warnings),
  });
  if (!result.ok) throw new ProbityInputError(`the imported directory is not a valid council.json: ${result.errors.join('; ')}`);
  return { config: result.config, warnings };
}

/** Reads one file as XML when it starts with "<", as CSV otherwise; its problems are named after it. */
function readEntries(file: DirectoryFile, warnings: string[]): DirectoryEntry[] {
  const content = file.content.replace(/^\uFEFF/, '').trimStart();
  if (!content) throw new ProbityInputError(`${file.name}: the file is empty`);
  if (content.slice(0, 1024).includes('\u0000')) {
    throw new ProbityInputError(`${file.name}: a binary file, not ModernGov XML or CSV (save a spreadsheet as CSV first)`);
  }
  try {
    return content.startsWith('<') ? readModernGov(file.name, content) : readMemberTable(file.name, content, warnings);
  } catch (error) {
    if (error instanceof ProbityInputError) throw new ProbityInputError(`${file.name}: ${error.message}`);
    throw error;
  }
}

function memberOf(entry: DirectoryEntry, warnings: string[]): Member[] {
  const { name, titles } = cleanName(entry.name);
  if (!name) {
    warnings.push(`${entry.origin}: a member with no name; skipped`);
    return [];
  }
  const party = entry.party.replace(/\s+/g, ' ').trim();
  return [{
    name,
    emails: validEmails(entry, name, warnings),
    party: party ? canonicalParty(party) ?? party : undefined,
    wards: distinct(entry.wards.map((ward) => ward.replace(/\s+/g, ' ').trim()).filter(Boolean)),
    roles: rolesFromPosts([...titles, ...entry.posts]),
  }];
}

function validEmails(entry: DirectoryEntry, name: string, warnings: string[]): string[] {
  const emails: string[] = [];
  for (const raw of entry.emails.map((email) => email.trim()).filter(Boolean)) {
    const checked = memberEmail.safeParse(raw);
    if (checked.success) emails.push(checked.data);
    else warnings.push(`${entry.origin}: ${name}: dropped the e-mail address "${raw}", which is not valid`);
  }
  return distinct(emails);
}

function mergeInto(known: Member, member: Member, file: string, warnings: string[]): void {
  if (member.party && known.party && member.party !== known.party) {
    warnings.push(`${file}: ${member.name} is listed as ${member.party} here but ${known.party} before; kept ${known.party}`);
  }
  known.party ??= member.party;
  known.emails = distinct([...known.emails, ...member.emails]);
  known.wards = distinct([...known.wards, ...member.wards]);
  known.roles = MEMBER_ROLES.filter((role) => known.roles.includes(role) || member.roles.includes(role));
}

function councilName(given: string | undefined, warnings: string[]): string {
  const name = given?.trim();
  if (name) return name;
  warnings.push(`no council name given; called it "${DEFAULT_COUNCIL_NAME}" (set "council" in council.json)`);
  return DEFAULT_COUNCIL_NAME;
}

/** Each party with its seats, most seats first. */
function partiesBySeats(members: readonly Member[]): Array<[string, number]> {
  const seats = new Map<string, number>();
  for (const { party } of members) if (party) seats.set(party, (seats.get(party) ?? 0) + 1);
  return [...seats].sort(([a, aSeats], [b, bSeats]) => bSeats - aSeats || a.localeCompare(b));
}

/** A party with more than half the seats runs the council; anything less may be a minority or a coalition, so it is left to the council. */
function inferRulingGroup(parties: ReadonlyArray<[string, number]>, seats: number, warnings: string[]): string | undefined {
  const largest = parties.find(([party]) => isPoliticalGroup(party));
  if (largest && largest[1] * 2 > seats) {
    warnings.push(`rulingGroup set to ${largest[0]}, which holds ${largest[1]} of ${seats} seats`);
    return largest[0];
  }
  const detail = largest ? ` (the largest, ${largest[0]}, holds ${largest[1]} of ${seats} seats)` : '';
  warnings.push(`no party holds a majority${detail}; rulingGroup left unset (set it in council.json if a group or coalition runs the council)`);
  return undefined;
}

/** The members' most common mail domain, when it looks like a council's own. */
function inferStaffDomains(members: readonly Member[], warnings: string[]): string[] {
  const counts = new Map<string, number>();
  const emails = members.flatMap((member) => member.emails);
  for (const email of emails) {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  let top: [string, number] | undefined;
  for (const entry of counts) if (!top || entry[1] > top[1]) top = entry;
  if (top && top[0].endsWith('.gov.uk')) {
    warnings.push(`domains.staff set to ${top[0]}, the domain of ${top[1]} of ${emails.length} member e-mail addresses`);
    return [top[0]];
  }
  const reason = top ? `the members' most common mail domain, ${top[0]}, is not a council's` : 'no member has an e-mail address';
  warnings.push(`domains.staff left empty: ${reason} (add the council's mail domain to council.json)`);
  return [];
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
