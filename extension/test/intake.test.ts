import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProbityInputError } from '@probity/core';
import { engineOnThisThread } from '../src/review/engine.ts';
import { MAX_DOCUMENT_BYTES, councilFromFile, draftFromFile as draftFromFileWith, draftFromPaste, problemLine, type FileLike } from '../src/review/intake.ts';

const draftFromFile = (file: FileLike) => draftFromFileWith(file, engineOnThisThread.read);
/** Outlook's own file from @kenjiuno/msgreader's test suite (tests/fixtures/README.md). */
const SUBJECT_MSG = readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'msgreader', 'Subject.msg'));

function file(name: string, content: string | Uint8Array, size?: number): FileLike {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  // A copy, so a Buffer from a shared pool hands over its own bytes only.
  return { name, size: size ?? bytes.length, arrayBuffer: async () => Uint8Array.from(bytes).buffer };
}

async function problemOf(candidate: FileLike): Promise<string> {
  return draftFromFile(candidate).then(() => 'no problem', (error: unknown) => problemLine(candidate.name, error));
}

describe('draftFromFile', () => {
  it('reads an .eml with its headers', async () => {
    const draft = await draftFromFile(file('member-bcc.eml', readFileSync(join(import.meta.dirname, 'fixtures', 'member-bcc.eml'))));
    expect(draft).toMatchObject({ source: 'email', subject: 'Recycling report for Thursday', bcc: [{ address: 'cllr.ravi.patel@example.gov.uk' }] });
  });

  it('reads a text file as a document', async () => {
    expect(await draftFromFile(file('letter.txt', 'Dear Mr Smith,\n\nThank you.'))).toMatchObject({ source: 'document', body: 'Dear Mr Smith,\n\nThank you.' });
  });

  it('reads an Outlook .msg with its Bcc', async () => {
    expect(await draftFromFile(file('Subject.msg', SUBJECT_MSG))).toMatchObject({ source: 'email', subject: 'Subject', bcc: [{ address: 'bcc@example.com' }] });
  });

  it('says in one line, naming the file, why a file cannot be checked', async () => {
    expect(await problemOf(file('scan.pdf', 'Dear Sir'))).toBe('scan.pdf: nothing to check: not a PDF document');
    expect(await problemOf(file('note.msg', 'From: a@example.gov.uk'))).toBe('note.msg: nothing to check: not an Outlook .msg message');
    expect(await problemOf(file('budget.xlsx', 'PK'))).toMatch(/^budget\.xlsx: nothing to check: cannot read "\.xlsx" files; use /);
    expect(await problemOf(file('empty.eml', ''))).toBe('empty.eml: nothing to check: the file is empty');
    expect(await problemOf(file('report.docx', 'plain text'))).toBe('report.docx: nothing to check: not a Word .docx document');
    expect(await problemOf(file('huge.txt', 'x', MAX_DOCUMENT_BYTES + 1.3 * 1024 * 1024))).toBe('huge.txt: nothing to check: too large to be a letter or email (26.3 MB; the limit is 25 MB)');
  });
});

describe('draftFromPaste', () => {
  it('reads pasted text as a document and asks for text when there is none', () => {
    expect(draftFromPaste('PRESS RELEASE\nENDS')).toMatchObject({ source: 'document', body: 'PRESS RELEASE\nENDS' });
    expect(() => draftFromPaste('  \n')).toThrow(ProbityInputError);
  });
});

describe('councilFromFile', () => {
  it('accepts a valid council.json and names the file in each problem of an invalid one', () => {
    expect(councilFromFile('council.json', '{"council": "Northfield Town Council"}')).toMatchObject({ ok: true, config: { council: 'Northfield Town Council' } });
    expect(councilFromFile('council.json', '{"council": "", "members": [{"name": "A", "emails": ["nope"]}]}')).toEqual({
      ok: false, problems: ['council.json: council: the council needs a name', 'council.json: members[0].emails[0]: not an email address'],
    });
    expect(councilFromFile('council.json', '{oops')).toEqual({ ok: false, problems: [expect.stringMatching(/^council\.json: council\.json is not valid JSON/)] });
  });
});

describe('problemLine', () => {
  it('keeps the first line of an unexpected error', () => {
    expect(problemLine('a.eml', new Error('boundary missing\n  at parse'))).toBe('a.eml: nothing to check: it could not be read (boundary missing)');
  });
});
