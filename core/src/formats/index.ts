/**
 * Reading drafts from files (SPEC 2.2), for the command line and the review
 * page alike: pure functions of the file's name and bytes, no file system.
 */
import type { Draft } from '../model.ts';
import { ProbityInputError } from '../errors.ts';
import { readEml } from './email.ts';
import { readDocx, readHtml, readText } from './document.ts';

export { readEml } from './email.ts';
export { readDocx, readHtml, readText } from './document.ts';
export { htmlToText, type HtmlText } from './html.ts';
export { ProbityInputError } from '../errors.ts';

export const DOCUMENT_EXTENSIONS = ['.eml', '.docx', '.txt', '.md', '.html', '.htm'] as const;

export async function readDocument(fileName: string, bytes: Uint8Array): Promise<Draft> {
  const extension = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  switch (extension) {
    case '.eml': return readEml(bytes);
    case '.docx': return readDocx(bytes);
    case '.txt': case '.md': return readText(decodeText(bytes));
    case '.html': case '.htm': return readHtml(decodeText(bytes));
    case '.doc': throw new ProbityInputError('an old Word .doc file; save it as .docx and try again');
    case '.msg': throw new ProbityInputError('an Outlook .msg file; save or download the message as .eml and try again');
    default: throw new ProbityInputError(`cannot read ${extension ? `"${extension}" files` : 'a file without an extension'}; use .eml, .docx, .txt, .md or .html`);
  }
}

/** UTF-8 unless the file says UTF-16 with a byte-order mark; bad bytes become U+FFFD, never an error. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
