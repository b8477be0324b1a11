/**
 * Outlook's own `.msg` files (MS-OXMSG: a compound file of MAPI properties),
 * read through @kenjiuno/msgreader, to the same draft an `.eml` gives: sender,
 * To, Cc and a saved draft's Bcc, subject, date, and the body — the plain-text
 * body when there is one, else the HTML body as text with its quote
 * containers marked. Attachments and an RTF-only body are listed as not read.
 */
import type { FieldsData } from '@kenjiuno/msgreader';
import type { Address, Draft } from '../model.ts';
import { ProbityInputError } from '../errors.ts';
import { composeType, isoDate } from './email.ts';
import { htmlToText } from './html.ts';
import { unreadAttachment } from './unread.ts';

/** The compound-file signature every `.msg` starts with ([MS-CFB] 2.2). */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readMsg(bytes: Uint8Array): Promise<Draft> {
  if (bytes.length === 0) return { to: [], cc: [], bcc: [], subject: '', body: '', quoted: [], source: 'email' };
  if (!CFB_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new ProbityInputError('not an Outlook .msg message');
  // Loaded on the first .msg only: a session of .eml files never pays for the Outlook reader.
  const loaded = await import('@kenjiuno/msgreader');
  // A CommonJS module: Node hands over its whole `exports` as the default, bundlers its `exports.default`.
  const MsgReader = (loaded.default as unknown as { default?: typeof loaded.default }).default ?? loaded.default;
  let fields: FieldsData;
  try {
    fields = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).getFileData();
  } catch (error) {
    throw new ProbityInputError(`not a readable Outlook message (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  if (fields.error) throw new ProbityInputError(`not a readable Outlook message (${fields.error})`);
  if (fields.messageClass && !/^IPM\.Note\b/i.test(fields.messageClass)) {
    throw new ProbityInputError(`an Outlook item that is not a message (${fields.messageClass}); open it in Outlook and save the message itself`);
  }
  const recipients = fields.recipients ?? [];
  const ofType = (type: 'to' | 'cc' | 'bcc') => recipients.filter((recipient) => (recipient.recipType ?? 'to') === type).map(addressOf);
  const body = bodyOf(fields);
  const subject = fields.subject ?? '';
  return {
    from: fields.senderName || fields.senderEmail ? addressOf({ name: fields.senderName, email: fields.senderEmail, smtpAddress: fields.senderSmtpAddress ?? fields.creatorSMTPAddress }) : undefined,
    to: ofType('to'),
    cc: ofType('cc'),
    bcc: ofType('bcc'),
    subject,
    date: isoDate(fields.clientSubmitTime ?? fields.messageDeliveryTime),
    body: body.text,
    quoted: body.quoted,
    // A .msg keeps no threading headers for a draft: a reply or forward is known by its subject.
    composeType: composeType(subject, false),
    source: 'email',
    unread: [
      ...(body.rtfOnly ? ['the body, which is saved only as rich text (RTF); save the message as .eml or as HTML'] : []),
      // Images the HTML shows in place (a signature logo) are part of the body, not attachments someone must open.
      ...(fields.attachments ?? []).filter((attachment) => !attachment.attachmentHidden && !attachment.pidContentId)
        .map((attachment) => unreadAttachment(attachment.fileName ?? attachment.name)),
    ],
  };
}

function bodyOf(fields: FieldsData): { text: string; quoted: Draft['quoted']; rtfOnly: boolean } {
  if (fields.body?.trim()) return { text: fields.body.replace(/\r\n?/g, '\n'), quoted: [], rtfOnly: false };
  const html = fields.bodyHtml ?? (fields.html ? decode(fields.html, fields.internetCodepage) : '');
  if (html.trim()) return { ...htmlToText(html), rtfOnly: false };
  return { text: '', quoted: [], rtfOnly: Boolean(fields.compressedRtf?.length) };
}

/**
 * Exchange keeps its own addresses ("/O=EXCHANGELABS/OU=…/CN=…") in the email
 * property and the SMTP address beside it; only an address with an @ is one
 * the rest of Probity can classify.
 */
function addressOf(fields: { name?: string; email?: string; smtpAddress?: string }): Address {
  const address = [fields.smtpAddress, fields.email].find((candidate) => candidate?.includes('@')) ?? '';
  const name = (fields.name ?? '').replace(/^'(.*)'$/, '$1');
  return { name: name === address ? '' : name, address };
}

/** HTML bytes in the message's Windows code page ([MS-OXPROPS] PidTagInternetCodepage): 1252 is windows-1252, 65001 UTF-8. */
function decode(bytes: Uint8Array, codePage: number | undefined): string {
  const label = codePage === undefined || codePage === 65001 ? 'utf-8'
    : codePage >= 1250 && codePage <= 1258 ? `windows-${codePage}`
      : codePage >= 28591 && codePage <= 28605 ? `iso-8859-${codePage - 28590}`
        : 'utf-8';
  return new TextDecoder(label).decode(bytes);
}
