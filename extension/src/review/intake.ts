/**
 * What the review page is given, turned into a draft or a council: a dropped
 * or opened file, pasted text, a council.json. Every failure becomes one line
 * that names the file, for the page's problem list.
 */
import { ProbityInputError, parseCouncilConfig, type CouncilConfig, type Draft } from '@probity/core';
import { readText } from '@probity/core/formats';
import type { ReviewEngine } from './engine.ts';

/** Far beyond any letter or press release; a file this size is almost certainly not one. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

export type FileLike = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/** `read` turns the file's bytes into a draft: the review page's worker, or the same readers on this thread. */
export async function draftFromFile(file: FileLike, read: ReviewEngine['read']): Promise<Draft> {
  if (file.size === 0) throw new ProbityInputError('nothing to check: the file is empty');
  if (file.size > MAX_DOCUMENT_BYTES) {
    throw new ProbityInputError(`too large to be a letter or email (${megabytes(file.size)} MB; the limit is ${megabytes(MAX_DOCUMENT_BYTES)} MB)`);
  }
  // Whether there is anything in it to check (no text, unreadable bytes) is the engine's to say: Review.nothingToCheck.
  return read(file.name, new Uint8Array(await file.arrayBuffer()));
}

export function draftFromPaste(text: string): Draft {
  if (!text.trim()) throw new ProbityInputError('nothing to check: paste the text of a letter, email or press release first');
  return readText(text);
}

/** A council.json given to the review page for this session only; nothing is saved. */
export function councilFromFile(name: string, text: string): { ok: true; config: CouncilConfig } | { ok: false; problems: string[] } {
  const result = parseCouncilConfig(text);
  return result.ok ? result : { ok: false, problems: result.errors.map((error) => `${name}: ${error}`) };
}

/** The one line shown for a document that could not be read: nothing in it was checked, and why. */
export function problemLine(title: string, error: unknown): string {
  if (error instanceof ProbityInputError) return `${title}: ${/^nothing to check\b/.test(error.message) ? '' : 'nothing to check: '}${error.message}`;
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `${title}: nothing to check: it could not be read (${reason})`;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
