/**
 * Recipient lists as the mail sites show them: committed chips carry a name
 * and an address; text still being typed is an RFC 5322-ish address list.
 */
import type { Address } from '@probity/core';

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
