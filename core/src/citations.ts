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

/**
 * Citations as a reader expects them: "Model protocol, para 126",
 * "Model protocol, paras 30 and 48", "London Councils protocol, section 12";
 * several documents are separated by semicolons, in the order first cited.
 */
export function formatCitations(citations: readonly Citation[]): string {
  const byProtocol = new Map<string, string[]>();
  for (const { protocol, paragraph } of citations) {
    const paragraphs = byProtocol.get(protocol) ?? [];
    if (!paragraphs.includes(paragraph)) paragraphs.push(paragraph);
    byProtocol.set(protocol, paragraphs);
  }
  return [...byProtocol].map(([protocol, paragraphs]) => `${protocol}, ${paragraphList(paragraphs)}`).join('; ');
}

/** "para 126", "paras 30, 48 and 59"; a "§12" (London Councils numbers sections, not paragraphs) reads "section 12". */
function paragraphList(paragraphs: readonly string[]): string {
  const sections = paragraphs.filter((paragraph) => paragraph.startsWith('§')).map((paragraph) => paragraph.slice(1).trim());
  const paras = paragraphs.filter((paragraph) => !paragraph.startsWith('§'));
  return [
    paras.length ? `${paras.length === 1 ? 'para' : 'paras'} ${inWords(paras)}` : '',
    sections.length ? `${sections.length === 1 ? 'section' : 'sections'} ${inWords(sections)}` : '',
  ].filter(Boolean).join(', ');
}

/** "a", "a and b", "a, b and c". */
function inWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
