/**
 * `.eml` files (RFC 5322 / MIME) to a draft: the address headers including a
 * saved draft's Bcc, subject, date, and the body — the plain-text part when
 * there is one, else the HTML part as text with its quote containers marked.
 */
import PostalMime, { type Address as MimeAddress } from 'postal-mime';
import type { Address, Draft } from '../model.ts';
import { ProbityInputError } from '../errors.ts';
import { htmlToText } from './html.ts';
import { unreadAttachment } from './unread.ts';

/** An RFC 2047 encoded word: "=?utf-8?B?w6k=?=". */
const ENCODED_WORD = /=\?[^?\s]+\?[bq]\?[^?\s]*\?=/gi;
/**
 * postal-mime joins a header's adjacent encoded words one by one, re-reading the
 * joined text each time: 48,000 words take 13 s (docs/upstream/postal-mime-encoded-words.md).
 * A real subject or name has a handful; a header with more than this is refused before parsing.
 */
const MOST_ENCODED_WORDS = 2_000;

/**
 * postal-mime spends about 16 µs and 2 KB on every line of a part sent as it
 * is (no base64 or quoted-printable), as it gathers such a part into a Blob of
 * one piece per line (docs/upstream/postal-mime-pass-through-lines.md): a
 * million short lines take 16 s and 2 GB. A real message has a few thousand
 * lines; a longer one is read this far and the rest listed as not read.
 */
const MOST_LINES = 100_000;

export async function readEml(bytes: Uint8Array): Promise<Draft> {
  const { parsed, cut } = partToParse(bytes);
  refuseFloodedHeaders(parsed);
  let email;
  try {
    email = await PostalMime.parse(parsed);
  } catch (error) {
    throw new ProbityInputError(`not a readable email (${error instanceof Error ? error.message : String(error)})`);
  }
  const subject = email.subject ?? '';
  const fromHtml = !email.text?.trim() && email.html ? htmlToText(email.html) : null;
  return {
    from: email.from ? mailboxes([email.from])[0] : undefined,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    bcc: mailboxes(email.bcc),
    subject,
    date: isoDate(email.date),
    body: fromHtml ? fromHtml.text : email.text ?? '',
    quoted: fromHtml?.quoted ?? [],
    composeType: composeType(subject, Boolean(email.inReplyTo || email.references)),
    source: 'email',
    // Images the HTML shows in place (a signature logo) are part of the body, not attachments someone must open.
    unread: [
      ...email.attachments.filter((attachment) => !attachment.related).map((attachment) => unreadAttachment(attachment.filename)),
      ...(cut ? [`the message after its first ${MOST_LINES.toLocaleString('en-GB')} lines`] : []),
    ],
  };
}

/** Group syntax (`Team: a@x, b@y;`) is opened out into its mailboxes. */
function mailboxes(addresses: readonly MimeAddress[] | undefined): Address[] {
  return (addresses ?? []).flatMap((address) => address.group ?? [address])
    .map((mailbox) => ({ name: mailbox.name ?? '', address: mailbox.address ?? '' }));
}

export function isoDate(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const date = new Date(header);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A forward by its subject prefix; a reply by its prefix or its threading headers. */
export function composeType(subject: string, threaded: boolean): Draft['composeType'] {
  if (/^\s*(fwd?|fw)\s*:/i.test(subject)) return 'forward';
  if (threaded || /^\s*(re|aw|sv)\s*:/i.test(subject)) return 'reply';
  return 'new';
}

/** Counts encoded words per header field, a field running on over lines that start with a space or tab (RFC 5322 folding). */
function refuseFloodedHeaders(bytes: Uint8Array): void {
  let count = 0;
  for (const line of new TextDecoder('latin1').decode(bytes).split('\n')) {
    if (line[0] !== ' ' && line[0] !== '\t') count = 0;
    for (const _word of line.matchAll(ENCODED_WORD)) {
      if (++count > MOST_ENCODED_WORDS) {
        throw new ProbityInputError(`a header holds more than ${MOST_ENCODED_WORDS.toLocaleString('en-GB')} encoded words ("=?…?="), `
          + 'far more than any real message; it cannot be read safely');
      }
    }
  }
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * What postal-mime is given: the message with no more than two empty lines in
 * a row, up to the end of its `MOST_LINES`th line; `cut` when text was left
 * after that. postal-mime reads every line one by one (a 1 MB body of line
 * breaks took 10 s and 935 MB), and folding keeps at most one blank line
 * anyway; an empty line ends a header block wherever it stands, so the
 * structure is unchanged.
 */
function partToParse(bytes: Uint8Array): { parsed: Uint8Array; cut: boolean } {
  const kept = new Uint8Array(bytes.length);
  let length = 0;
  let lines = 0;
  let atLineStart = false;
  let emptyLines = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const lineBreak = byte === LF ? 1 : byte === CR && bytes[i + 1] === LF ? 2 : 0;
    if (!lineBreak) {
      kept[length++] = byte;
      atLineStart = false;
      emptyLines = 0;
      continue;
    }
    if (atLineStart && ++emptyLines > 2) {
      i += lineBreak - 1;
      continue;
    }
    for (let part = 0; part < lineBreak; part++) kept[length++] = bytes[i + part]!;
    i += lineBreak - 1;
    atLineStart = true;
    if (++lines === MOST_LINES) return { parsed: kept.subarray(0, length), cut: holdsText(bytes, i + 1) };
  }
  return { parsed: length === bytes.length ? bytes : kept.subarray(0, length), cut: false };
}

/** Whether anything but white space follows `from`. */
function holdsText(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== CR && byte !== LF && byte !== 0x20 && byte !== 0x09) return true;
  }
  return false;
}
