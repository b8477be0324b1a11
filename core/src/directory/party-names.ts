/**
 * Party names as directories spell them ("Labour and Co-operative", "Green
 * Party", "Lib Dems", "Con") mapped to the one name Probity uses, from the
 * same party list the text recogniser reads.
 */
import partyData from '../../data/parties.json';
import { foldKey } from '../text.ts';

interface KnownParty {
  name: string;
  /** False for "Independent": members without a party, not a group. */
  affiliation: boolean;
}

const KNOWN_PARTIES = new Map<string, KnownParty>();
for (const entry of partyData.entries) {
  const party = { name: entry.name, affiliation: entry.affiliation !== false };
  for (const form of [entry.name, ...entry.forms, ...entry.abbreviations]) KNOWN_PARTIES.set(foldKey(form), party);
}

function knownParty(value: string): KnownParty | undefined {
  const key = foldKey(value).replace(/^the /, '');
  return KNOWN_PARTIES.get(key) ?? KNOWN_PARTIES.get(key.replace(/ (?:party|group)$/, ''));
}

/** The canonical name of a party Probity knows, or undefined for a local or misspelled one. */
export function canonicalParty(value: string): string | undefined {
  return knownParty(value)?.name;
}

/** Whether members under this name form a political group: not so for independents. */
export function isPoliticalGroup(party: string): boolean {
  return knownParty(party)?.affiliation ?? true;
}
