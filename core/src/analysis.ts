/**
 * Everything the rules need to know about a draft, worked out once: who wrote
 * it and to whom, what kind of draft it is, which text is new and which is the
 * quoted thread, the signature, the sentences, and who is named.
 */
import type { Address, CouncilConfig, Draft, Kind, Role, Span } from './model.ts';
import { fold, originalSpan, type Folded } from './text.ts';
import { firstWhere } from './spans.ts';
import { People, stripMemberTitle, type Person } from './recognise/people.ts';
import { findQuotedParts, newTextSpans, type QuotedPart } from './recognise/quotes.ts';
import { findSignature, isSignOff } from './recognise/signature.ts';
import { splitSentences, type Sentence } from './recognise/sentences.ts';
import { detectKind } from './recognise/kind.ts';
import { startTagging } from './nlp/verbs.ts';
import { findMentions, type Mention } from './recognise/mentions.ts';
import { findParties, type PartyMention } from './recognise/parties.ts';

export interface QuotedMessage extends QuotedPart {
  person: Person | null;
}

export interface Analysis {
  draft: Draft;
  config: CouncilConfig;
  people: People;
  kind: Kind;
  /** The folded body; every span below is in its coordinates unless it says otherwise. */
  body: Folded;
  subject: Folded;
  author: Person;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  /** Who the draft is addressed to: To and Cc, or for a document the addressee of its salutation. */
  addressees: Person[];
  quoted: QuotedMessage[];
  newText: Span[];
  signature: Span | null;
  disclaimers: Span[];
  /** Sentences the author writes now, signature and footer left out. */
  sentences: Sentence[];
  /** Sentences of the quoted or forwarded thread, footers left out. */
  quotedSentences: Sentence[];
  /** The signature block's text, folded. */
  signatureText: string;
  /** People named in the new text (signature included) and the subject. */
  mentions: Mention[];
  subjectMentions: Mention[];
  parties: PartyMention[];
  /** Maps a span of the folded body back to the draft's body. */
  toBody(span: Span): Span;
  toSubject(span: Span): Span;
}

/** Each council's people, indexed once: a host re-checks against the same configuration as the user types. */
const peopleByConfig = new WeakMap<CouncilConfig, People>();

function peopleOf(config: CouncilConfig): People {
  let people = peopleByConfig.get(config);
  if (!people) {
    people = new People(config);
    peopleByConfig.set(config, people);
  }
  return people;
}

export function analyse(draft: Draft, config: CouncilConfig, kindOverride?: Kind): Analysis {
  startTagging();
  const people = peopleOf(config);
  const body = fold(draft.body);
  const subject = fold(draft.subject);
  const marked = draft.quoted.map((span) => ({ start: foldedIndex(body, span.start), end: foldedIndex(body, span.end) }));
  const quotedParts = findQuotedParts(body.text, marked, draft.source === 'document');
  const newText = newTextSpans(body.text.length, quotedParts);
  // The text written last: a reply's closing newline after the quote it answers is not where its signature is.
  const mainText = newText.filter((span) => /\S/.test(body.text.slice(span.start, span.end))).at(-1) ?? { start: 0, end: 0 };
  const { signature, disclaimers } = findSignature(body.text, mainText);
  const excluded = [...disclaimers, ...(signature ? [signature] : [])];
  const newPlain = newText.map((span) => body.text.slice(span.start, span.end)).join('\n');
  const kind = kindOverride ?? detectKind(newPlain, draft.source);
  const signatureText = signature ? body.text.slice(signature.start, signature.end) : '';
  const classify = (address: Address) => people.classify(address);
  const to = draft.to.map(classify);
  const cc = draft.cc.map(classify);
  const bcc = draft.bcc.map(classify);
  const from = draft.from && (draft.from.address || draft.from.name) ? classify(draft.from) : null;
  const author = authorOf(from, signatureText, kind, people);
  const quoted = quotedParts.map((part) => ({ ...part, person: part.author ? classify(part.author) : null }));
  const documentAddressee = draft.source === 'document' && to.length === 0 ? addresseeOf(newPlain, people) : null;
  const mentionText = newText.map((span) => ({ span, mentions: findMentions(body.text.slice(span.start, span.end), config) }))
    .flatMap(({ span, mentions }) => mentions.map((mention) => ({ ...mention, start: mention.start + span.start, end: mention.end + span.start })));
  const parties = newText.flatMap((span) => findParties(body.text.slice(span.start, span.end), config)
    .map((party) => ({ ...party, start: party.start + span.start, end: party.end + span.start })));
  return {
    draft,
    config,
    people,
    kind,
    body,
    subject,
    author,
    to,
    cc,
    bcc,
    addressees: documentAddressee ? [documentAddressee] : [...to, ...cc],
    quoted,
    newText,
    signature,
    disclaimers,
    sentences: splitSentences(body.text, subtract(newText, excluded)),
    quotedSentences: splitSentences(body.text, subtract(quotedParts, disclaimersIn(body.text, quotedParts))),
    signatureText,
    mentions: mentionText,
    subjectMentions: findMentions(subject.text, config),
    parties,
    toBody: (span) => originalSpan(body, span.start, span.end),
    toSubject: (span) => originalSpan(subject, span.start, span.end),
  };
}

/** Read on trimmed lines, so the name runs to the end of its line. */
const SIGNATURE_MEMBER = /^[ \t]*(?:cllr\.?|councillor|coun\.?)[ \t]+([^\n]+)/im;
const MEMBER_CAPACITY_LINE = /^[ \t]*(?:(?:ward\s+)?councillor\s+for\b|leader of (?:the )?(?:[\w'-]+\s+){0,3}council\b|deputy leader|cabinet member\b|portfolio holder\b|(?:deputy\s+)?mayor\b|chair(?:man|woman)?\s+of\b.*committee)/im;
const OFFICER_TITLE = /\b(?:officer|manager|director|head of|chief executive|inspector|adviser|advisor|assistant|co-?ordinator|team leader|lead\b|clerk|solicitor|lawyer|planner|engineer|surveyor|accountant|analyst|specialist|consultant|supervisor|administrator|caseworker|case officer|practitioner|warden|ranger|librarian)\b/i;

/** From the From header, then the signature block (SPEC 3.1). A press release speaks for the council. */
function authorOf(from: Person | null, signature: string, kind: Kind, people: People): Person {
  const signed = signatureAuthor(signature, people);
  if (from && from.role !== 'external' && from.role !== 'unknown') {
    return from.role === 'officer' && !from.title && signed?.title ? { ...from, title: signed.title } : from;
  }
  if (signed && (signed.role === 'member' || !from)) return from ? { ...signed, address: from.address, display: from.display } : signed;
  if (from) return from;
  if (kind === 'press-release') return { name: '', address: '', display: '', role: 'officer' };
  return { name: '', address: '', display: '', role: 'unknown' };
}

function signatureAuthor(signature: string, people: People): Person | null {
  if (!signature) return null;
  const all = signature.split('\n').map((line) => line.trim()).filter(Boolean);
  const lines = (all[0] !== undefined && isSignOff(all[0]) ? all.slice(1) : all).slice(0, 11);
  const titled = SIGNATURE_MEMBER.exec(lines.join('\n'));
  if (titled) {
    const name = stripMemberTitle(titled[1]!.split(',')[0]!);
    const member = people.memberByName(`Cllr ${name}`);
    return { name: member?.name ?? name, address: '', display: '', role: 'member', member };
  }
  const name = lines.find((line) => /^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$/.test(line)) ?? lines[0] ?? '';
  const member = people.memberByName(name);
  if (member || lines.some((line) => MEMBER_CAPACITY_LINE.test(line))) {
    return { name: member?.name ?? name, address: '', display: '', role: 'member', member };
  }
  const title = lines.find((line) => OFFICER_TITLE.test(line) && line.length < 90);
  if (title) {
    const officer = people.officerByName(name);
    return { name, address: '', display: '', role: 'officer', officer, title: officer?.title ?? title };
  }
  return null;
}

const GOVERNMENT_ADDRESSEE = /\b(?:secretary of state|minister\b|ministry of|department for|department of|hm treasury|cabinet office|home office|prime minister)/i;
const MEMBER_ADDRESSEE = /^[ \t]*dear[ \t]+(?:cllrs?\.?|councillors?)\b/im;

/** For a letter with no recipients: who the salutation and address block are addressed to. */
function addresseeOf(text: string, people: People): Person {
  const salutation = /^[ \t]*dear[ \t]+([^\n,]*)/im.exec(text);
  const head = salutation ? text.slice(0, salutation.index + salutation[0].length) : text.slice(0, 400);
  const name = salutation?.[1]?.trim() ?? '';
  let role: Role = 'external';
  if (GOVERNMENT_ADDRESSEE.test(head)) role = 'government';
  else if (MEMBER_ADDRESSEE.test(head)) role = 'member';
  const member = role === 'member' ? people.memberByName(name) : undefined;
  return { name: member?.name ?? name, address: '', display: name, role, member };
}

/** What is left of each span (sorted by start) once the holes are cut out, in one sweep over both. */
function subtract(spans: readonly Span[], holes: readonly Span[]): Span[] {
  const cuts = union(holes);
  const result: Span[] = [];
  let first = 0;
  for (const span of spans) {
    while (first < cuts.length && cuts[first]!.end <= span.start) first++;
    let start = span.start;
    for (let i = first; i < cuts.length && cuts[i]!.start < span.end; i++) {
      if (cuts[i]!.start > start) result.push({ start, end: cuts[i]!.start });
      start = Math.max(start, cuts[i]!.end);
    }
    if (start < span.end) result.push({ start, end: span.end });
  }
  return result;
}

/** The spans merged where they overlap or touch, in order. */
function union(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function disclaimersIn(text: string, parts: readonly Span[]): Span[] {
  return parts.flatMap((part) => findSignature(text, part).disclaimers);
}

function foldedIndex(folded: Folded, original: number): number {
  return Math.min(firstWhere(folded.map, (offset) => offset >= original), folded.map.length - 1);
}
