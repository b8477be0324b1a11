/**
 * Never reassure about what was not checked: "follows the protocol" only when
 * every part was read and nothing was dismissed; an empty draft or bytes that
 * are not text get "nothing to check" and the reason.
 */
import { describe, expect, it } from 'vitest';
import { exampleCouncil, outcomeOf, review, type DraftInput } from '../src/index.ts';
import { readEml } from '../src/formats/index.ts';

const BLIND_COPY: DraftInput = {
  from: { name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' },
  to: [{ name: 'Cllr Jane Okafor', address: 'cllr.jane.okafor@example.gov.uk' }],
  bcc: [{ name: 'Cllr Ravi Patel', address: 'cllr.ravi.patel@example.gov.uk' }],
  subject: 'Missed bins',
  date: '2027-03-09T10:15:00Z',
  body: 'Dear Cllr Okafor,\n\nThe crew will return today.\n\nKind regards,\n\nSam Hughes\nDirector of Environment\nsam.hughes@example.gov.uk',
};
const CLEAN: DraftInput = { ...BLIND_COPY, bcc: [] };

describe('review: what was dismissed, not read, or not there', () => {
  it('keeps dismissed findings apart from the findings left', () => {
    const result = review(BLIND_COPY, exampleCouncil, { dismissals: [{ ruleId: 'no-blind-copy-member', excerpt: null, reason: 'agreed' }] });
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('no-blind-copy-member');
    expect(result.dismissed.map((finding) => finding.ruleId)).toEqual(['no-blind-copy-member']);
  });

  it.each([
    ['an empty document', { source: 'document', body: '' }, 'it has no text'],
    ['a document of blank lines', { source: 'document', body: ' \n\n\t ' }, 'it has no text'],
    ['an email with no text and no recipients', { from: { name: '', address: 'a@example.gov.uk' } }, 'it has no text and no recipients'],
  ] as const)('has nothing to check in %s', (_name, draft, reason) => {
    const result = review(draft, exampleCouncil);
    expect(result.nothingToCheck).toBe(reason);
    expect(outcomeOf(result)).toMatchObject({ status: 'nothing-to-check', headline: `Nothing to check: ${reason}.` });
  });

  it('sets aside a body that is not text, and says why', () => {
    const noise = String.fromCharCode(...Array.from({ length: 2000 }, (_, index) => (index * 7919) % 32)) + '\ufffd'.repeat(500);
    const result = review({ source: 'document', body: noise }, exampleCouncil);
    expect(result.findings).toEqual([]);
    expect(result.unread).toEqual([expect.stringMatching(/^the text: \d+% of its characters are unreadable bytes/)]);
    expect(result.nothingToCheck).toMatch(/^nothing in it could be read \(the text: /);
  });

  it('still reads text with a few bad bytes in it', () => {
    const result = review({ source: 'document', body: 'The fee is \ufffd240 and the Council will pay it.' }, exampleCouncil);
    expect(result.unread).toEqual([]);
    expect(result.nothingToCheck).toBeNull();
  });

  it('checks the recipients of an email with no text', () => {
    const result = review({ ...BLIND_COPY, subject: '', body: '' }, exampleCouncil);
    expect(result.nothingToCheck).toBeNull();
    expect(result.findings.map((finding) => finding.ruleId)).toContain('no-blind-copy-member');
  });

  it('lists the attachments of an .eml as not read, but not the images its HTML shows in place', async () => {
    const eml = [
      'From: sam.hughes@example.gov.uk', 'To: cllr.jane.okafor@example.gov.uk', 'Subject: Report',
      'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="outer"', '',
      '--outer', 'Content-Type: multipart/related; boundary="inner"', '',
      '--inner', 'Content-Type: text/html; charset=utf-8', '', '<p>Report attached.</p><img src="cid:logo@x">', '',
      '--inner', 'Content-Type: image/png', 'Content-ID: <logo@x>', 'Content-Transfer-Encoding: base64', '', 'iVBORw0KGgo=', '',
      '--inner--', '',
      '--outer', 'Content-Type: application/pdf; name="budget.pdf"', 'Content-Disposition: attachment; filename="budget.pdf"',
      'Content-Transfer-Encoding: base64', '', 'JVBERi0xLjQK', '', '--outer--', '',
    ].join('\r\n');
    const draft = await readEml(new TextEncoder().encode(eml));
    expect(draft.unread).toEqual(['the attachment "budget.pdf"']);
    expect(review(draft, exampleCouncil).unread).toEqual(['the attachment "budget.pdf"']);
  });
});

describe('outcomeOf', () => {
  it('says "follows the protocol" only when everything was read and nothing found or dismissed', () => {
    expect(outcomeOf(review(CLEAN, exampleCouncil), 'message')).toEqual({
      status: 'follows-protocol', headline: 'Nothing to raise: this message follows the protocol as far as Probity can tell.',
    });
  });

  it('says what was dismissed instead', () => {
    const result = review(BLIND_COPY, exampleCouncil, { dismissals: [{ ruleId: 'no-blind-copy-member', excerpt: null, reason: 'agreed' }] });
    expect(result.findings).toEqual([]);
    const outcome = outcomeOf(result);
    expect(outcome.status).toBe('nothing-left');
    expect(outcome.headline).toBe('No findings left, but 1 finding was dismissed.');
    expect(outcome.headline).not.toMatch(/follows the protocol/);
  });

  it('says what was not read instead', () => {
    const outcome = outcomeOf(review({ ...CLEAN, unread: ['the attachment "budget.pdf"'] }, exampleCouncil));
    expect(outcome).toEqual({
      status: 'nothing-left',
      headline: 'No findings left, but not read: the attachment "budget.pdf".',
      reservations: ['not read: the attachment "budget.pdf"'],
    });
  });

  it('counts findings that are left', () => {
    expect(outcomeOf(review(BLIND_COPY, exampleCouncil))).toEqual({ status: 'findings', headline: '1 finding to look at.' });
  });
});
