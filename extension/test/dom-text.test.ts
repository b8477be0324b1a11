// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText, positionAt, rangeFor } from '../src/dom-text.ts';

function editor(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

describe('extractText', () => {
  it('puts a line break at <br> and around blocks, but not inside inline markup', () => {
    expect(extractText(editor('<div>One <b>two</b></div><div>three<br>four</div><p>five</p>')).text)
      .toBe('One two\nthree\nfour\nfive\n');
  });

  it('keeps one character per DOM character, a no-break space included', () => {
    const extracted = extractText(editor('<div>Cllr\u00a0Okafor</div>'));
    expect(extracted.text).toBe('Cllr Okafor\n');
    expect(rangeFor(extracted, 5, 11)!.toString()).toBe('Okafor');
  });

  it('skips styles, scripts and hidden elements', () => {
    expect(extractText(editor('<style>p{}</style><div hidden>secret</div><div>shown</div>')).text).toBe('shown\n');
  });

  it('records quoted elements and quotes that run to the end', () => {
    const root = editor('<div>New</div><blockquote>Old</blockquote><div>More</div><div id="marker"></div><div>Thread</div><div>Tail</div>');
    const extracted = extractText(root, (element) => element.tagName === 'BLOCKQUOTE' ? 'element' : element.id === 'marker' ? 'rest' : 'none');
    expect(extracted.quoted.map((span) => extracted.text.slice(span.start, span.end))).toEqual(['Old\n', 'Thread\nTail\n']);
  });
});

describe('offsets to DOM positions', () => {
  const extracted = extractText(editor('<div>Sam,</div><div>You <i>must</i> change it.</div>'));

  it('spans several text nodes', () => {
    const start = extracted.text.indexOf('You');
    expect(rangeFor(extracted, start, start + 'You must change'.length)!.toString()).toBe('You must change');
  });

  it('starts a range in the next text node when an offset falls on a node boundary', () => {
    const start = extracted.text.indexOf('must');
    const position = positionAt(extracted, start, 'start')!;
    expect(position.node.data).toBe('must');
    expect(position.offset).toBe(0);
  });

  it('refuses offsets outside the text and empty spans', () => {
    expect(rangeFor(extracted, 5, 5)).toBeNull();
    expect(rangeFor(extracted, 0, extracted.text.length + 1)).toBeNull();
  });
});
