/**
 * PDF letters and press releases, read through Mozilla's pdf.js: the text
 * of each page in reading order, lines kept and a wider gap between lines
 * read as a paragraph break. pdf.js is loaded only when a PDF arrives. It
 * runs on this thread (its worker module imported here, never fetched from
 * a URL), makes no network request (the bytes are handed to it; no font,
 * character map or WebAssembly file is fetched) and never evaluates code
 * (`isEvalSupported: false`: it would otherwise compile PostScript functions
 * with `new Function`). Pages with no text, a scanned letter for instance,
 * are listed as not read: Probity does no OCR.
 */
/// <reference path="./pdf-worker.d.ts" />
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import type { Draft } from '../model.ts';
import { ProbityInputError } from '../errors.ts';

/** Every PDF starts "%PDF-" within its first kilobyte (ISO 32000-1, 7.5.2; readers allow leading bytes). */
const PDF_MARKER = '%PDF-';
/** A gap between baselines this many times the text height starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;

export async function readPdf(bytes: Uint8Array): Promise<Draft> {
  if (bytes.length === 0) return draftOf('', []);
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes(PDF_MARKER)) throw new ProbityInputError('not a PDF document');
  // The legacy build runs on Node 20 and older browsers alike; the modern one needs newer language features.
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  // pdf.js looks here for its worker's message handler before it would load one from a URL.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const task = pdfjs.getDocument({
    // A copy in a plain Uint8Array: pdf.js refuses Node's Buffer, and may hand the bytes over to its worker.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    const unread: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const text = pageText((await page.getTextContent()).items);
      if (text.trim()) pages.push(text.trim());
      else unread.push(`page ${number}: no text, perhaps a scanned image`);
    }
    return draftOf(pages.join('\n\n'), unread);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new ProbityInputError('a password-protected PDF; save a copy without the password and try again');
    throw new ProbityInputError(`not a readable PDF document (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  } finally {
    await task.destroy();
  }
}

/** A page's text items in content order: `hasEOL` ends a line, a wide gap before a line makes a blank one. */
function pageText(items: ReadonlyArray<TextItem | TextMarkedContent>): string {
  let text = '';
  let lastBaseline: number | null = null;
  let lineHeight = 0;
  for (const item of items) {
    if (!('str' in item)) continue;
    const baseline = item.transform[5]!;
    const startsLine = text === '' || text.endsWith('\n');
    if (startsLine && lastBaseline !== null && lineHeight > 0 && Math.abs(lastBaseline - baseline) > PARAGRAPH_GAP * lineHeight) text += '\n';
    if (startsLine) {
      lastBaseline = baseline;
      lineHeight = item.height;
    }
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text;
}

function draftOf(body: string, unread: string[]): Draft {
  return { to: [], cc: [], bcc: [], subject: '', body, quoted: [], source: 'document', unread };
}
