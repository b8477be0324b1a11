/**
 * The parts of the review report a monitoring officer files that the screen
 * shows in other ways: each open finding with the paragraph it is in, and
 * each dismissal with its citation, reason, and who dismissed it when.
 */
import { formatCitations, type Draft, type Finding } from '@probity/core';
import { ruleTitle } from '@probity/ui';
import { element } from '../pages/elements.ts';
import { paragraphSpans } from './marked-text.ts';
import { formatMoment } from './summary.ts';

export interface Dismissal {
  finding: Finding;
  reason: string;
  /** The reviewer's name as given on the page; empty when none was given. */
  by: string;
  at: Date;
}

const SEVERITY_WORDS: Record<Finding['severity'], string> = { error: 'Must fix', warning: 'Check', info: 'Note' };

const FIELD_WORDS: Record<Finding['field'], string> = {
  body: 'In the text', subject: 'In the subject', from: 'Sender', to: 'In To', cc: 'In Cc', bcc: 'In Bcc', date: 'Time of sending',
};

/** Around this many characters of a long paragraph are quoted, centred on the flagged words. */
const CONTEXT_CHARACTERS = 600;

/** One list item per open finding: what it says, the words in their paragraph, the citation and the fix. */
export function reportFindings(document: Document, draft: Draft, findings: readonly Finding[]): HTMLElement[] {
  const paragraphs = paragraphSpans(draft.body);
  return findings.map((finding) => element(document, 'li', { className: `report-item report-item--${finding.severity}` }, [
    element(document, 'p', { className: 'report-item__head' }, [
      element(document, 'strong', { text: `${SEVERITY_WORDS[finding.severity]}: ${ruleTitle(finding.ruleId)}. ` }), finding.message,
    ]),
    context(document, draft, paragraphs, finding),
    finding.citations.length > 0 && element(document, 'p', { className: 'report-item__line', text: `Protocol: ${formatCitations(finding.citations)}` }),
    finding.suggestion && element(document, 'p', { className: 'report-item__line', text: `Suggested fix: ${finding.suggestion}` }),
  ]));
}

/** One list item per dismissal; `undo` adds the on-screen control to take it back. */
export function reportDismissals(document: Document, dismissals: readonly Dismissal[], undo: (dismissal: Dismissal) => HTMLElement): HTMLElement[] {
  return dismissals.map((dismissal) => {
    const { finding } = dismissal;
    return element(document, 'li', { className: 'report-item dismissed__item' }, [
      element(document, 'p', { className: 'report-item__head' }, [
        element(document, 'strong', { text: `${SEVERITY_WORDS[finding.severity]}, dismissed: ${ruleTitle(finding.ruleId)}. ` }), finding.message,
      ]),
      finding.excerpt && element(document, 'p', { className: 'report-item__line' }, [`${FIELD_WORDS[finding.field]}: `, element(document, 'q', { text: finding.excerpt })]),
      finding.citations.length > 0 && element(document, 'p', { className: 'report-item__line', text: `Protocol: ${formatCitations(finding.citations)}` }),
      element(document, 'p', { className: 'report-item__line dismissed__reason', text: `Reason: ${dismissal.reason}` }),
      element(document, 'p', { className: 'report-item__line', text: `Dismissed by ${dismissal.by || 'a reviewer who gave no name'} on ${formatMoment(dismissal.at)}` }),
      undo(dismissal),
    ]);
  });
}

/** The flagged words in their paragraph (marked), the header line they are in, or nothing for a finding about the whole draft. */
function context(document: Document, draft: Draft, paragraphs: ReturnType<typeof paragraphSpans>, finding: Finding): HTMLElement | null {
  if (finding.field !== 'body' || finding.start === null || finding.end === null) {
    return finding.excerpt ? element(document, 'p', { className: 'report-item__line' }, [`${FIELD_WORDS[finding.field]}: `, element(document, 'q', { text: finding.excerpt })]) : null;
  }
  const { start, end } = finding;
  const paragraph = paragraphs.find((span) => span.start <= start && start < span.end) ?? { start, end };
  const half = Math.max(0, Math.floor((CONTEXT_CHARACTERS - (end - start)) / 2));
  const from = Math.max(paragraph.start, start - half);
  const to = Math.min(Math.max(paragraph.end, end), end + half);
  const before = draft.body.slice(from, start);
  const after = draft.body.slice(end, to);
  return element(document, 'blockquote', { className: 'report-item__context' }, [
    `${from > paragraph.start ? '…' : ''}${before.trimStart()}`,
    element(document, 'mark', { className: `mark mark--${finding.severity}`, text: draft.body.slice(start, end) }),
    `${after.trimEnd()}${to < paragraph.end && draft.body.slice(to, paragraph.end).trim() ? '…' : ''}`,
  ]);
}
