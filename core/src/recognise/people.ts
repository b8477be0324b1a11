/**
 * Who is who: every address and signature is classified as a member, an
 * officer, the press, central government or someone outside the council
 * (SPEC 3.1). The council's directory is the reliable source; without it,
 * "Cllr"/"Councillor" markers and staff domains still go a long way.
 */
import type { Address, CouncilConfig, Member, Officer, Role } from '../model.ts';
import { foldKey } from '../text.ts';
import pressDomains from '../../data/press-domains.json';
import governmentDomains from '../../data/government-domains.json';

export interface Person {
  name: string;
  address: string;
  /** The header value as written, e.g. `Jane Okafor <cllr.jane.okafor@example.gov.uk>`. */
  display: string;
  role: Role;
  member?: Member;
  officer?: Officer;
  /** Job title from the directory or a signature. */
  title?: string;
}

const MEMBER_TITLE = /^\s*(?:the\s+)?(?:cllrs?\.?|councillors?|coun\.?|cllr\.?)\s+/i;
const MEMBER_LOCAL_PART = /^(?:cllr|councillor|cllrs)[._-]/i;
const PRESS_LOCAL_PART = /^(?:news|newsdesk|news\.desk|editor|editorial|reporter|press|newsroom|planning-desk|politics|journalist)\b/i;
const GOVERNMENT_NAME = /\b(?:minister|secretary of state|permanent secretary|ministerial)\b/i;
const SENIOR_TITLE = /\b(?:chief executive|director|head of|monitoring officer|section 151|s151|chief officer|deputy chief|assistant chief|strategic lead)\b/i;

export class People {
  private readonly membersByEmail = new Map<string, Member>();
  private readonly membersByName = new Map<string, Member>();
  private readonly officersByEmail = new Map<string, Officer>();
  private readonly officersByName = new Map<string, Officer>();
  private readonly staffDomains: string[];
  private readonly pressDomains: string[];
  private readonly governmentDomains: string[];

  constructor(readonly config: CouncilConfig) {
    for (const member of config.members) {
      for (const email of member.emails) this.membersByEmail.set(email.toLowerCase(), member);
      this.membersByName.set(foldKey(stripMemberTitle(member.name)), member);
    }
    for (const officer of config.officers) {
      if (officer.email) this.officersByEmail.set(officer.email.toLowerCase(), officer);
      this.officersByName.set(foldKey(officer.name), officer);
    }
    this.staffDomains = config.domains.staff;
    this.pressDomains = [...pressDomains.entries, ...config.domains.press];
    this.governmentDomains = [...governmentDomains.entries, ...config.domains.government];
  }

  classify(address: Address): Person {
    const email = address.address.trim().toLowerCase();
    const name = address.name.trim();
    const display = name && email ? `${name} <${email}>` : name || email;
    const base = { name: stripMemberTitle(name), address: email, display };
    const member = this.membersByEmail.get(email) ?? (name ? this.memberByName(name) : undefined);
    if (member) return { ...base, name: member.name, role: 'member', member };
    const officer = this.officersByEmail.get(email);
    if (officer) return { ...base, name: officer.name, role: 'officer', officer, title: officer.title };
    const local = email.split('@')[0] ?? '';
    const domain = email.split('@')[1] ?? '';
    if (MEMBER_TITLE.test(name) || MEMBER_LOCAL_PART.test(local)) {
      return { ...base, name: base.name || nameFromLocalPart(local), role: 'member' };
    }
    if (domain && this.isDomainIn(domain, this.governmentDomains) || GOVERNMENT_NAME.test(name)) {
      return { ...base, role: 'government' };
    }
    if (domain && this.isDomainIn(domain, this.staffDomains)) {
      const byName = name ? this.officersByName.get(foldKey(name)) : undefined;
      return { ...base, role: 'officer', officer: byName, title: byName?.title };
    }
    if (domain && this.isDomainIn(domain, this.pressDomains) || PRESS_LOCAL_PART.test(local)) {
      return { ...base, role: 'press' };
    }
    if (!email && !name) return { ...base, role: 'unknown' };
    return { ...base, role: 'external' };
  }

  /** A member named in text or a header: "Cllr Jane Okafor", "Councillor Okafor", "Jane Okafor". */
  memberByName(name: string): Member | undefined {
    const key = foldKey(stripMemberTitle(name));
    if (!key) return undefined;
    const exact = this.membersByName.get(key);
    if (exact) return exact;
    if (!MEMBER_TITLE.test(name)) return undefined;
    // "Cllr Okafor": a title and a surname is enough when only one member has that surname.
    const matches = this.config.members.filter((member) => surnameKey(member.name) === key);
    return matches.length === 1 ? matches[0] : undefined;
  }

  officerByName(name: string): Officer | undefined {
    return this.officersByName.get(foldKey(name));
  }

  private isDomainIn(domain: string, list: readonly string[]): boolean {
    return list.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
  }
}

export function isSeniorOfficer(person: Person): boolean {
  if (person.role !== 'officer') return false;
  if (person.officer?.senior !== undefined) return person.officer.senior;
  return SENIOR_TITLE.test(person.title ?? '');
}

export function stripMemberTitle(name: string): string {
  return name.replace(MEMBER_TITLE, '').replace(/^"|"$/g, '').trim();
}

export function surnameKey(name: string): string {
  const words = foldKey(stripMemberTitle(name)).split(' ');
  return words[words.length - 1] ?? '';
}

/** How a member is called in a message: "Cllr Okafor". */
export function shortTitle(person: Pick<Person, 'name' | 'role'>): string {
  const surname = person.name.split(/\s+/).pop() ?? person.name;
  return person.role === 'member' ? `Cllr ${surname}` : person.name;
}

/** How a member is named in full in a message: "Cllr Jane Okafor". */
export function fullTitle(person: Pick<Person, 'name' | 'role' | 'address'>): string {
  const name = person.name || person.address;
  return person.role === 'member' ? `Cllr ${name}` : name;
}

function nameFromLocalPart(local: string): string {
  return local.replace(MEMBER_LOCAL_PART, '').split(/[._-]+/).filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1)).join(' ');
}
