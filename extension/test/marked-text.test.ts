// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '@probity/core';
import { QUOTED_LABEL, markedRuns, renderMarkedText, renderParagraphs } from '../src/review/marked-text.ts';
import { LINEAR_BOUND, growthRatio } from '../../core/test/work.ts';

const TEXT = 'Sam, you must change the report before Thursday. Labour councillor Jane Okafor agrees.';

function finding(start: number | null, end: number | null, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'member-instructs-officer', severity: 'warning', message: 'A member tells an officer what to do.', field: 'body',
    excerpt: start === null || end === null ? null : TEXT.slice(start, end), start, end, citations: [], suggestion: '', ...overrides,
  };
}

const at = (words: string) => [TEXT.indexOf(words), TEXT.indexOf(words) + words.length] as const;

/** Each run as [text, severity], the unflagged runs with null. */
function shown(findings: Finding[], text = TEXT): Array<[string, string | null]> {
  return markedRuns(text, findings).map((run) => [text.slice(run.start, run.end), run.severity]);
}

describe('markedRuns', () => {
  it('leaves a text without findings as one unmarked run', () => {
    expect(shown([])).toEqual([[TEXT, null]]);
    expect(markedRuns('', [])).toEqual([]);
  });

  it('marks a finding and keeps the text either side', () => {
    expect(shown([finding(...at('you must change'))])).toEqual([['Sam, ', null], ['you must change', 'warning'], [TEXT.slice(at('you must change')[1]), null]]);
  });

  it('shows a warning inside an error sentence as one error mark', () => {
    const sentence = finding(...at('you must change the report before Thursday.'), { ruleId: 'pressure-on-officer-advice', severity: 'error' });
    const instruction = finding(...at('must change'));
    const runs = markedRuns(TEXT, [sentence, instruction]);
    expect(runs.filter((run) => run.severity !== null)).toEqual([
      { start: sentence.start, end: sentence.end, severity: 'error', findings: [sentence, instruction] },
    ]);
  });

  it('splits crossing findings where the more serious one ends', () => {
    const error = finding(...at('change the report'), { severity: 'error' });
    const warning = finding(...at('the report before Thursday'));
    expect(shown([error, warning]).filter(([, severity]) => severity)).toEqual([['change the report', 'error'], [' before Thursday', 'warning']]);
  });

  it('keeps two findings that merely touch as two marks, even of the same severity', () => {
    const party = finding(...at('Labour councillor'), { ruleId: 'publicity-party-affiliation', severity: 'error' });
    const name = finding(...at(' Jane Okafor'), { ruleId: 'pre-election-member-named', severity: 'error' });
    const runs = markedRuns(TEXT, [name, party]).filter((run) => run.severity);
    expect(runs.map((run) => [TEXT.slice(run.start, run.end), run.findings.map((item) => item.ruleId)])).toEqual([
      ['Labour councillor', ['publicity-party-affiliation']], [' Jane Okafor', ['pre-election-member-named']],
    ]);
  });

  it('marks the same words flagged by two rules once, with both findings', () => {
    const [start, end] = at('Jane Okafor');
    const first = finding(start, end, { ruleId: 'publicity-party-affiliation', severity: 'error' });
    const second = finding(start, end, { ruleId: 'pre-election-member-named', severity: 'info' });
    expect(markedRuns(TEXT, [second, first]).filter((run) => run.severity)).toEqual([{ start, end, severity: 'error', findings: [second, first] }]);
  });

  it('ignores findings in other fields, without a span, empty or outside the text, and clips one that runs past the end', () => {
    const findings = [
      finding(0, 3, { field: 'subject' }), finding(null, null, { field: 'bcc' }), finding(10, 10), finding(500, 600),
      finding(TEXT.length - 7, TEXT.length + 40),
    ];
    expect(shown(findings)).toEqual([[TEXT.slice(0, -7), null], ['agrees.', 'warning']]);
  });

  it('reads subject findings when asked for the subject', () => {
    const subject = 'Recycling report for Thursday';
    expect(markedRuns(subject, [finding(0, 9, { field: 'subject' }), finding(0, 4)], 'subject').map((run) => [run.start, run.end, run.severity]))
      .toEqual([[0, 9, 'warning'], [9, subject.length, null]]);
  });

  // Work, not wall-clock time: ten times the findings cost about ten times as much (quadratic work, a hundred).
  it('grows linearly with thousands of findings', () => {
    const input = (count: number) => ({
      count,
      text: 'word '.repeat(count * 2),
      findings: Array.from({ length: count }, (_, index) => finding(index * 10, index * 10 + 4, { severity: index % 2 ? 'info' : 'error' })),
    });
    const mark = ({ count, text, findings }: ReturnType<typeof input>) => {
      expect(markedRuns(text, findings).filter((run) => run.severity)).toHaveLength(count);
    };
    expect(growthRatio(input, mark, 1_000)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('renderMarkedText', () => {
  it('builds text nodes and <mark> elements that together read exactly as the text', () => {
    const sentence = finding(...at('you must change the report before Thursday.'), { severity: 'error', message: 'Pressure on advice.' });
    const name = finding(...at('Jane Okafor'), { severity: 'info', message: 'A member is named.' });
    const { nodes, marks } = renderMarkedText(document, TEXT, markedRuns(TEXT, [sentence, name]));
    const container = document.createElement('div');
    container.append(...nodes);
    expect(container.textContent).toBe(TEXT);
    expect([...container.querySelectorAll('mark')].map((mark) => [mark.className, mark.textContent, mark.tabIndex, mark.getAttribute('role')])).toEqual([
      ['mark mark--error', 'you must change the report before Thursday.', 0, 'button'],
      ['mark mark--info', 'Jane Okafor', 0, 'button'],
    ]);
    expect(marks.get(name)).toEqual([container.querySelectorAll('mark')[1]]);
  });

  it('never parses the text as HTML', () => {
    const text = '<img src=x onerror=alert(1)> must change';
    const { nodes } = renderMarkedText(document, text, markedRuns(text, [finding(29, 40)]));
    const container = document.createElement('div');
    container.append(...nodes);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe(text);
  });
});

describe('renderParagraphs', () => {
  const LETTER = 'Dear Sam,\n\nYou must change the report.\nIt is wrong.\n\n\nLabour councillor Jane Okafor agrees.\n\nMary\n';
  const over = (words: string, overrides: Partial<Finding> = {}) => finding(LETTER.indexOf(words), LETTER.indexOf(words) + words.length, overrides);

  function render(findings: Finding[], text = LETTER, quoted: Array<{ start: number; end: number }> = []) {
    const { nodes, marks } = renderParagraphs(document, text, markedRuns(text, findings), quoted);
    const container = document.createElement('div');
    container.append(...nodes);
    return { container, marks, blocks: [...container.children].map((block) => [block.className, block.textContent]) };
  }

  it('gives each paragraph its own block, with the blank lines after it, reading exactly as the text', () => {
    const { container, blocks } = render([]);
    expect(container.textContent).toBe(LETTER);
    expect(blocks).toEqual([
      ['document__paragraph', 'Dear Sam,\n\n'],
      ['document__paragraph', 'You must change the report.\nIt is wrong.\n\n\n'],
      ['document__paragraph', 'Labour councillor Jane Okafor agrees.\n\n'],
      ['document__paragraph', 'Mary\n'],
    ]);
  });

  it('marks findings inside their paragraph', () => {
    const name = over('Jane Okafor', { severity: 'info' });
    const { container, marks } = render([over('You must change'), name]);
    expect([...container.querySelectorAll('.document__paragraph')].map((block) => block.querySelector('mark')?.textContent ?? null))
      .toEqual([null, 'You must change', 'Jane Okafor', null]);
    expect(marks.get(name)).toEqual([container.querySelectorAll('mark')[1]]);
  });

  it('gives a finding that crosses paragraphs a mark in each', () => {
    const across = over('It is wrong.\n\n\nLabour');
    const { container, marks } = render([across]);
    expect(container.textContent).toBe(LETTER);
    expect(marks.get(across)?.map((mark) => [mark.parentElement!.className, mark.textContent]))
      .toEqual([['document__paragraph', 'It is wrong.\n\n\n'], ['document__paragraph', 'Labour']]);
  });

  it("leaves a paragraph's indent with it", () => {
    expect(render([], 'Dear Sam,\n\n   Indented.').blocks.map(([, text]) => text)).toEqual(['Dear Sam,\n\n', '   Indented.']);
  });

  it('groups a quoted part under a label, cutting the paragraphs it starts or ends inside', () => {
    const reply = 'Thanks, I will look into it.\nOn Mon, Sam wrote:\n> You must change the report.\n>\n> It is wrong.\n\nMary';
    const quoteStart = reply.indexOf('On Mon');
    const quoteEnd = reply.indexOf('\n\nMary') + 1;
    const { container, blocks } = render([], reply, [{ start: quoteStart, end: quoteEnd }]);
    expect(blocks).toEqual([
      ['document__paragraph', 'Thanks, I will look into it.\n'],
      ['document__quoted', `${QUOTED_LABEL}On Mon, Sam wrote:\n> You must change the report.\n>\n> It is wrong.\n`],
      ['document__paragraph', '\n'],
      ['document__paragraph', 'Mary'],
    ]);
    expect(container.querySelector('.document__quoted-label')?.textContent).toBe('Quoted or forwarded: not checked as the author’s own words');
    expect(container.querySelectorAll('.document__quoted .document__paragraph')).toHaveLength(1);
  });

  it('keeps an empty text as one empty block', () => {
    expect(render([], '').blocks).toEqual([['document__paragraph', '']]);
  });
});
