/**
 * ModernGov's `GetCouncillorsByWard` web service output:
 * councillorsbyward > wards > ward (wardtitle) > councillors > councillor, each
 * with fullusername, politicalpartytitle, keyposts and e-mail under
 * workaddress or homeaddress.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ProbityInputError } from '../errors.ts';
import type { DirectoryEntry } from './entry.ts';

const ROOT = 'councillorsbyward';

// Values stay text: a councillor id or a ward called "1" must not turn into a number.
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, removeNSPrefix: true, ignoreDeclaration: true, ignorePiTags: true });

export function readModernGov(file: string, content: string): DirectoryEntry[] {
  const validation = XMLValidator.validate(content);
  if (validation !== true) {
    const { line, msg } = validation.err;
    const reason = msg.replace(/\s+/g, ' ');
    throw new ProbityInputError(`not well-formed XML (line ${line}: ${reason.length > 120 ? `${reason.slice(0, 119)}…` : reason})`);
  }
  const tree: unknown = parser.parse(content);
  if (!isElement(tree) || !(ROOT in tree)) {
    const root = isElement(tree) ? Object.keys(tree)[0] : undefined;
    throw new ProbityInputError(`not a ModernGov GetCouncillorsByWard file (its root element is <${root ?? '?'}>, not <${ROOT}>)`);
  }
  return descend(tree, ROOT, 'wards', 'ward').flatMap((ward) => {
    const wardTitle = textOf(descend(ward, 'wardtitle')[0]);
    return descend(ward, 'councillors', 'councillor').map((councillor) => ({
      origin: file,
      name: textOf(descend(councillor, 'fullusername')[0]),
      party: textOf(descend(councillor, 'politicalpartytitle')[0]),
      wards: wardTitle ? [wardTitle] : [],
      emails: [...descend(councillor, 'workaddress', 'email'), ...descend(councillor, 'homeaddress', 'email')].map(textOf),
      posts: descend(councillor, 'keyposts').map(textOf),
    }));
  });
}

type Element = Record<string, unknown>;

function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The elements reached by following the tags in turn; the parser gives one child as a value and several as an array. */
function descend(from: unknown, ...tags: string[]): unknown[] {
  let nodes = [from];
  for (const tag of tags) {
    nodes = nodes.flatMap((node) => {
      const child = isElement(node) ? node[tag] : undefined;
      return child === undefined ? [] : Array.isArray(child) ? child : [child];
    });
  }
  return nodes;
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (isElement(node) && typeof node['#text'] === 'string') return node['#text'];
  return '';
}
