/**
 * Builds the extension pages' nodes from tag, attributes and children, with
 * text always as text nodes: nothing is ever parsed as HTML, so the pages
 * work under Trusted Types.
 */
type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  text?: string;
  attributes?: Record<string, string>;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  document: Document, tag: K, props: ElementProps = {}, children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attributes ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Finds an element the page's HTML must contain, failing loudly when the HTML and script disagree. */
export function required<T extends HTMLElement>(document: Document, id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

/**
 * One line per problem, read out by the alert `container` holds. The list sits
 * inside the alert rather than being it: role="alert" on a <ul> takes away its
 * list role and leaves its items orphaned (axe-core's `listitem` rule).
 */
export function showProblems(container: HTMLElement, problems: readonly string[]): void {
  const document = container.ownerDocument;
  container.replaceChildren(...(problems.length === 0 ? [] : [element(document, 'ul', {}, problems.map((problem) => element(document, 'li', { text: problem })))]));
}
