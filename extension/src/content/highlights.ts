/**
 * Underlines through the CSS Custom Highlight API: the ranges are drawn by the
 * browser over the editor's own text, so the editor's DOM is never touched.
 * Several compose windows share the three registry entries; each owns its ranges.
 */
import type { Severity } from '@probity/core';

const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'probity-error',
  warning: 'probity-warning',
  info: 'probity-info',
};

export interface SeverityRange { severity: Severity; range: AbstractRange }

const rangesByOwner = new Map<object, SeverityRange[]>();

export function setHighlights(owner: object, ranges: SeverityRange[]): void {
  if (ranges.length === 0) rangesByOwner.delete(owner);
  else rangesByOwner.set(owner, ranges);
  redraw();
}

export function clearHighlights(owner: object): void {
  if (rangesByOwner.delete(owner)) redraw();
}

function redraw(): void {
  // Browsers without the API still get the badge, the panel and the pre-send check.
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const all = [...rangesByOwner.values()].flat();
  try {
    for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
      const ranges = all.filter((entry) => entry.severity === severity).map((entry) => entry.range);
      if (ranges.length === 0) CSS.highlights.delete(HIGHLIGHT_NAMES[severity]);
      else CSS.highlights.set(HIGHLIGHT_NAMES[severity], new Highlight(...ranges));
    }
  } catch {
    // Underlines are a convenience: if a browser will not let a content script reach the page's registry, the rest still works.
  }
}

/** Where every underline of every compose window is on screen, so nothing Probity draws covers one. */
export function highlightedRects(): DOMRect[] {
  return [...rangesByOwner.values()].flat().map(({ range }) => (range as Range).getBoundingClientRect());
}
