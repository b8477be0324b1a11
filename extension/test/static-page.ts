/** Puts one of the extension's static pages into the test document, without its script and styles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadStaticPage(name: 'review.html' | 'options.html'): void {
  const html = readFileSync(join(import.meta.dirname, '..', 'static', name), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>/g, '');
  document.body.innerHTML = body;
}
