import type { Citation, Profile } from './model.ts';
import citationData from '../data/citations.json';

interface CitationEntry {
  paragraph: string;
  note: string;
  /** Set when the citation is to another document, such as the publicity code. */
  protocol?: string;
}

const data = citationData as unknown as {
  protocols: Record<Profile, { name: string; file: string }>;
  rules: Record<string, Record<Profile, CitationEntry[]>>;
};

/** The protocol each profile rests on, by display name and source file. */
export const PROFILE_PROTOCOLS = data.protocols;

/** The paragraphs a rule cites under one profile, with our own explanation of each. */
export function citationsFor(ruleId: string, profile: Profile): Citation[] {
  const entries = data.rules[ruleId]?.[profile] ?? [];
  return entries.map((entry) => ({
    protocol: entry.protocol ?? data.protocols[profile].name,
    paragraph: entry.paragraph,
    note: entry.note,
  }));
}
