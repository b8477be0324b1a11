/**
 * Reading drafts from files (SPEC 2.2), for the command line and the review
 * page alike: pure functions of the file's name and bytes, no file system.
 */
import type { Draft } from '../model.ts';
import { ProbityInputError } from '../errors.ts';
import { decodeTextFile } from '../text.ts';
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
    case '.txt': case '.md': return readText(decodeTextFile(bytes));
    case '.html': case '.htm': return readHtml(decodeTextFile(bytes));
    case '.doc': throw new ProbityInputError('an old Word .doc file; save it as .docx and try again');
    case '.msg': throw new ProbityInputError('an Outlook .msg file; save or download the message as .eml and try again');
    default: throw new ProbityInputError(`cannot read ${extension ? `"${extension}" files` : 'a file without an extension'}; use .eml, .docx, .txt, .md or .html`);
  }
}
