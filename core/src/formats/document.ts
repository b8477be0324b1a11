/**
 * Letters and press releases as files: plain text and Markdown as they are,
 * HTML as its visible text, Word documents through mammoth's text extraction.
 * None of these carries headers, so the author comes from the signature block.
 */
import type { Draft } from '../model.ts';
import { ProbityInputError } from '../errors.ts';
import { htmlToText } from './html.ts';

export function readText(text: string): Draft {
  return draftOf(text.replace(/^\ufeff/, ''), []);
}

export function readHtml(html: string): Draft {
  const { text, quoted } = htmlToText(html);
  return draftOf(text, quoted);
}

/** Word's zip signature; an old binary `.doc` starts with an OLE header instead. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readDocx(bytes: Uint8Array): Promise<Draft> {
  if (bytes.length === 0) return readText('');
  if (startsWith(bytes, OLE_SIGNATURE)) throw new ProbityInputError('an old Word .doc file; save it as .docx and try again');
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new ProbityInputError('not a Word .docx document');
  let text: string;
  try {
    // Loaded on the first Word document only: a session of emails never pays for the Word reader.
    const { default: mammoth } = await import('mammoth');
    // mammoth reads `buffer` in Node and `arrayBuffer` in the browser; both are the same bytes.
    ({ value: text } = await mammoth.extractRawText({ buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer }));
  } catch (error) {
    throw new ProbityInputError(`not a readable Word document (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  return readText(text.replace(/\n{3,}/g, '\n\n').trim());
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function draftOf(body: string, quoted: Draft['quoted']): Draft {
  return { to: [], cc: [], bcc: [], subject: '', body, quoted, source: 'document' };
}
