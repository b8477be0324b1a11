// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCouncil, type CouncilConfig } from '@probity/core';
import { COUNCIL_KEY, type StorageLike } from '../src/settings.ts';
import { startOptionsPage } from '../src/options/page.ts';
import { extensionStorage } from '../src/pages/extension-storage.ts';
import { loadStaticPage } from './static-page.ts';
import { area } from './fake-storage.ts';


const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const texts = (selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent);
const summary = () => Object.fromEntries([...document.querySelectorAll('#council-summary dt')].map((term) => [term.textContent, term.nextElementSibling!.textContent]));
const labelled = <T extends HTMLElement = HTMLInputElement>(label: string) => $<T>(`[aria-label="${label}"]`);

async function open(storage: StorageLike | null) {
  loadStaticPage('options.html');
  await startOptionsPage(document, storage).ready;
}

function type(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Imports through the settings' import button, or the first-run setup's when the setup is showing. */
async function importFiles(...files: File[]): Promise<void> {
  const input = $<HTMLInputElement>($('#setup').hidden ? '#import' : '#setup-import');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
  await expect.poll(() => $('#status').textContent || texts('.problems li').join('')).not.toBe('');
}

const saved = (local: { data: Record<string, unknown> }) => local.data[COUNCIL_KEY] as CouncilConfig | undefined;

describe('the settings page', () => {
  it('opens on a short setup while no council is set up, and shows the example council only as a labelled demo', async () => {
    await open({ local: area(), managed: area() });
    expect($('#setup').hidden).toBe(false);
    expect($('#settings').hidden).toBe(true);
    expect($('#setup-heading').textContent).toBe('Set up Probity for your council');
    $('#setup-demo').click();
    expect($('#setup').hidden).toBe(true);
    expect($('#settings').hidden).toBe(false);
    expect(document.activeElement).toBe($('#council-heading'));
    expect($('#demo-label').hidden).toBe(false);
    expect($('#demo-label').textContent).toBe('Demo: the example council');
    expect(summary()).toMatchObject({ Council: 'Example Borough Council', Members: '9', Settings: 'The example council built into Probity: import your council’s own' });
    expect($<HTMLFieldSetElement>('#settings').disabled).toBe(false);
    expect($('#managed-notice').hidden).toBe(true);
    expect(document.querySelectorAll('#rule-rows select')).toHaveLength(23);
  });

  it('gives every control a label', async () => {
    await open({ local: area(), managed: area() });
    const unlabelled = [...document.querySelectorAll<HTMLElement>('input, select')]
      .filter((control) => !control.getAttribute('aria-label') && !control.closest('label'));
    expect(unlabelled.map((control) => control.id)).toEqual([]);
    const unnamedButtons = [...document.querySelectorAll('button')].filter((button) => !(button.getAttribute('aria-label') || button.textContent?.trim()));
    expect(unnamedButtons).toEqual([]);
  });

  it('imports a ModernGov directory with its notes, saves it with a name, a rule setting and an election', async () => {
    const local = area();
    await open({ local, managed: area() });
    await importFiles(new File([readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'moderngov', 'harlow.gov.uk.xml'))], 'harlow.gov.uk.xml'));
    expect(summary()).toMatchObject({ Council: 'Imported council', Members: '33', 'Ruling group': 'Labour', Elections: 'None', Settings: 'Imported, not saved yet' });
    expect(texts('#import-warnings li')).toContain('rulingGroup set to Labour, which holds 19 of 33 seats');
    expect($('#import-notes').hidden).toBe(false);
    expect(saved(local)).toBeUndefined();

    type($<HTMLInputElement>('#council-name'), 'Harlow Council');
    type(labelled<HTMLSelectElement>('Severity of out-of-hours-contact'), 'off');
    $('#add-election').click();
    expect(document.activeElement).toBe(labelled('Name of election 1'));
    type(labelled('Name of election 1'), 'Harlow elections 2027');
    type(labelled('Polling day of election 1, Harlow elections 2027'), '2027-05-06');
    $('#save').click();
    await expect.poll(() => $('#status').textContent).toBe('Saved. Probity now checks against Harlow Council’s settings.');
    expect(saved(local)).toMatchObject({ council: 'Harlow Council', rules: { 'out-of-hours-contact': 'off' }, elections: [{ name: 'Harlow elections 2027', poll: '2027-05-06' }] });
    expect(saved(local)?.members).toHaveLength(33);
    expect(summary().Settings).toBe('Saved on this computer');
    expect($('#import-notes').hidden).toBe(true);
  });

  it('undoes an import', async () => {
    const local = area({ [COUNCIL_KEY]: { council: 'Harlow Council', members: [{ name: 'Ann Lee' }] } });
    await open({ local, managed: area() });
    await importFiles(new File(['{"council": "Another Council"}'], 'council.json'));
    expect(summary()).toMatchObject({ Council: 'Another Council', Members: '0' });
    $('#undo').click();
    expect(summary()).toMatchObject({ Council: 'Harlow Council', Members: '1', Settings: 'Saved on this computer' });
    expect($('#undo').hidden).toBe(true);
  });

  it('lists each problem of an invalid import in the setup and changes nothing', async () => {
    await open({ local: area(), managed: area() });
    await importFiles(new File(['{"council": "X", "members": [{"name": "A", "emails": ["nope"]}]}'], 'council.json'));
    expect(texts('#setup-problems li')).toEqual(['council.json: members[0].emails[0]: not an email address']);
    expect($('#setup').hidden).toBe(false);
    expect(summary().Council).toBe('Example Borough Council');
  });

  it('leaves the setup for the settings once a council is imported, and warns until an election is added', async () => {
    const local = area();
    await open({ local, managed: area() });
    await importFiles(new File([readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'moderngov', 'harlow.gov.uk.xml'))], 'harlow.gov.uk.xml'));
    expect($('#setup').hidden).toBe(true);
    expect($('#settings').hidden).toBe(false);
    expect(document.activeElement).toBe($('#council-name'));
    expect($('#demo-label').hidden).toBe(true);
    expect($('#no-election-warning').hidden).toBe(false);
    expect($('#no-election-warning').textContent).toMatch(/^No election is set up\. Until one is, Probity does not check/);
    $('#add-election').click();
    expect($('#no-election-warning').hidden).toBe(true);
  });

  it('removes an election with an undo that puts it back where it was', async () => {
    const local = area({ [COUNCIL_KEY]: { council: 'X', elections: [{ name: 'First', poll: '2027-05-06' }, { name: 'Second', poll: '2028-05-04' }] } });
    await open({ local, managed: area() });
    labelled<HTMLButtonElement>('Remove election 1, First').click();
    expect(texts('#election-rows tr').length).toBe(1);
    expect($('#status').textContent).toBe('Removed the election “First”.');
    expect(document.activeElement).toBe($('#undo'));
    $('#undo').click();
    expect([...document.querySelectorAll<HTMLInputElement>('#election-rows input[id$="-name"]')].map((input) => input.value)).toEqual(['First', 'Second']);
    expect(document.activeElement).toBe(labelled('Name of election 1, First'));
  });

  it('does not save an election without a polling day, and says why', async () => {
    const local = area({ [COUNCIL_KEY]: { council: 'X' } });
    await open({ local, managed: area() });
    $('#add-election').click();
    type(labelled('Name of election 1'), 'By-election');
    $('#save').click();
    await expect.poll(() => texts('#problems li')).toEqual(['Election 1 (By-election): give its polling day.']);
    expect($('#status').textContent).toBe('Not saved: see the problems above.');
    expect(saved(local)).toEqual({ council: 'X' });
  });

  it('shows settings set by the organisation as managed and read-only', async () => {
    await open({ local: area({ [COUNCIL_KEY]: exampleCouncil }), managed: area({ [COUNCIL_KEY]: { council: 'Policy Council', elections: [{ name: 'May', poll: '2027-05-06' }] } }) });
    expect($('#managed-notice').hidden).toBe(false);
    expect($('#managed-notice').textContent).toMatch(/^Managed by your organisation\./);
    expect(summary()).toMatchObject({ Council: 'Policy Council', Settings: 'Set by your organisation' });
    expect($<HTMLFieldSetElement>('#settings').disabled).toBe(true);
  });

  it('is read-only, and says why, outside the extension', async () => {
    await open(null);
    expect($<HTMLFieldSetElement>('#settings').disabled).toBe(true);
    expect(texts('#problems li')).toEqual(['Settings are kept by the Probity extension: open this page from the extension to change them.']);
  });
});

describe('extensionStorage', () => {
  const storage = { local: area(), managed: area() };

  it('finds Firefox’s browser.storage or Chromium’s chrome.storage, and nothing on a plain web page', () => {
    expect(extensionStorage({ browser: { storage } })).toBe(storage);
    expect(extensionStorage({ chrome: { storage } })).toBe(storage);
    expect(extensionStorage({ chrome: { csi: () => 0 } })).toBeNull();
    expect(extensionStorage({})).toBeNull();
  });
});
