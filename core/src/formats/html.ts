/**
 * HTML mail bodies to plain text, keeping note of which parts the mail
 * client marked as quoted: blockquotes, Gmail's quote container, Thunderbird's
 * citation line, and Outlook's reply header, after which everything is the
 * earlier thread. One streaming pass, so broken or huge HTML costs linear time.
 */
import { Parser } from 'htmlparser2';
import { ProbityInputError } from '../errors.ts';
import type { Span } from '../model.ts';

export interface HtmlText {
  text: string;
  quoted: Span[];
}

/** Elements whose content is never shown as message text. */
const UNSHOWN = new Set(['head', 'script', 'style', 'title', 'template', 'noscript', 'xml', 'object', 'iframe', 'svg', 'math']);
/** Elements that end a line of text. */
const LINE_BREAKING = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** Elements that stand apart as paragraphs, with a blank line after them. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELL = new Set(['td', 'th']);
/**
 * How deep elements may nest. htmlparser2 keeps the open elements in an array
 * it adds to and searches from the front, so every tag costs as much as the
 * depth: 200,000 unclosed elements take 12 s. Blink builds no deeper either
 * (`maximumHTMLParserDOMTreeDepth` = 512 in its HTMLConstructionSite); a long
 * thread of nested replies is a few hundred deep at most.
 */
const DEEPEST_NESTING = 512;

/** A container the mail client uses for quoted text. */
function isQuoteContainer(name: string, attributes: Record<string, string>): boolean {
  if (name === 'blockquote') return true;
  const classes = (attributes.class ?? '').split(/\s+/);
  return classes.includes('gmail_quote') || classes.includes('gmail_quote_container') || classes.includes('moz-cite-prefix')
    || classes.includes('yahoo_quoted');
}

/**
 * A marker after which the rest of the body is the quoted thread: Outlook's
 * reply header block (`divRplyFwdMsg`), the `appendonsend` anchor of Outlook on
 * the web, its older `stopSpelling` rule, and Outlook desktop's separator
 * paragraph with a light-grey top border.
 */
function startsQuotedThread(name: string, attributes: Record<string, string>): boolean {
  const id = attributes.id ?? '';
  if (id === 'divRplyFwdMsg' || id === 'appendonsend' || id === 'stopSpelling') return true;
  if (name !== 'div') return false;
  const style = (attributes.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.startsWith('border:none;border-top:solid#e1e1e1') || style.startsWith('border:none;border-top:solid#b5c4df');
}

function isHidden(attributes: Record<string, string>): boolean {
  if ('hidden' in attributes) return true;
  return /display\s*:\s*none/i.test(attributes.style ?? '');
}

interface OpenElement {
  name: string;
  unshown: boolean;
  quote: boolean;
}

export function htmlToText(html: string): HtmlText {
  const parts: string[] = [];
  let length = 0;
  let last = '\n';
  let trailingNewlines = 1;
  let unshownDepth = 0;
  let preDepth = 0;
  let quoteDepth = 0;
  let quoteStart = 0;
  let threadStart: number | null = null;
  const quoted: Span[] = [];
  const open: OpenElement[] = [];

  const append = (text: string) => {
    if (!text) return;
    if (last === ' ' && text.startsWith('\n')) {
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      length--;
    }
    parts.push(text);
    length += text.length;
    last = text[text.length - 1]!;
    let newlines = 0;
    while (newlines < text.length && text[text.length - 1 - newlines] === '\n') newlines++;
    trailingNewlines = newlines === text.length ? trailingNewlines + newlines : newlines;
  };
  /** Ends the current line; with `blank`, leaves an empty line after it. */
  const breakLine = (blank: boolean) => {
    if (length === 0) return;
    while (trailingNewlines < (blank ? 2 : 1)) append('\n');
  };

  const parser = new Parser({
    onopentag(name, attributes) {
      const unshown = unshownDepth > 0 || UNSHOWN.has(name) || isHidden(attributes);
      const quote = !unshown && isQuoteContainer(name, attributes);
      open.push({ name, unshown, quote });
      if (open.length > DEEPEST_NESTING) {
        throw new ProbityInputError(`the HTML nests elements more than ${DEEPEST_NESTING} deep, far deeper than any real message; it cannot be read safely`);
      }
      if (unshown) {
        unshownDepth++;
        return;
      }
      if (threadStart === null && startsQuotedThread(name, attributes)) {
        breakLine(false);
        threadStart = length;
      }
      if (LINE_BREAKING.has(name) || PARAGRAPH.has(name)) breakLine(false);
      if (quote && quoteDepth++ === 0) quoteStart = length;
      if (name === 'pre') preDepth++;
      if (name === 'br') append('\n');
      if (CELL.has(name) && last !== '\n' && last !== ' ') append(' ');
    },
    ontext(raw) {
      if (unshownDepth > 0) return;
      if (preDepth > 0) {
        append(raw.replace(/\u00a0/g, ' '));
        return;
      }
      let text = raw.replace(/[\s\u00a0]+/g, ' ');
      if (text.startsWith(' ') && (last === ' ' || last === '\n')) text = text.slice(1);
      append(text);
    },
    onclosetag(name) {
      const element = open.pop();
      if (!element) return;
      if (element.unshown) {
        unshownDepth--;
        return;
      }
      if (name === 'pre') preDepth--;
      if (element.quote && --quoteDepth === 0) quoted.push({ start: quoteStart, end: length });
      if (LINE_BREAKING.has(name)) breakLine(false);
      if (PARAGRAPH.has(name)) breakLine(true);
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();

  const text = parts.join('').trimEnd();
  if (threadStart !== null) quoted.push({ start: threadStart, end: length });
  return { text, quoted: mergeSpans(quoted, text.length) };
}

/** Sorted, clipped to the text, overlapping and touching spans merged, empty ones dropped. */
function mergeSpans(spans: Span[], limit: number): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const end = Math.min(span.end, limit);
    if (end <= span.start) continue;
    const previous = merged[merged.length - 1];
    if (previous && span.start <= previous.end + 1) previous.end = Math.max(previous.end, end);
    else merged.push({ start: span.start, end });
  }
  return merged;
}
