/**
 * One-click fixes for the findings whose fix is mechanical: a councillor
 * blind-copied is moved to Cc, and a party credited with council work in a
 * press release ("the Labour administration") becomes "the Council". Each
 * change goes through the site's own editing path, so the site's undo
 * reverses it: words are replaced with execCommand('insertText'), the one
 * editing command whose changes browsers record in a contenteditable's undo
 * history (MDN, Document.execCommand; GitHub's markdown-toolbar-element and
 * GitLab's editor rely on it for the same reason), and recipients are moved
 * with the site's own chip controls and typing. Nothing here runs until the
 * user presses a fix button.
 */
import type { Finding } from '@probity/core';
import councilBodyList from './council-bodies.txt?raw';
import { rangeFor, type ExtractedText } from '../dom-text.ts';
import { addressIn } from '../recipients.ts';
import type { ComposeAdapter, Recipient } from '../sites/adapter.ts';

export type Fix =
  | { kind: 'replace-words'; label: string; start: number; end: number; words: string; replacement: string }
  | { kind: 'move-to-cc'; label: string; address: string; name: string };

const COUNCIL_BODIES = councilBodyList.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
const BODY = `(?:${COUNCIL_BODIES.join('|')})`;
/** A credit that ends on a body of the council: "the Labour administration", "The ruling group", "the administration's". */
const ENDS_ON_BODY = new RegExp(`\\b${BODY}(['’]s)?$`, 'i');
/** A credit that ends "-led", "-run" or "-controlled", with the body it describes just after: "the Conservative-led| council". */
const LED = /[-\s](?:led|run|controlled)$/i;
const BODY_AFTER = new RegExp(`^\\s+${BODY}\\b(['’]s)?`, 'i');

/** The fix for `finding`, read against the body text it was found in, or null when fixing it needs the writer's judgement. */
export function fixFor(finding: Finding, bodyText: string): Fix | null {
  if (finding.ruleId === 'no-blind-copy-member' && finding.field === 'bcc' && finding.excerpt) {
    const address = addressIn(finding.excerpt) ?? '';
    const name = finding.excerpt.replace(/<[^>]*>/, '').trim() || address;
    return { kind: 'move-to-cc', label: `Move ${name} to Cc`, address, name };
  }
  if (finding.ruleId !== 'publicity-group-attribution' || finding.start === null || finding.end === null) return null;
  const words = bodyText.slice(finding.start, finding.end);
  if (words !== finding.excerpt) return null;
  let end = finding.end;
  let possessive = ENDS_ON_BODY.exec(words)?.[1];
  if (possessive === undefined && !ENDS_ON_BODY.test(words)) {
    const after = LED.test(words) ? BODY_AFTER.exec(bodyText.slice(end)) : null;
    if (!after) return null;
    end += after[0].length;
    possessive = after[1];
  }
  const sentenceStart = /(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(bodyText.slice(0, finding.start));
  const replacement = `${sentenceStart ? 'The' : 'the'} Council${possessive ?? ''}`;
  return { kind: 'replace-words', label: `Replace with “${replacement}”`, start: finding.start, end, words: bodyText.slice(finding.start, end), replacement };
}

/** Replaces the flagged words as typing over a selection would; false when the words are no longer where they were found. */
export function replaceWords(editor: HTMLElement, body: ExtractedText, fix: Extract<Fix, { kind: 'replace-words' }>): boolean {
  const range = body.text.slice(fix.start, fix.end) === fix.words ? rangeFor(body, fix.start, fix.end) : null;
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return false;
  editor.focus();
  selection.removeAllRanges();
  selection.addRange(range);
  return editor.ownerDocument.execCommand('insertText', false, fix.replacement);
}

/**
 * Types the recipient into Cc followed by the site's separator, which makes it
 * a chip, and only once that is done takes it out of Bcc: with its chip's own
 * remove control or, where chips have none, by deleting it in the field as a
 * keyboard user does. False, with nothing changed, when the Cc field cannot
 * take the typing, so a recipient is never dropped.
 */
export function moveToCc(
  adapter: ComposeAdapter, root: HTMLElement, blindCopied: Recipient, fix: Extract<Fix, { kind: 'move-to-cc' }>,
): boolean {
  const chip = blindCopied.element;
  const cc = adapter.recipientInput(root, 'cc');
  const typed = fix.address || fix.name;
  const editable = chip?.parentElement?.closest<HTMLElement>('[contenteditable="true"]');
  const remove = chip ? adapter.removeControl(chip) : null;
  if (!chip || !cc || !typed || (!remove && !editable)) return false;
  const document = root.ownerDocument;
  const view = document.defaultView ?? window;
  cc.focus();
  if (document.activeElement !== cc) return false;
  if (cc.isContentEditable) {
    const end = document.createRange();
    end.selectNodeContents(cc);
    end.collapse(false);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(end);
  }
  if (!document.execCommand('insertText', false, `${typed}${adapter.recipientSeparator}`)) return false;
  if (remove) {
    pressLikeAUser(remove, view);
  } else if (editable) {
    editable.focus();
    const range = document.createRange();
    range.selectNode(chip);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.execCommand('delete');
  }
  return true;
}

/** Events that make up pressing a button with the mouse; the sites act on different ones of them. */
export const POINTER_PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/** Presses `target` as a mouse would, every event of it, so the site acts by its own handler whichever event that listens to. */
export function pressLikeAUser(target: HTMLElement, view: Window & typeof globalThis): void {
  for (const type of POINTER_PRESS_EVENTS) {
    const init = { bubbles: true, cancelable: true, composed: true, view, button: 0 };
    target.dispatchEvent(type.startsWith('pointer') ? new view.PointerEvent(type, init) : new view.MouseEvent(type, init));
  }
}
