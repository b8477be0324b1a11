/**
 * Help on the words: clicking, hovering or focusing flagged words in the
 * review page's document opens a card with each finding's message, citation
 * and fix, as Grammarly, LanguageTool and Microsoft Editor open theirs on an
 * underline. The card sits below the words, or above them where the window
 * has no room below, and never over them. It is a tooltip (WAI-ARIA APG
 * tooltip pattern): the words it describes keep the focus, point at it with
 * aria-describedby, and Escape closes it.
 */
import type { Finding } from '@probity/core';
import { renderFindingCard } from '@probity/ui';

export interface WordCards {
  /** The findings behind each flagged element, after every redraw of the document. */
  setFindings(findingsOf: ReadonlyMap<Element, readonly Finding[]>): void;
  close(): void;
}

/** Space between the words and the card, and between the card and the window's edge. */
const GAP = 6;
/** Time to move the pointer from the words onto the card before it closes. */
const CLOSE_DELAY_MS = 300;

export function attachWordCards(container: HTMLElement, card: HTMLElement): WordCards {
  const document = container.ownerDocument;
  const view = document.defaultView ?? window;
  let findingsOf: ReadonlyMap<Element, readonly Finding[]> = new Map();
  let openOn: HTMLElement | null = null;
  let pinned = false;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const flaggedAt = (target: EventTarget | null): HTMLElement | null => {
    const found = target instanceof view.Element ? target.closest<HTMLElement>('[data-rules]') : null;
    return found && container.contains(found) && findingsOf.has(found) ? found : null;
  };

  function open(words: HTMLElement, pin: boolean): void {
    clearTimeout(closeTimer);
    pinned = pin || (pinned && openOn === words);
    if (openOn === words && !card.hidden) return;
    openOn?.removeAttribute('aria-describedby');
    openOn = words;
    card.replaceChildren(renderFindingCard(document, findingsOf.get(words) ?? []));
    card.hidden = false;
    words.setAttribute('aria-describedby', card.id);
    place(words);
  }

  function close(): void {
    clearTimeout(closeTimer);
    openOn?.removeAttribute('aria-describedby');
    openOn = null;
    pinned = false;
    card.hidden = true;
    card.replaceChildren();
  }

  function closeSoon(): void {
    if (pinned) return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_DELAY_MS);
  }

  /** Below the words' last line, or above their first where only there is room; clear of every line they take. */
  function place(words: HTMLElement): void {
    const lines = [...words.getClientRects()];
    if (lines.length === 0) return;
    card.style.left = '0px';
    card.style.top = '0px';
    const size = card.getBoundingClientRect();
    const top = Math.min(...lines.map((line) => line.top));
    const bottom = Math.max(...lines.map((line) => line.bottom));
    const roomBelow = view.innerHeight - bottom - GAP;
    const roomAbove = top - GAP;
    const above = roomBelow < size.height && roomAbove > roomBelow;
    const width = document.documentElement.clientWidth;
    const left = Math.max(GAP, Math.min(lines[0]!.left, width - size.width - GAP));
    card.style.left = `${left + view.scrollX}px`;
    card.style.top = `${(above ? top - GAP - size.height : bottom + GAP) + view.scrollY}px`;
  }

  container.addEventListener('mouseover', (event) => {
    const words = flaggedAt(event.target);
    if (words) open(words, false);
  });
  container.addEventListener('mouseout', (event) => {
    if (flaggedAt(event.target) && !card.contains(event.relatedTarget as Node | null) && flaggedAt(event.relatedTarget) !== openOn) closeSoon();
  });
  card.addEventListener('mouseenter', () => clearTimeout(closeTimer));
  card.addEventListener('mouseleave', closeSoon);
  container.addEventListener('focusin', (event) => {
    const words = flaggedAt(event.target);
    if (words) open(words, false);
  });
  container.addEventListener('focusout', (event) => {
    if (flaggedAt(event.target) === openOn && !card.contains(event.relatedTarget as Node | null)) close();
  });
  container.addEventListener('click', (event) => {
    const words = flaggedAt(event.target);
    if (words) open(words, true);
  });
  container.addEventListener('keydown', (event) => {
    const words = flaggedAt(event.target);
    if (!words) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (openOn === words && pinned) close();
      else open(words, true);
    }
  });
  // Escape closes the card wherever the focus is, as the tooltip pattern asks.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && openOn) close();
  });
  document.addEventListener('click', (event) => {
    if (openOn && !flaggedAt(event.target) && !card.contains(event.target as Node)) close();
  });
  view.addEventListener('resize', () => {
    if (openOn) place(openOn);
  });

  return {
    setFindings(next) {
      close();
      findingsOf = next;
    },
    close,
  };
}
