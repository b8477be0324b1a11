/**
 * The built extension in real Chromium, on compose pages rebuilt from public
 * descriptions of Gmail's and Outlook on the web's markup (test/pages, each
 * naming its sources), served for the real mail hosts (see
 * test/browser/harness.ts). One browser for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { chromiumAvailable, dropFile, highlightedTexts, MAIL_HOSTS, openComposePage, overlayOf, pointAtHighlight, screenshot, startHarness, type Harness } from './browser/harness.ts';
import { runAxe } from './browser/axe.ts';

let harness: Harness;

/** Opens a saved page and waits until every compose window on it has been checked. */
const open = (site: 'gmail' | 'outlook', name: string, windows: number) => openComposePage(harness, site, name, windows);

interface SentMessage { compose: string; path: string; to: unknown; cc: unknown; bcc: unknown; subject: string; body: string }

function messageIn(page: Page, compose: string): Promise<Omit<SentMessage, 'path'>> {
  return page.evaluate((name) => (window as unknown as { messageIn(element: Element): Omit<SentMessage, 'path'> })
    .messageIn(document.querySelector(`[data-fixture-compose="${name}"]`)!), compose);
}

function sent(page: Page): Promise<SentMessage[]> {
  return page.evaluate(() => (window as unknown as { sentMessages: SentMessage[] }).sentMessages);
}

async function ruleIds(overlay: Locator): Promise<string[]> {
  return overlay.locator('.probity-finding').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.ruleId!));
}

/** The editor is exactly as the page rendered it, and nothing but the user has changed it. */
async function expectEditorUntouched(page: Page, compose: string): Promise<void> {
  const { now, initial, log } = await page.evaluate((name) => {
    const state = window as unknown as { initialEditors: Record<string, string>; editorMutationLog: string[] };
    const editor = document.querySelector(`[data-fixture-compose="${name}"] [data-fixture-editor]`)!;
    return { now: editor.innerHTML, initial: state.initialEditors[name], log: state.editorMutationLog };
  }, compose);
  expect(now).toBe(initial);
  expect(log).toEqual([]);
}

/** Presses Send (or another send path) and expects it held: the dialog opens and nothing is sent. */
async function expectHeld(page: Page, press: () => Promise<void>): Promise<Locator> {
  await press();
  const dialog = page.locator('probity-compose dialog[open]');
  await dialog.waitFor();
  expect(await sent(page)).toEqual([]);
  return dialog;
}

/** "Send anyway" with a reason, then the message the site sends must be the one that was held, by the same path. */
async function sendAnywayAndCompare(page: Page, dialog: Locator, compose: string, path: string): Promise<void> {
  const before = await messageIn(page, compose);
  await dialog.getByText('Send anyway…').click();
  await dialog.locator('button[type="submit"]').click();
  expect(await dialog.locator('.probity-dismiss__problem').isVisible()).toBe(true);
  expect(await sent(page)).toEqual([]);
  await dialog.locator('input').fill('Cllr Patel asked to be copied; agreed with the Monitoring Officer');
  await dialog.locator('button[type="submit"]').click();
  await expect.poll(() => sent(page)).toHaveLength(1);
  expect((await sent(page))[0]).toEqual({ ...before, path });
}

describe.skipIf(!chromiumAvailable())('the extension in Chromium', () => {
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('opens its council setup in a tab when first installed', async () => {
    // The harness starts every run on a fresh profile, so the extension has just been installed.
    const setup = await pageAt(`chrome-extension://${harness.extensionId}/options.html`);
    await setup.locator('#setup').waitFor();
    expect(await setup.locator('#setup-heading').textContent()).toBe('Set up Probity for your council');
  });

  describe('Gmail, two pop-up compose windows (2021+ markup)', () => {
    it('judges the two windows apart: the Bcc in one, the commitment in the other, each badge in its own window', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      const bcc = await overlayOf(page, 'bcc');
      const commitment = await overlayOf(page, 'commitment');
      expect(await bcc.locator('.badge').getAttribute('data-severity')).toBe('error');
      expect(await commitment.locator('.badge').getAttribute('data-severity')).toBe('error');
      expect(await bcc.locator('.badge').textContent()).toMatch(/^PProbity/);
      expect(await ruleIds(bcc)).toContain('no-blind-copy-member');
      expect(await ruleIds(bcc)).not.toContain('member-letter-obligation');
      expect(await ruleIds(commitment)).toContain('member-letter-obligation');
      expect(await ruleIds(commitment)).not.toContain('no-blind-copy-member');
      await commitment.locator('.badge').click();
      await screenshot(page, 'gmail-popups-1-two-windows');
      await page.close();
    });

    it('underlines the commitment in a councillor\'s email to a resident, leaving the editor byte for byte as it was', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      await expect.poll(() => highlightedTexts(page, 'probity-error')).toContain('The Council will pay for the repair.');
      await expect.poll(() => highlightedTexts(page, 'probity-error')).toContain('Ravi Patel');
      await expectEditorUntouched(page, 'commitment');
      await expectEditorUntouched(page, 'bcc');
      const commitment = await overlayOf(page, 'commitment');
      // Pointing at the underlined words opens their finding.
      await pointAtHighlight(page, 'probity-error', 'The Council');
      await commitment.locator('.panel-frame').waitFor();
      expect(await commitment.locator('.probity-finding[data-current]').getAttribute('data-rule-id')).toBe('member-letter-obligation');
      // The panel keeps clear of the words it flags.
      const clear = await page.evaluate(() => {
        const flagged = [...CSS.highlights.get('probity-error')!].map((range) => (range as Range).getBoundingClientRect());
        const panels = [...document.querySelectorAll('probity-compose')].map((host) => host.shadowRoot!.querySelector('.panel-frame')!)
          .filter((panel) => !(panel as HTMLElement).hidden).map((panel) => panel.getBoundingClientRect());
        return panels.length === 1 && flagged.every((word) => panels.every((panel) =>
          word.right <= panel.left || word.left >= panel.right || word.bottom <= panel.top || word.top >= panel.bottom));
      });
      expect(clear).toBe(true);
      await screenshot(page, 'gmail-popups-2-commitment-underlined');
      await page.close();
    });

    it('holds Send with a councillor in Bcc, and "Send anyway" with a reason sends the identical message', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      const dialog = await expectHeld(page, () => page.locator('[data-fixture-compose="bcc"] [data-tooltip^="Send"]').click());
      expect(await dialog.locator('h2').textContent()).toMatch(/^Probity: this message has 1 error to fix$/);
      expect(await dialog.locator('.send-dialog__fix').count()).toBeGreaterThan(0);
      expect(await dialog.locator('.send-dialog__citation').first().textContent()).toBe('Model protocol, para 126');
      await screenshot(page, 'gmail-popups-3-send-held');
      await sendAnywayAndCompare(page, dialog, 'bcc', 'send');
      await page.close();
    });

    it('holds Ctrl+Enter likewise, and "Go back and fix" returns to the draft unsent', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      await page.locator('[data-fixture-compose="bcc"] [g_editable]').click();
      const dialog = await expectHeld(page, () => page.keyboard.press('Control+Enter'));
      await dialog.getByText('Go back and fix').click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await sent(page)).toEqual([]);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-fixture-compose]')?.getAttribute('data-fixture-compose'))).toBe('bcc');
      const again = await expectHeld(page, () => page.keyboard.press('Control+Enter'));
      // Ctrl+Enter is Send's own shortcut ("Send (Ctrl-Enter)"): the message goes by Send, unchanged.
      await sendAnywayAndCompare(page, again, 'bcc', 'send');
      await page.close();
    });

    it('holds "Schedule send" from the menu beside Send, and sends it scheduled after "Send anyway"', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      await page.locator('[data-fixture-compose="bcc"] [aria-label="More send options"]').click();
      const dialog = await expectHeld(page, () => page.locator('[selector="scheduledSend"]').click());
      await sendAnywayAndCompare(page, dialog, 'bcc', 'schedule');
      await page.close();
    });

    it('clears the warning when the councillor is taken out of Bcc, and then sends at once', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      const bcc = await overlayOf(page, 'bcc');
      const note = bcc.locator('.recipient-note:visible');
      await note.waitFor();
      // The note about the Bcc does not cover the chip it is about.
      const covers = await page.evaluate(() => {
        const chip = document.querySelector('[data-fixture-compose="bcc"] [name="bcc"] [data-hovercard-id]')!.getBoundingClientRect();
        const notes = [...document.querySelectorAll('probity-compose')].flatMap((host) => [...host.shadowRoot!.querySelectorAll('.recipient-note:not([hidden])')]);
        return notes.some((element) => {
          const box = element.getBoundingClientRect();
          return box.left < chip.right && box.right > chip.left && box.top < chip.bottom && box.bottom > chip.top;
        });
      });
      expect(covers).toBe(false);
      await screenshot(page, 'gmail-popups-4-bcc-note');
      await page.evaluate(() => document.querySelector('[data-fixture-compose="bcc"] [name="bcc"] [role="option"]')!.remove());
      await expect.poll(() => bcc.locator('.badge').getAttribute('data-severity')).toMatch(/clean|info|warning/);
      expect(await note.count()).toBe(0);
      await page.locator('[data-fixture-compose="bcc"] [data-tooltip^="Send"]').click();
      await expect.poll(() => sent(page)).toHaveLength(1);
      expect(await page.locator('probity-compose dialog[open]').count()).toBe(0);
      await page.close();
    });

    it('says it could not read the recipients when the fields are not where it expects, and asks before sending', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      await page.evaluate(() => {
        for (const field of document.querySelectorAll('[data-fixture-compose="commitment"] [name="to"]')) field.setAttribute('name', 'recipients-to');
      });
      const commitment = await overlayOf(page, 'commitment');
      await expect.poll(() => commitment.locator('.badge').getAttribute('data-severity')).toBe('unread');
      expect(await commitment.locator('.badge').textContent()).toContain('could not read');
      await commitment.locator('.badge').click();
      expect(await commitment.locator('.read-problems').textContent()).toContain('Probity could not read the recipients — check Bcc yourself.');
      await screenshot(page, 'gmail-popups-5-could-not-read');
      const dialog = await expectHeld(page, () => page.locator('[data-fixture-compose="commitment"] [data-tooltip^="Send"]').click());
      expect(await dialog.locator('.send-dialog__problems').textContent()).toContain('could not read the recipients');
      await page.close();
    });
  });

  describe('Gmail, an inline reply (2021+ markup)', () => {
    it('sends a clean reply at once, by Send and by "Send & archive"', async () => {
      for (const [label, path] of [['Send', 'send'], ['Send & archive', 'send-archive']] as const) {
        const page = await open('gmail', 'gmail-2022-inline-reply', 1);
        expect(await page.locator('probity-compose .badge').getAttribute('data-severity')).toMatch(/clean|info/);
        await page.locator(`[data-fixture-compose="reply"] [role="button"][aria-label^="${label}"]`).first().click();
        expect(await sent(page)).toEqual([expect.objectContaining({ compose: 'reply', path })]);
        expect(await page.locator('probity-compose dialog[open]').count()).toBe(0);
        await page.close();
      }
    });

    it('holds "Send & archive" once a councillor is added to Bcc, and sends the identical message after "Send anyway"', async () => {
      const page = await open('gmail', 'gmail-2022-inline-reply', 1);
      await page.evaluate(() => {
        const chip = document.createElement('div');
        chip.className = 'afV';
        chip.setAttribute('role', 'option');
        chip.setAttribute('data-name', 'Ravi Patel');
        chip.setAttribute('data-hovercard-id', 'cllr.ravi.patel@example.gov.uk');
        chip.textContent = 'Ravi Patel';
        document.querySelector('[data-fixture-compose="reply"] [name="bcc"] [role="listbox"]')!.append(chip);
      });
      await expect.poll(() => page.locator('probity-compose .badge').getAttribute('data-severity')).toBe('error');
      const dialog = await expectHeld(page, () => page.locator('[data-fixture-compose="reply"] [aria-label="Send & archive"]').click());
      await screenshot(page, 'gmail-inline-1-send-archive-held');
      await sendAnywayAndCompare(page, dialog, 'reply', 'send-archive');
      await page.close();
    });
  });

  describe('Gmail, full screen (markup before 2021)', () => {
    it('holds Send and Ctrl+Enter with a councillor in Bcc, and "Send anyway" sends the identical message', async () => {
      const page = await open('gmail', 'gmail-2019-fullscreen', 1);
      expect(await ruleIds(page.locator('probity-compose'))).toContain('no-blind-copy-member');
      await page.locator('[g_editable]').click();
      const held = await expectHeld(page, () => page.keyboard.press('Control+Enter'));
      await held.getByText('Go back and fix').click();
      const dialog = await expectHeld(page, () => page.locator('[data-tooltip^="Send"]').click());
      await screenshot(page, 'gmail-fullscreen-1-send-held');
      await sendAnywayAndCompare(page, dialog, 'fullscreen', 'send');
      await page.close();
    });
  });

  describe('Gmail, a popped-out window in French', () => {
    it('holds Envoyer and Ctrl+Enter with a councillor in Cci', async () => {
      const page = await open('gmail', 'gmail-2022-popout-fr', 1);
      await expect.poll(() => highlightedTexts(page, 'probity-error')).toEqual(['Ravi Patel']);
      await page.locator('[g_editable]').click();
      const held = await expectHeld(page, () => page.keyboard.press('Control+Enter'));
      await held.getByText('Go back and fix').click();
      const dialog = await expectHeld(page, () => page.getByText('Envoyer', { exact: true }).click());
      await screenshot(page, 'gmail-popout-fr-1-send-held');
      await sendAnywayAndCompare(page, dialog, 'popout', 'send');
      await page.close();
    });
  });

  describe('Outlook on the web, a reply in the reading pane (2019 markup)', () => {
    it('finds the councillor behind a name-only Bcc pill, ignores the quoted instruction, and holds Send, Ctrl+Enter and Alt+S', async () => {
      const page = await open('outlook', 'outlook-2019-reply', 1);
      await expect.poll(() => highlightedTexts(page, 'probity-error')).toEqual(['RPRavi Patel']);
      const overlay = page.locator('probity-compose');
      const rules = await ruleIds(overlay);
      expect(rules).toContain('no-blind-copy-member');
      expect(rules).not.toContain('member-instructs-officer');
      expect(rules).not.toContain('pressure-on-officer-advice');
      await overlay.locator('.badge').click();
      await screenshot(page, 'outlook-2019-1-findings-panel');
      await overlay.locator('.badge').click();
      await page.locator('[data-fixture-editor]').click();
      for (const keys of ['Control+Enter', 'Alt+s']) {
        const held = await expectHeld(page, () => page.keyboard.press(keys));
        await held.getByText('Go back and fix').click();
        await held.waitFor({ state: 'hidden' });
      }
      const dialog = await expectHeld(page, () => page.getByRole('button', { name: 'Send', exact: true }).click());
      await screenshot(page, 'outlook-2019-2-send-held');
      await sendAnywayAndCompare(page, dialog, 'reply', 'send');
      await expectEditorUntouchedAfterSend(page);
      await page.close();
    });

    it('sends the clean reply at once once the councillor is out of Bcc', async () => {
      const page = await open('outlook', 'outlook-2019-reply', 1);
      await page.evaluate(() => document.querySelector('[data-fixture-compose="reply"] [aria-label="Bcc"]')!.replaceChildren());
      await expect.poll(() => page.locator('probity-compose .badge').getAttribute('data-severity')).toMatch(/clean|info/);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      expect(await sent(page)).toEqual([expect.objectContaining({ compose: 'reply', path: 'send' })]);
      await page.close();
    });
  });

  describe('Outlook on the web, a new message (Fluent markup)', () => {
    it('underlines the commitment, leaves the editor untouched, and holds the split button\'s "Schedule send"', async () => {
      const page = await open('outlook', 'outlook-2024-compose', 1);
      await expect.poll(() => highlightedTexts(page, 'probity-error')).toContain('The Council will pay for the repair.');
      await expectEditorUntouched(page, 'new');
      await page.locator('probity-compose .badge').click();
      await screenshot(page, 'outlook-2024-1-commitment');
      await page.locator('probity-compose .badge').click();
      const primary = await expectHeld(page, () => page.locator('.fui-SplitButton__primaryActionButton').click());
      await primary.getByText('Go back and fix').click();
      await page.locator('.fui-SplitButton__menuButton').click();
      const dialog = await expectHeld(page, () => page.getByRole('menuitem', { name: 'Schedule send' }).click());
      await sendAnywayAndCompare(page, dialog, 'new', 'schedule');
      await page.close();
    });
  });

  describe('Outlook on the web, a popped-out reply in French', () => {
    it('says it could not read the sender, and holds Envoyer for the councillor in Cci', async () => {
      const page = await open('outlook', 'outlook-2024-popout-fr', 1);
      const overlay = page.locator('probity-compose');
      expect(await overlay.locator('.badge').getAttribute('data-severity')).toBe('unread');
      expect(await ruleIds(overlay)).toContain('no-blind-copy-member');
      await overlay.locator('.badge').click();
      expect(await overlay.locator('.read-problems').textContent()).toContain('Probity could not read who is sending this');
      await screenshot(page, 'outlook-popout-fr-1-could-not-read');
      await overlay.locator('.badge').click();
      const dialog = await expectHeld(page, () => page.getByRole('button', { name: 'Envoyer', exact: true }).click());
      expect(await dialog.locator('.send-dialog__problems').textContent()).toContain('could not read who is sending');
      await sendAnywayAndCompare(page, dialog, 'popout', 'send');
      await page.close();
    });
  });

  describe('one-click fixes, made through the site\'s own editing so its undo reverses them', () => {
    const RELEASE = [
      'PRESS RELEASE', 'For immediate release', '',
      'The Labour administration has opened a new recycling centre in Northfield.',
      'Residents welcomed the work of the Conservative-led council on the new bins.', '', 'ENDS',
    ];

    /** Puts a press release in a window's editor, as a paste the site rendered would, and waits for its party credits to be found. */
    async function pressRelease(page: Page, compose: string, editor: string): Promise<Locator> {
      await page.evaluate(({ name, selector, lines }) => {
        const element = document.querySelector(`[data-fixture-compose="${name}"] ${selector}`)!;
        element.replaceChildren(...lines.map((line) => {
          const block = document.createElement('div');
          if (line) block.textContent = line;
          else block.append(document.createElement('br'));
          return block;
        }));
      }, { name: compose, selector: editor, lines: RELEASE });
      const overlay = await overlayOf(page, compose);
      await expect.poll(() => ruleIds(overlay)).toContain('publicity-group-attribution');
      await overlay.locator('.badge').click();
      return overlay;
    }

    const editorText = (page: Page, compose: string, editor: string) =>
      page.locator(`[data-fixture-compose="${compose}"] ${editor}`).evaluate((element) => (element as HTMLElement).innerText.replace(/\n+/g, '\n').trim());

    async function replaceAndUndo(page: Page, compose: string, editor: string): Promise<void> {
      const overlay = await pressRelease(page, compose, editor);
      const original = await editorText(page, compose, editor);
      const fixes = overlay.locator('.probity-finding[data-rule-id="publicity-group-attribution"] .probity-finding__fix:visible');
      expect(await fixes.allTextContents()).toEqual(['Replace with “The Council”', 'Replace with “the Council”']);
      // Keyboard access: the fix button is reached and pressed like any other button.
      await fixes.first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => editorText(page, compose, editor)).toContain('The Council has opened a new recycling centre');
      await overlay.locator('.probity-finding[data-rule-id="publicity-group-attribution"] .probity-finding__fix:visible').first().click();
      await expect.poll(() => editorText(page, compose, editor)).toContain('the work of the Council on the new bins');
      await expect.poll(() => ruleIds(overlay)).not.toContain('publicity-group-attribution');
      await screenshot(page, `fix-${compose}-party-credit-replaced`);
      // The site's undo, one step a fix: the second fix, then the first.
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page, compose, editor)).toContain('the work of the Conservative-led council on the new bins');
      expect(await editorText(page, compose, editor)).toContain('The Council has opened');
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page, compose, editor)).toBe(original);
      await expect.poll(() => overlay.locator('.probity-finding[data-rule-id="publicity-group-attribution"]').count()).toBe(2);
    }

    it('replaces a party credited in a press release with “the Council” in Gmail, and Ctrl+Z brings the words back', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      await replaceAndUndo(page, 'commitment', '[g_editable]');
      await page.close();
    });

    it('does the same in Outlook on the web', async () => {
      const page = await open('outlook', 'outlook-2024-compose', 1);
      await replaceAndUndo(page, 'new', '[data-fixture-editor]');
      await page.close();
    });

    it('moves a blind-copied councillor to Cc in Gmail with the chip\'s own remove button and the Cc field, and then sends at once', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      const bcc = await overlayOf(page, 'bcc');
      await bcc.locator('.badge').click();
      const fix = bcc.locator('.probity-finding[data-rule-id="no-blind-copy-member"] .probity-finding__fix');
      expect(await fix.textContent()).toBe('Move Ravi Patel to Cc');
      await expectNoAxeViolationsInProbity(page, 'the findings panel with a fix button');
      await fix.click();
      await expect.poll(async () => {
        const { cc, bcc: blind } = await messageIn(page, 'bcc');
        return { cc, bcc: blind };
      }).toEqual({ cc: ['cllr.ravi.patel@example.gov.uk'], bcc: [] });
      await expect.poll(() => ruleIds(bcc)).not.toContain('no-blind-copy-member');
      await screenshot(page, 'fix-gmail-moved-to-cc');
      await page.locator('[data-fixture-compose="bcc"] [data-tooltip^="Send"]').click();
      await expect.poll(() => sent(page)).toEqual([expect.objectContaining({ cc: ['cllr.ravi.patel@example.gov.uk'], bcc: [] })]);
      await page.close();
    });

    it('offers the move in the send dialog too: it goes back to the message, moved and unsent', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      const dialog = await expectHeld(page, () => page.locator('[data-fixture-compose="bcc"] [data-tooltip^="Send"]').click());
      await expectNoAxeViolationsInProbity(page, 'the send dialog with a fix button');
      await screenshot(page, 'fix-gmail-send-dialog');
      await dialog.getByRole('button', { name: 'Move Ravi Patel to Cc' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(async () => (await messageIn(page, 'bcc')).cc).toEqual(['cllr.ravi.patel@example.gov.uk']);
      expect(await sent(page)).toEqual([]);
      await page.close();
    });

    it('moves a name-only Bcc pill to Cc in Outlook on the web by the wells\' own editing', async () => {
      const page = await open('outlook', 'outlook-2019-reply', 1);
      const overlay = page.locator('probity-compose');
      await overlay.locator('.badge').click();
      await overlay.locator('.probity-finding[data-rule-id="no-blind-copy-member"] .probity-finding__fix').click();
      await expect.poll(async () => {
        const { cc, bcc } = await messageIn(page, 'reply');
        return { cc, bcc };
      }).toEqual({ cc: 'cllr.ravi.patel@example.gov.uk', bcc: '' });
      await expect.poll(() => ruleIds(overlay)).not.toContain('no-blind-copy-member');
      await page.close();
    });

    it('offers no move where the Cc field is not open to type into, so no recipient can be dropped', async () => {
      const page = await open('gmail', 'gmail-2022-popout-fr', 1);
      const overlay = page.locator('probity-compose');
      await overlay.locator('.badge').click();
      expect(await ruleIds(overlay)).toContain('no-blind-copy-member');
      expect(await overlay.locator('.probity-finding[data-rule-id="no-blind-copy-member"] .probity-finding__fix').isHidden()).toBe(true);
      await page.close();
    });

    it('offers no fix where the change needs the writer\'s judgement', async () => {
      const page = await open('gmail', 'gmail-2022-popups', 2);
      const commitment = await overlayOf(page, 'commitment');
      await commitment.locator('.badge').click();
      expect(await commitment.locator('.probity-finding[data-rule-id="member-letter-obligation"] .probity-finding__fix').isHidden()).toBe(true);
      await expectEditorUntouched(page, 'commitment');
      await page.close();
    });
  });

  it('puts "Send anyway" and a send it could not fully check on the override log, with the flagged words only, shown and exported by the options page', async () => {
    type Stored = { decisions?: { action: string; excerpts?: string[]; reason: string }[] };
    const worker = harness.context.serviceWorkers()[0]!;
    const logged = () => worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Stored> } } } })
      .chrome.storage.local.get('decisions').then((stored) => stored.decisions ?? []));
    const before = (await logged()).length;

    const commitment = await open('outlook', 'outlook-2024-compose', 1);
    await sendAnywayAndCompare(commitment, await expectHeld(commitment, () => commitment.locator('.fui-SplitButton__primaryActionButton').click()), 'new', 'send');
    const unread = await open('outlook', 'outlook-2024-popout-fr', 1);
    await sendAnywayAndCompare(unread, await expectHeld(unread, () => unread.getByRole('button', { name: 'Envoyer', exact: true }).click()), 'popout', 'send');
    await expect.poll(async () => (await logged()).slice(before).map((entry) => [entry.action, entry.excerpts])).toEqual([
      ['sent-anyway', ['The Council will pay for the repair.']],
      ['sent-unchecked', []],
    ]);

    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const rows = options.locator('#override-log-rows tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((cell) => cell.textContent)));
    expect(shown).toEqual(expect.arrayContaining([
      ['Sent without a full check', expect.stringContaining('no-blind-copy-member'), '', 'Cllr Patel asked to be copied; agreed with the Monitoring Officer', 'Outlook on the web'],
      ['Sent anyway', expect.stringContaining('member-letter-obligation'), '“The Council will pay for the repair.”', 'Cllr Patel asked to be copied; agreed with the Monitoring Officer', 'Outlook on the web'],
    ]));
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export as CSV for your monitoring officer' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toMatch(/,Sent anyway,[^\r\n]*\(member-letter-obligation\),“The Council will pay for the repair\.”,/);
    expect(csv).toMatch(/,Sent without a full check,/);
    // The flagged words only: no address, no other words of the message.
    expect(csv).not.toMatch(/@|Dear|fence/i);
    await options.close();
    await commitment.close();
    await unread.close();
  });

  it('lists what it could not read on its diagnostics page, and clears the list', async () => {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/diagnostics.html`);
    const rows = page.locator('#failures tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const text = await page.locator('#failures').textContent();
    expect(text).toContain('Outlook on the web');
    expect(text).toContain('no sending address found on the page');
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}/);
    expect(text).not.toMatch(/@|Ravi|Patel/);
    await screenshot(page, 'diagnostics-1-list');
    await page.getByText('Clear the list').click();
    await expect.poll(() => rows.count()).toBe(0);
    expect(await page.locator('#failures-empty').isVisible()).toBe(true);
    await page.close();
  });

  describe('review page', () => {
    const drop = (page: Page, name: string, bytes: Uint8Array, type: string) => dropFile(page, '#drop-zone', name, bytes, type);

    async function reviewRuleIds(page: Page): Promise<string[]> {
      return page.locator('#findings .probity-finding').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.ruleId!));
    }

    it('shows the findings of a dropped .eml and a dropped .docx, with the flagged words marked', async () => {
      const page = await harness.context.newPage();
      await page.goto(`chrome-extension://${harness.extensionId}/review.html`);

      await drop(page, 'member-bcc.eml', readFileSync(join(import.meta.dirname, 'fixtures', 'member-bcc.eml')), 'message/rfc822');
      await page.locator('#findings .probity-finding').first().waitFor();
      expect(await page.locator('#result-title').textContent()).toBe('member-bcc.eml');
      expect(await reviewRuleIds(page)).toEqual(expect.arrayContaining(['no-blind-copy-member', 'pressure-on-officer-advice']));
      expect(await page.locator('#document mark.mark--error').allTextContents()).toEqual(['You must change the recommendation in the report before Thursday.']);
      await screenshot(page, 'review-1-eml');

      const release = new Document({ sections: [{ children: [
        new Paragraph({ text: 'PRESS RELEASE', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('For immediate release'),
        new Paragraph('Labour councillor Jane Okafor said the new recycling service would start in Northfield in June.'),
        new Paragraph('ENDS'),
      ] }] });
      await drop(page, 'recycling-release.docx', new Uint8Array(await Packer.toBuffer(release)),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      await expect.poll(() => page.locator('#result-title').textContent()).toBe('recycling-release.docx');
      expect(await reviewRuleIds(page)).toContain('publicity-party-affiliation');
      expect(await page.locator('#result-summary').textContent()).toContain('Press release');
      await screenshot(page, 'review-2-docx');
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'review-3-docx-printed');
      await page.close();
    });
  });

  it('makes no network request of its own', () => {
    const foreign = harness.requests.filter((url) => !MAIL_HOSTS.includes(new URL(url).hostname));
    console.log(`[measure] requests seen: ${harness.requests.length} (all to the test pages' own hosts: ${foreign.length === 0})`);
    expect(foreign).toEqual([]);
    expect(harness.served.every((entry) => /^[a-z.0-9]+\/(mail\/(u\/0\/)?\?probity-page=[a-z0-9-]+|probity-fixture\/[a-z]+-[a-z]+\.js|favicon\.ico)$/.test(entry))).toBe(true);
  });
});

/** axe-core over the page, judging what Probity draws (the rebuilt mail markup around it is the sites', not ours). */
async function expectNoAxeViolationsInProbity(page: Page, state: string): Promise<void> {
  const { violations, passes } = await runAxe(page);
  const ours = violations.filter((violation) => violation.includes('probity-compose'));
  console.log(`[axe] ${state}: ${ours.length} violations in Probity's overlay, ${passes} rules passed on the page`);
  expect(ours).toEqual([]);
}

/** The first page to show `url`, however long the browser takes to open it: a tab opened, or the blank first tab navigated. */
function pageAt(url: string): Promise<Page> {
  return new Promise((resolve) => {
    const watch = (page: Page) => {
      if (page.url() === url) resolve(page);
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame() && frame.url() === url) resolve(page);
      });
    };
    harness.context.pages().forEach(watch);
    harness.context.on('page', watch);
  });
}

/** After the site sent it, the message body it sent was the editor as rendered: Probity changed nothing in it. */
async function expectEditorUntouchedAfterSend(page: Page): Promise<void> {
  const { sentBody, initial, log } = await page.evaluate(() => {
    const state = window as unknown as { initialEditors: Record<string, string>; editorMutationLog: string[]; sentMessages: { compose: string; body: string }[] };
    const [message] = state.sentMessages;
    return { sentBody: message!.body, initial: state.initialEditors[message!.compose], log: state.editorMutationLog };
  });
  expect(sentBody).toBe(initial);
  expect(log).toEqual([]);
}
