/**
 * Reading drafts from files (SPEC 2.2): MIME in its common encodings, HTML
 * bodies with the quote containers of each mail client, Word documents, plain
 * text — and the broken and odd files people actually drop in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  MSG_AND_PDF_READERS, ProbityInputError, htmlToText, readDocument, readDocx, readEml, readMsg, readPdf,
} from '../src/formats/index.ts';
import { exampleCouncil, review } from '../src/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const eml = (lines: string[]) => bytes(lines.join('\r\n'));
const quotedTexts = (html: string) => {
  const { text, quoted } = htmlToText(html);
  return quoted.map((span) => text.slice(span.start, span.end));
};

describe('htmlToText', () => {
  it.each([
    ['paragraphs stand apart', '<p>Dear Ann,</p><p>Thank you.</p>', 'Dear Ann,\n\nThank you.'],
    ['divs and line breaks end lines', '<div>One</div><div>Two<br>Three</div>', 'One\nTwo\nThree'],
    ['white space collapses as a browser shows it', '<p>  a\n   b\t c </p>', 'a b c'],
    ['entities are decoded', '<p>Fish &amp; chips&nbsp;&pound;5 &lt;ok&gt; &#8220;yes&#8221;</p>', 'Fish & chips £5 <ok> \u201cyes\u201d'],
    ['scripts, styles and the head are not text', '<head><title>T</title><style>p{color:red}</style></head><body><script>x()</script><p>Body</p></body>', 'Body'],
    ['hidden elements are not text', '<p>Shown</p><div style="display: none">Preheader</div><span hidden>gone</span>', 'Shown'],
    ['preformatted text keeps its lines', '<pre>a  b\n  c</pre>', 'a  b\n  c'],
    ['table cells are spaced, rows are lines', '<table><tr><td>Ward</td><td>Abbey</td></tr><tr><td>Cllr</td><td>Ann</td></tr></table>', 'Ward Abbey\nCllr Ann'],
    ['Outlook paragraphs with empty spacers', '<p class=MsoNormal>Hello<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Bye<o:p></o:p></p>', 'Hello\n\nBye'],
    ['unclosed and stray tags', '<div><p>One<p>Two</span></div></b>Three', 'One\n\nTwo\n\nThree'],
    ['an empty body', '', ''],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it.each([
    ['Gmail: the attribution line and the quote',
      '<div dir="ltr">Thanks, I will look into it.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 2 Mar 2026 at 09:00, Cllr Ann Lee &lt;ann@x.gov.uk&gt; wrote:<br></div><blockquote class="gmail_quote">Please fix the lights.</blockquote></div>',
      ['On Mon, 2 Mar 2026 at 09:00, Cllr Ann Lee <ann@x.gov.uk> wrote:\nPlease fix the lights.']],
    ['Thunderbird: the citation prefix and the cited blockquote',
      '<p>Noted.</p><div class="moz-cite-prefix">On 02/03/2026 09:00, Ann Lee wrote:<br></div><blockquote type="cite">Old words</blockquote>',
      ['On 02/03/2026 09:00, Ann Lee wrote:\nOld words']],
    ['Outlook on the web: everything after the append-on-send anchor',
      '<div>New words</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Ann Lee</div><div>Old words</div>',
      ['From: Ann Lee\nOld words']],
    ['Outlook desktop: everything after the grey separator',
      '<p>New words</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> Ann Lee</p></div><p>Old words</p>',
      ['From: Ann Lee\n\nOld words']],
    ['nested blockquotes are one quoted part',
      '<p>New</p><blockquote>Second<blockquote>First</blockquote>Tail</blockquote>',
      ['Second\nFirst\nTail']],
    ['two separate quotes stay separate',
      '<p>Re your first point:</p><blockquote>Point one</blockquote><p>I agree.</p><blockquote>Point two</blockquote><p>No.</p>',
      ['Point one', 'Point two']],
    ['no quote at all', '<p>Just new text</p>', []],
  ])('%s', (_name, html, quotes) => {
    expect(quotedTexts(html)).toEqual(quotes);
  });
});

describe('readEml', () => {
  it('reads the address headers, a saved Bcc, the subject, the date and a plain-text body', async () => {
    const draft = await readEml(eml([
      'From: Sam Hughes <sam.hughes@example.gov.uk>',
      'To: "Okafor, Jane (Cllr)" <cllr.jane.okafor@example.gov.uk>, alan@gmail.com',
      'Cc: Ward team: a@example.gov.uk, b@example.gov.uk;',
      'Bcc: Ravi Patel <cllr.ravi.patel@example.gov.uk>',
      'Subject: =?UTF-8?B?UmU6IFN0cmVldCBsaWdodHMg4oCTIE1haW4gU3RyZWV0?=',
      'Date: Tue, 03 Mar 2026 10:15:00 +0000',
      'In-Reply-To: <abc@example.gov.uk>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Dear Cllr Okafor,',
      'The lights will be fixed.',
    ]));
    expect(draft.from).toEqual({ name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' });
    expect(draft.to).toEqual([
      { name: 'Okafor, Jane (Cllr)', address: 'cllr.jane.okafor@example.gov.uk' },
      { name: '', address: 'alan@gmail.com' },
    ]);
    expect(draft.cc.map((address) => address.address)).toEqual(['a@example.gov.uk', 'b@example.gov.uk']);
    expect(draft.bcc).toEqual([{ name: 'Ravi Patel', address: 'cllr.ravi.patel@example.gov.uk' }]);
    expect(draft.subject).toBe('Re: Street lights \u2013 Main Street');
    expect(draft.date).toBe('2026-03-03T10:15:00.000Z');
    expect(draft.body.trim()).toBe('Dear Cllr Okafor,\nThe lights will be fixed.');
    expect(draft.composeType).toBe('reply');
    expect(draft.source).toBe('email');
  });

  it('prefers the plain-text part of a multipart/alternative message', async () => {
    const draft = await readEml(eml([
      'From: a@example.gov.uk', 'Subject: Hi', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="b1"', '',
      '--b1', 'Content-Type: text/plain; charset=utf-8', '', 'Plain words', '',
      '--b1', 'Content-Type: text/html; charset=utf-8', '', '<p>HTML words</p>', '', '--b1--', '',
    ]));
    expect(draft.body.trim()).toBe('Plain words');
    expect(draft.quoted).toEqual([]);
  });

  it('reads an HTML-only reply in quoted-printable, marking the quoted thread', async () => {
    const draft = await readEml(eml([
      'From: Cllr Jane Okafor <cllr.jane.okafor@example.gov.uk>', 'To: sam.hughes@example.gov.uk', 'Subject: RE: Bins',
      'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '',
      '<p>Thanks =E2=80=93 noted.</p><div class=3D"gmail_quote">On Mon, Sam wrote:<blockquote>The bins w=',
      'ill be late.</blockquote></div>',
    ]));
    expect(draft.body).toBe('Thanks \u2013 noted.\n\nOn Mon, Sam wrote:\nThe bins will be late.');
    expect(draft.quoted.map((span) => draft.body.slice(span.start, span.end))).toEqual(['On Mon, Sam wrote:\nThe bins will be late.']);
    expect(draft.composeType).toBe('reply');
  });

  it('decodes a base64 body in another character set', async () => {
    const draft = await readEml(eml([
      'From: a@example.gov.uk', 'Subject: Fwd: Rates', 'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: base64', '',
      Buffer.from('Costs \xa3240 in total.', 'latin1').toString('base64'),
    ]));
    expect(draft.body.trim()).toBe('Costs \u00a3240 in total.');
    expect(draft.composeType).toBe('forward');
  });

  it.each([
    ['an empty file', ''],
    ['headers only', 'From: a@example.gov.uk\r\nSubject: x'],
    ['a body with no headers', 'Just some words\nwith no headers at all.'],
    ['an unterminated multipart', 'Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nhello'],
    ['a boundary that is never used', 'Content-Type: multipart/mixed; boundary=zz\r\n\r\nhello there'],
    ['garbage headers and a bad encoding', 'From: <<<@@>>>\r\nDate: yesterday-ish\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64***'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))],
  ])('reads %s without throwing, and the engine checks it', async (_name, content) => {
    const draft = await readEml(bytes(content));
    expect(draft.date === undefined || !Number.isNaN(Date.parse(draft.date))).toBe(true);
    expect(() => review(draft, exampleCouncil)).not.toThrow();
  });

  it('reads every email of the development corpus with a sender and a body', async () => {
    const corpus = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'corpus');
    const files = readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory())
      .flatMap(({ name: directory }) => readdirSync(join(corpus, directory))
        .filter((name) => name.endsWith('.eml')).map((name) => join(corpus, directory, name)));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const draft = await readEml(readFileSync(file));
      expect(draft.from?.address, file).toMatch(/@/);
      expect(draft.body.trim().length, file).toBeGreaterThan(20);
    }
  });
});

describe('readDocx', () => {
  it('reads the paragraphs of a Word document as lines of text', async () => {
    const document = new Document({ sections: [{ children: [
      new Paragraph('PRESS RELEASE'), new Paragraph('For immediate release'), new Paragraph('The Council will open the library.'),
    ] }] });
    const draft = await readDocx(new Uint8Array(await Packer.toBuffer(document)));
    expect(draft.body).toBe('PRESS RELEASE\n\nFor immediate release\n\nThe Council will open the library.');
    expect(draft.source).toBe('document');
    expect(review(draft, exampleCouncil).kind).toBe('press-release');
  });

  it.each([
    ['a zip that is not a Word document', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /not a readable Word document/],
    ['an old binary .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /old Word \.doc.*save it as \.docx/],
    ['a text file renamed .docx', bytes('Dear Sir'), /not a Word \.docx document/],
  ])('refuses %s with one clear line', async (_name, content, message) => {
    const error = await readDocx(content).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProbityInputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('reads an empty file as an empty document', async () => {
    expect((await readDocx(new Uint8Array())).body).toBe('');
  });
});

describe('readDocument', () => {
  it.each([
    ['letter.txt', bytes('\ufeffDear Mr Smith,\r\nYours sincerely,'), 'Dear Mr Smith,\r\nYours sincerely,'],
    ['RELEASE.MD', bytes('# Press release\n\nENDS'), '# Press release\n\nENDS'],
    ['body.html', bytes('<p>Dear Mr Smith,</p><p>Thanks</p>'), 'Dear Mr Smith,\n\nThanks'],
    ['body.htm', bytes('<b>Hi</b>'), 'Hi'],
    ['utf16.txt', new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]), 'Hi'],
    ['broken.txt', new Uint8Array([0x48, 0xff, 0x69]), 'H\ufffdi'],
  ])('reads %s', async (name, content, body) => {
    const draft = await readDocument(name, content);
    expect(draft.body).toBe(body);
    expect(draft.source).toBe('document');
  });

  it.each([
    ['report.odt', /cannot read "\.odt" files; use \.eml, \.docx, \.txt, \.md, \.html, \.htm$/],
    ['README', /a file without an extension/],
    ['old.doc', /save it as \.docx/],
    ['message.msg', /save or download the message as \.eml/],
    ['report.pdf', /cannot read "\.pdf" files/],
  ])('refuses %s with one clear line', async (name, message) => {
    await expect(readDocument(name, bytes('x'))).rejects.toThrow(message);
    await expect(readDocument(name, bytes('x'))).rejects.toBeInstanceOf(ProbityInputError);
  });

  it.each([
    ['report.odt', /use \.eml, \.docx, \.txt, \.md, \.html, \.htm, \.msg, \.pdf$/],
    ['message.msg', /^not an Outlook \.msg message$/],
    ['report.PDF', /^not a PDF document$/],
  ])('with the .msg and PDF readers, hands %s to its reader', async (name, message) => {
    await expect(readDocument(name, bytes('x'), MSG_AND_PDF_READERS)).rejects.toThrow(message);
  });

  it('with the .msg and PDF readers, reads a .msg and a PDF', async () => {
    expect((await readDocument('Subject.msg', msgFixture('Subject.msg'), MSG_AND_PDF_READERS)).bcc).toHaveLength(1);
    expect((await readDocument('letter.pdf', await pdfOf(['Dear Mr Smith,']), MSG_AND_PDF_READERS)).body).toBe('Dear Mr Smith,');
  });
});

/** Outlook's own files, from @kenjiuno/msgreader's test suite (see tests/fixtures/README.md). */
const msgFixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'msgreader', name));

describe('readMsg', () => {
  it('reads an unsent message saved by Outlook: To, Cc, the Bcc, subject, date and body', async () => {
    const draft = await readMsg(msgFixture('Subject.msg'));
    expect(draft.to).toEqual([{ name: 'ToUser', address: 'to@example.com' }]);
    expect(draft.cc).toEqual([{ name: 'ToCc', address: 'cc@example.com' }]);
    expect(draft.bcc).toEqual([{ name: 'ToBcc', address: 'bcc@example.com' }]);
    expect(draft.subject).toBe('Subject');
    expect(draft.date).toBe('2020-09-28T11:28:39.000Z');
    expect(draft.body.trim()).toBe('Message');
    expect(draft.source).toBe('email');
    expect(draft.unread).toEqual([]);
  });

  it('takes the SMTP address of an Exchange sender, not its Exchange address', async () => {
    const draft = await readMsg(msgFixture('sent2.msg'));
    expect(draft.from).toEqual({ name: 'UnoKenji', address: 'ku@digitaldolphins.onmicrosoft.com' });
    expect(draft.to).toEqual([{ name: '', address: 'ku@digitaldolphins.jp' }]);
    expect(draft.date).toBe('2021-08-31T01:56:16.000Z');
  });

  it('lists attachments as not read', async () => {
    const draft = await readMsg(msgFixture('attachmentFiles.msg'));
    expect(draft.unread).toEqual(['the attachment "jpg.jpg"', 'the attachment "png.png"', 'the attachment "tif.tif"']);
    expect(review(draft, exampleCouncil).unread).toHaveLength(3);
  });

  it.each([
    ['a text file renamed .msg', bytes('From: a@example.gov.uk'), /^not an Outlook \.msg message$/],
    ['a compound file cut short', msgFixture('Subject.msg').subarray(0, 600), /^not a readable Outlook message/],
  ])('refuses %s with one clear line', async (_name, content, message) => {
    const error = await readMsg(content).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProbityInputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

/** A one-page letter written by pdf-lib in its standard Helvetica, one drawn line per entry, '' for a gap. */
async function pdfOf(lines: readonly string[], blankPages = 0): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  lines.forEach((line, index) => {
    if (line) page.drawText(line, { x: 56, y: 780 - index * 15, size: 11, font });
  });
  for (let index = 0; index < blankPages; index++) document.addPage();
  return document.save();
}

describe('readPdf', () => {
  const release = ['PRESS RELEASE', 'For immediate release', '', 'Labour councillor Jane Okafor opened the library.', 'It is open every day.', '', 'ENDS'];

  it('reads a PDF\'s lines in order, a wider gap as a paragraph break', async () => {
    const draft = await readPdf(await pdfOf(release));
    expect(draft.body).toBe('PRESS RELEASE\nFor immediate release\n\nLabour councillor Jane Okafor opened the library.\nIt is open every day.\n\nENDS');
    expect(draft.source).toBe('document');
    expect(draft.unread).toEqual([]);
    const result = review(draft, exampleCouncil);
    expect(result.kind).toBe('press-release');
    expect(result.findings.map((finding) => finding.ruleId)).toContain('publicity-party-affiliation');
  });

  it('lists a page with no text as not read', async () => {
    const draft = await readPdf(await pdfOf(['Dear Mr Smith,'], 1));
    expect(draft.unread).toEqual(['page 2: no text, perhaps a scanned image']);
  });

  it('has nothing to check in a PDF with no text at all, and says why', async () => {
    const result = review(await readPdf(await pdfOf([], 0)), exampleCouncil);
    expect(result.nothingToCheck).toBe('nothing in it could be read (page 1: no text, perhaps a scanned image)');
  });

  it('reads a PDF where code generation and the network are refused, attempting neither', async () => {
    const bytesOfPdf = await pdfOf(release);
    const attempts: string[] = [];
    const saved = { Function: globalThis.Function, eval: globalThis.eval, fetch: globalThis.fetch };
    globalThis.Function = new Proxy(saved.Function, { construct: () => { attempts.push('new Function'); throw new EvalError('no code from strings'); } });
    globalThis.eval = () => { attempts.push('eval'); throw new EvalError('no code from strings'); };
    globalThis.fetch = async (input) => { attempts.push(`fetch ${String(input)}`); throw new TypeError('no network'); };
    try {
      expect(() => new Function('return 1'), 'the recorder catches code generation').toThrow(EvalError);
      attempts.length = 0;
      expect((await readPdf(bytesOfPdf)).body).toContain('ENDS');
    } finally {
      Object.assign(globalThis, saved);
    }
    expect(attempts).toEqual([]);
  });

  it.each([
    ['a text file renamed .pdf', bytes('Dear Sir'), /^not a PDF document$/],
    ['a PDF cut short', bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), /^not a readable PDF document/],
  ])('refuses %s with one clear line', async (_name, content, message) => {
    const error = await readPdf(content).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProbityInputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
