/**
 * Reading drafts from files (SPEC 2.2), for the command line and the review
 * page alike: pure functions of the file's name and bytes, no file system.
 */
import type { Draft } from '../model.ts';
import { ProbityInputError } from '../errors.ts';
import { decodeTextFile } from '../text.ts';
import { readEml } from './email.ts';
import { readDocx, readHtml, readText } from './document.ts';
import { readMsg } from './msg.ts';
import { readPdf } from './pdf.ts';

export { readEml } from './email.ts';
export { readMsg } from './msg.ts';
export { readPdf } from './pdf.ts';
export { readDocx, readHtml, readText } from './document.ts';
export { htmlToText, type HtmlText } from './html.ts';
export { ProbityInputError } from '../errors.ts';

export const DOCUMENT_EXTENSIONS = ['.eml', '.docx', '.txt', '.md', '.html', '.htm'] as const;

export type DocumentReader = (bytes: Uint8Array) => Promise<Draft>;

/**
 * Outlook's .msg and PDF, whose libraries (2 MB of pdf.js) a host adds when it
 * can load them: the command line always, a page once it loads them lazily.
 * Passed to `readDocument`; a bundler leaves them out of a host that does not.
 */
export const MSG_AND_PDF_READERS: Readonly<Record<string, DocumentReader>> = { '.msg': readMsg, '.pdf': readPdf };

export async function readDocument(fileName: string, bytes: Uint8Array, moreReaders: Readonly<Record<string, DocumentReader>> = {}): Promise<Draft> {
  const extension = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  const added = moreReaders[extension];
  if (added) return added(bytes);
  switch (extension) {
    case '.eml': return readEml(bytes);
    case '.docx': return readDocx(bytes);
    case '.txt': case '.md': return readText(decodeTextFile(bytes));
    case '.html': case '.htm': return readHtml(decodeTextFile(bytes));
    case '.doc': throw new ProbityInputError('an old Word .doc file; save it as .docx and try again');
    case '.msg': throw new ProbityInputError('an Outlook .msg file; save or download the message as .eml and try again');
    default: {
      const readable = [...DOCUMENT_EXTENSIONS, ...Object.keys(moreReaders)].join(', ');
      throw new ProbityInputError(`cannot read ${extension ? `"${extension}" files` : 'a file without an extension'}; use ${readable}`);
    }
  }
}
