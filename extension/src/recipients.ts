/**
 * Recipient lists as the mail sites show them: committed chips carry a name
 * and an address; text still being typed is an RFC 5322-ish address list.
 */
import type { Address, CouncilConfig, DraftInput } from '@probity/core';

const ANGLE_ADDRESS = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/;
const BARE_ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

/** Parses `Jane Okafor <cllr.jane.okafor@example.gov.uk>, sam@example.gov.uk; "Hughes, Sam" <s@x>`. */
export function parseAddressList(text: string): Address[] {
  return splitOutsideQuotes(text)
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part): Address[] => {
      const angled = ANGLE_ADDRESS.exec(part);
      if (angled) return [{ name: unquote(angled[1]!.trim()), address: angled[2]!.toLowerCase() }];
      if (BARE_ADDRESS.test(part)) return [{ name: '', address: part.toLowerCase() }];
      return [];
    });
}

/** Adds addresses not already present, so a chip and its hidden input do not count twice. */
export function mergeAddresses(...lists: readonly Address[][]): Address[] {
  const byAddress = new Map<string, Address>();
  for (const address of lists.flat()) {
    const key = address.address.toLowerCase();
    const known = byAddress.get(key);
    if (!known) byAddress.set(key, { name: address.name.trim(), address: key });
    else if (!known.name && address.name.trim()) known.name = address.name.trim();
  }
  return [...byAddress.values()];
}

/** The address in an attribute or label such as `Jane Okafor (cllr.jane.okafor@example.gov.uk)`. */
export function addressIn(text: string | null | undefined): string | null {
  const match = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/.exec(text ?? '');
  return match ? match[0].toLowerCase() : null;
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    if (!quoted && (character === ',' || character === ';')) {
      parts.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts;
}

function unquote(name: string): string {
  return name.replace(/^"(.*)"$/, '$1').trim();
}

export interface UnresolvedName { field: 'to' | 'cc' | 'bcc'; name: string }

/**
 * Outlook on the web shows a colleague's pill by name only. The council's
 * directory gives such a name its address, so the engine sees who it is; a
 * name the directory does not know is returned as unresolved.
 */
export function resolveNames(draft: DraftInput, config: CouncilConfig): { draft: DraftInput; unresolved: UnresolvedName[] } {
  const byName = new Map<string, string>();
  for (const member of config.members) if (member.emails[0]) byName.set(nameKey(member.name), member.emails[0]);
  for (const officer of config.officers) if (officer.email) byName.set(nameKey(officer.name), officer.email);
  const unresolved: UnresolvedName[] = [];
  const resolve = (field: UnresolvedName['field']) => (draft[field] ?? []).map((recipient) => {
    if (recipient.address || !recipient.name) return recipient;
    const address = byName.get(nameKey(recipient.name));
    if (!address) unresolved.push({ field, name: recipient.name });
    return address ? { name: recipient.name, address } : recipient;
  });
  return { draft: { ...draft, to: resolve('to'), cc: resolve('cc'), bcc: resolve('bcc') }, unresolved };
}

/** A name as a directory lookup key: case, accents, spacing and a Cllr/Councillor title do not matter. */
function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/^\s*(?:cllr\.?|councillor)\s+/, '').replace(/\s+/g, ' ').trim();
}
