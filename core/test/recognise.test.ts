import { describe, expect, it } from 'vitest';
import { exampleCouncil } from '../src/index.ts';
import { analyse } from '../src/analysis.ts';
import { DraftSchema, type DraftInput } from '../src/model.ts';
import { fold, originalSpan } from '../src/text.ts';
import { findQuotedParts, newTextSpans, parseAttribution, parseMailbox } from '../src/recognise/quotes.ts';
import { splitSentences } from '../src/recognise/sentences.ts';
import { detectKind } from '../src/recognise/kind.ts';
import { People } from '../src/recognise/people.ts';
import { findParties } from '../src/recognise/parties.ts';
import { findMentions } from '../src/recognise/mentions.ts';

const analysed = (draft: DraftInput) => analyse(DraftSchema.parse(draft), exampleCouncil);

describe('folding', () => {
  it('removes zero-width characters and maps offsets back', () => {
    const original = 'A La\u200bbour councillor';
    const folded = fold(original);
    expect(folded.text).toBe('A Labour councillor');
    const span = originalSpan(folded, 2, 8);
    expect(original.slice(span.start, span.end)).toBe('La\u200bbour');
  });

  it('turns look-alike letters and curly quotes into plain ones', () => {
    expect(fold('L\u0430bour\u2019s \u201cplan\u201d \u2013 now').text).toBe('Labour\'s "plan" - now');
  });

  it('joins CRLF into one newline without losing offsets', () => {
    const folded = fold('a\r\nb');
    expect(folded.text).toBe('a\nb');
    expect(originalSpan(folded, 2, 3)).toEqual({ start: 3, end: 4 });
  });

  it('maps offsets back past an emoji and a ligature that folds to two letters', () => {
    const original = 'Thanks \u{1F44D} the \ufb01ne is waived by Labour';
    const folded = fold(original);
    expect(folded.text).toBe('Thanks \u{1F44D} the fine is waived by Labour');
    const at = folded.text.indexOf('Labour');
    const span = originalSpan(folded, at, at + 'Labour'.length);
    expect(original.slice(span.start, span.end)).toBe('Labour');
    expect(folded.map.length).toBe(folded.text.length + 1);
  });
});

describe('quoted replies and forwards', () => {
  it('finds a Gmail attribution and its author', () => {
    const text = 'Thanks.\n\nOn Mon, 8 Feb 2027 at 16:02, Cllr Mary Doyle <cllr.mary.doyle@example.gov.uk> wrote:\n> Hello';
    const parts = findQuotedParts(text, []);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.author).toEqual({ name: 'Cllr Mary Doyle', address: 'cllr.mary.doyle@example.gov.uk' });
    expect(text.slice(0, parts[0]!.start).trim()).toBe('Thanks.');
  });

  it('reads a document\'s leading From/Sent/To/Subject block as its own header, not a quote', () => {
    const text = 'From: Communications Team\nSent: 02 April 2026 09:12\nTo: Newsdesk\nSubject: Press release\n\nPRESS RELEASE\n\nNew play area opens.\n\nENDS';
    expect(findQuotedParts(text, [], true)).toEqual([]);
  });

  it('still reads an email body that opens on a header block as the message it carries', () => {
    const text = 'From: Cllr Tom Ellis <cllr.tom.ellis@example.gov.uk>\nSent: 02 April 2026 09:12\nTo: Sam Hughes\nSubject: Bins\n\nPlease collect them.';
    expect(findQuotedParts(text, [])).toHaveLength(1);
  });

  it('finds an attribution wrapped over two lines', () => {
    const parts = findQuotedParts('Yes.\n\nOn Mon, 8 Feb 2027 at 16:02, Jane Okafor\n<cllr.jane.okafor@example.gov.uk> wrote:\n> Hi', []);
    expect(parts[0]!.author?.address).toBe('cllr.jane.okafor@example.gov.uk');
  });

  it('finds an Outlook From/Sent block and each nested message', () => {
    const text = 'See below.\n\nFrom: Okafor, Jane <cllr.jane.okafor@example.gov.uk>\nSent: 08 February 2027 09:00\nTo: Sam\nSubject: X\n\nPlease help.\n\n-----Original Message-----\nFrom: Alan Reeve [mailto:alan.reeve@gmail.com]\nSent: 07 February 2027\n\nMy bins.';
    const parts = findQuotedParts(text, []);
    expect(parts.map((part) => part.author?.name)).toEqual(['Jane Okafor', 'Alan Reeve']);
    expect(parts[1]!.author?.address).toBe('alan.reeve@gmail.com');
  });

  it('marks a forwarded message as forwarded', () => {
    const parts = findQuotedParts('FYI\n\n---------- Forwarded message ---------\nFrom: Cllr Tom Ellis <cllr.tom.ellis@example.gov.uk>\nDate: today\n\nText', []);
    expect(parts[0]!.forwarded).toBe(true);
    expect(parts[0]!.author?.address).toBe('cllr.tom.ellis@example.gov.uk');
  });

  it('treats ">" lines as quoted and keeps markup-quoted spans', () => {
    const text = 'My reply\n> their line\nMore of mine\nQuoted by markup';
    const markedStart = text.indexOf('Quoted');
    const parts = findQuotedParts(text, [{ start: markedStart, end: text.length }]);
    expect(parts.map((part) => text.slice(part.start, part.end))).toEqual(['> their line', 'Quoted by markup']);
  });

  it('reads the author of a quote whose own header lines carry the ">" marks', () => {
    const outlook = 'Thanks.\n\n> From: Cllr Helen Crosby\n> Sent: 24 November 2026 09:58\n> To: Rachel Osei\n>\n> Can you tell me where things stand?';
    expect(findQuotedParts(outlook, [])[0]!.author).toEqual({ name: 'Cllr Helen Crosby', address: '' });
    const apple = 'Evening.\n\n> On 18 Jan 2027, at 11:03, Cllr Joanne Pilling wrote:\n>\n> Could you let me know?';
    expect(findQuotedParts(apple, [])[0]!.author).toEqual({ name: 'Cllr Joanne Pilling', address: '' });
    expect(findQuotedParts('Yes.\n> From the look of it\n> the gate is broken', [])[0]!.author).toBeNull();
  });

  it('ends a ">" quote under an attribution where the author writes again below it', () => {
    const text = 'On Mon, 9 Mar 2026 at 16:02, Sam Hughes <sam.hughes@example.gov.uk> wrote:\n> The report recommends refusal.\n>\n> Sam\n\nChange it to approval.\n\n> Any other points?\nNo.\n\nJane';
    const parts = findQuotedParts(text, []);
    expect(parts.map((part) => text.slice(part.start, part.end))).toEqual([
      'On Mon, 9 Mar 2026 at 16:02, Sam Hughes <sam.hughes@example.gov.uk> wrote:\n> The report recommends refusal.\n>\n> Sam',
      '> Any other points?',
    ]);
    expect(parts[0]!.author?.address).toBe('sam.hughes@example.gov.uk');
    expect(newTextSpans(text.length, parts).map((span) => text.slice(span.start, span.end).trim())).toEqual(['Change it to approval.', 'No.\n\nJane']);
  });

  it('keeps a quote whole when what follows it is the next message in the thread', () => {
    const text = 'Agreed.\n\nOn Tue, Sam Hughes <sam.hughes@example.gov.uk> wrote:\n> Shall I go ahead?\n\nOn Mon, Cllr Mary Doyle <cllr.mary.doyle@example.gov.uk> wrote:\n> Please look at the bins.';
    const parts = findQuotedParts(text, []);
    expect(parts.map((part) => part.author?.address)).toEqual(['sam.hughes@example.gov.uk', 'cllr.mary.doyle@example.gov.uk']);
    expect(newTextSpans(text.length, parts).map((span) => text.slice(span.start, span.end).trim())).toEqual(['Agreed.']);
  });

  it('parses attributions and mailboxes in their common shapes', () => {
    expect(parseAttribution('On 3 Mar 2026, at 09:12, Grace <g@x.org> wrote:')).toEqual({ name: 'Grace', address: 'g@x.org' });
    expect(parseAttribution('On Tue, Jane Okafor wrote:')).toEqual({ name: 'Jane Okafor', address: '' });
    expect(parseMailbox('"Hughes, Sam" <sam.hughes@example.gov.uk>')).toEqual({ name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' });
  });
});

describe('sentences', () => {
  it('joins hard-wrapped lines and does not break after Cllr.', () => {
    const text = 'I spoke to Cllr. Okafor and the Council will\nrepair the fence. Then we left.';
    const sentences = splitSentences(text, [{ start: 0, end: text.length }]).map((sentence) => sentence.text);
    expect(sentences).toEqual(['I spoke to Cllr. Okafor and the Council will repair the fence.', 'Then we left.']);
  });

  it('keeps list items and paragraphs apart', () => {
    const text = 'Actions:\n- close the road\n- tell residents\n\nThanks';
    expect(splitSentences(text, [{ start: 0, end: text.length }]).map((sentence) => sentence.text))
      .toEqual(['Actions:', '- close the road', '- tell residents', 'Thanks']);
  });

  it('keeps offsets of the original text', () => {
    const text = 'First one. Second one!';
    const [, second] = splitSentences(text, [{ start: 0, end: text.length }]);
    expect(text.slice(second!.start, second!.end)).toBe('Second one!');
  });
});

describe('kind of draft', () => {
  it('detects press releases by their markers', () => {
    expect(detectKind('PRESS RELEASE\n\nNew bins.', 'document')).toBe('press-release');
    expect(detectKind('For immediate release\nNew bins', 'email')).toBe('press-release');
    expect(detectKind('New bins\n\nENDS\n\nNotes to editors: none', 'document')).toBe('press-release');
    expect(detectKind('STATEMENT FROM EXAMPLE BOROUGH COUNCIL\n\nNew bins.\n\n-ends-', 'document')).toBe('press-release');
    expect(detectKind('Statement from Example Borough Council\n\nNew bins.', 'document')).toBe('press-release');
    expect(detectKind('Dear Mr Reeve,\n\nI enclose a statement from the Council on the library.\n\nYours sincerely,\n\nSam Hughes', 'document')).toBe('letter');
  });

  it('does not take a mention of a press release for one', () => {
    expect(detectKind('Please see the attached press release and let me know.', 'email')).toBe('email');
  });

  it('detects letters among documents only', () => {
    const letter = 'Dear Mr Reeve,\n\nThank you.\n\nYours sincerely,\n\nSam';
    expect(detectKind(letter, 'document')).toBe('letter');
    expect(detectKind(letter, 'email')).toBe('email');
  });

  it('takes any short closing line above the name block for a letter\'s sign-off', () => {
    const letter = (closing: string) => `Dear Mr and Mrs Osei,\n\nThe wall will be looked at next week.\n\n${closing}\n\nTom Whitfield\n\nCouncillor Tom Whitfield\nWard Councillor for Castle`;
    expect(detectKind(letter('With every good wish for the spring,'), 'document')).toBe('letter');
    expect(detectKind(letter('In anticipation of a constructive conversation, and with warm regards,'), 'document')).toBe('letter');
    expect(detectKind('Dear Sam,\n\nCould you send me the figures, the dates and the costs,\nwhich the committee asked for, and the report that went with them by Friday so that the members have time to read it properly.', 'document')).toBe('email');
  });
});

describe('people', () => {
  const people = new People(exampleCouncil);

  it('classifies members, officers, press, government and residents', () => {
    expect(people.classify({ name: '', address: 'cllr.jane.okafor@example.gov.uk' }).role).toBe('member');
    expect(people.classify({ name: 'Councillor Pat Quinn', address: 'pq@gmail.com' }).role).toBe('member');
    expect(people.classify({ name: '', address: 'cllr.pat.quinn@other.gov.uk' }).name).toBe('Pat Quinn');
    expect(people.classify({ name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' }).role).toBe('officer');
    expect(people.classify({ name: 'Anyone', address: 'anyone@example.gov.uk' }).role).toBe('officer');
    expect(people.classify({ name: '', address: 'newsdesk@anypaper.co.uk' }).role).toBe('press');
    expect(people.classify({ name: '', address: 'x@bbc.co.uk' }).role).toBe('press');
    expect(people.classify({ name: 'Minister for Housing', address: 'm@gov.example' }).role).toBe('government');
    expect(people.classify({ name: '', address: 'office@communities.gov.uk' }).role).toBe('government');
    expect(people.classify({ name: 'Alan', address: 'alan@gmail.com' }).role).toBe('external');
  });

  it('finds the author of a letter from a "Councillor" signature', () => {
    const analysis = analysed({ source: 'document', body: 'Dear Mr Reeve,\n\nThank you.\n\nYours sincerely,\n\nCouncillor Ravi Patel\nCabinet Member for Housing' });
    expect(analysis.author.role).toBe('member');
    expect(analysis.author.member?.name).toBe('Ravi Patel');
    expect(analysis.addressees[0]!.role).toBe('external');
  });

  it('finds the author under an unusual sign-off, and under a name block with no sign-off', () => {
    const unusual = analysed({ source: 'document', body: 'Dear Ms Grant,\n\nThe damp at Mercer House must be dealt with.\n\nYours, in common purpose,\n\nCouncillor Jane Okafor\nLeader of Example Borough Council' });
    expect(unusual.kind).toBe('letter');
    expect(unusual.author.member?.name).toBe('Jane Okafor');
    const unsigned = analysed({ source: 'document', body: 'Dear Ms Grant,\n\nThe damp at Mercer House must be dealt with.\n\nCouncillor Ravi Patel\nCabinet Member for Housing' });
    expect(unsigned.author.member?.name).toBe('Ravi Patel');
  });

  it('does not take an opening "Dan," or a greeting for a sign-off', () => {
    for (const opening of ['Dan,', 'Hi Dan,', 'Morning all,']) {
      const analysis = analysed({ body: `${opening}\n\nChase the contractor today\n\nOwen\nCllr Owen Price` });
      expect(analysis.sentences.map((sentence) => sentence.text)).toContain('Chase the contractor today');
    }
  });

  it('reads a postscript below the signature as the author writing again', () => {
    const analysis = analysed({ body: 'Sam,\n\nThanks for the update.\n\nBest wishes,\nJane\nCllr Jane Okafor\n\nP.S. Take paragraph 6.3 out of the report.\nPPS - and call me.' });
    expect(analysis.author.member?.name).toBe('Jane Okafor');
    expect(analysis.sentences.map((sentence) => sentence.text)).toEqual(expect.arrayContaining([expect.stringContaining('Take paragraph 6.3 out of the report.'), expect.stringContaining('and call me.')]));
    expect(analysis.signatureText).not.toContain('paragraph 6.3');
  });

  it('keeps "PS to the Leader" in the name block it belongs to', () => {
    const analysis = analysed({ source: 'document', body: 'Dear Mr Reeve,\n\nThe Leader will reply next week.\n\nKind regards,\n\nPat Jones\nPS to the Leader' });
    expect(analysis.signatureText).toContain('PS to the Leader');
    expect(analysis.sentences.map((sentence) => sentence.text).join(' ')).not.toContain('PS to the Leader');
  });

  it('finds an officer author from a signature job title', () => {
    const analysis = analysed({ source: 'document', body: 'Dear Cllr Okafor,\n\nThe report is attached.\n\nKind regards,\n\nPat Jones\nHead of Planning' });
    expect(analysis.author).toMatchObject({ role: 'officer', name: 'Pat Jones', title: 'Head of Planning' });
    expect(analysis.addressees[0]!.role).toBe('member');
  });

  it('names members, candidates and officers in text', () => {
    const mentions = findMentions('Cllr Okafor met Leah Morgan, Sam Hughes and Councillor Pat Quinn.', exampleCouncil);
    expect(mentions.map((mention) => [mention.who, mention.name])).toEqual([
      ['member', 'Jane Okafor'], ['candidate', 'Leah Morgan'], ['officer', 'Sam Hughes'], ['member', 'Pat Quinn'],
    ]);
  });

  it('finds parties but not ordinary words', () => {
    const parties = findParties('The Lib Dems and the Greens met Labour; labour costs rose on Green Lane (Con).', exampleCouncil);
    expect(parties.map((party) => party.party)).toEqual(['Liberal Democrat', 'Green', 'Labour', 'Conservative']);
  });

  it('finds a party abbreviation as one item of a bracketed list, but not a title or an ordinary word', () => {
    const text = 'Cllr Price (Lab, Riverside), Cllr Shah (Hillside; CON), Cllr Ellis (Riverside - Grn), Dr Lee (GP, Castle Surgery), (Labrador, kennels), (lab, floor 2). Labour costs rose.';
    const parties = findParties(text, exampleCouncil);
    expect(parties.map((party) => [text.slice(party.start, party.end), party.party])).toEqual([
      ['(Lab, Riverside)', 'Labour'], ['(Hillside; CON)', 'Conservative'], ['(Riverside - Grn)', 'Green'],
    ]);
  });

  it('names members by their council role, and by name when one member holds it', () => {
    const text = 'The Leader of the Council met the Cabinet Member for Environment and Transport, the Chair of the Planning Committee, '
      + 'the Leader of the Conservative Group, the Council\'s Chief Executive and the Working Group Leader.';
    expect(findMentions(text, exampleCouncil).map((mention) => [mention.title, mention.name])).toEqual([
      ['Leader of the Council', 'Jane Okafor'],
      ['Cabinet Member for Environment and Transport', 'Cabinet Member for Environment and Transport'],
      ['Chair of the Planning Committee', 'Susan Clarke'],
      ['Leader of the Conservative Group', 'Arthur Bell'],
    ]);
  });

  it('takes a role next to a name as describing that name', () => {
    const text = 'Cllr Jane Okafor, Leader of the Council and Cabinet Member for Finance, met Council Leader Jane Okafor and the Mayor of London.';
    expect(findMentions(text, exampleCouncil).map((mention) => [mention.title, mention.name])).toEqual([
      [undefined, 'Jane Okafor'], [undefined, 'Jane Okafor'],
    ]);
  });
});
