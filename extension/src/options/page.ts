/**
 * The settings page: import the council's configuration or member directory,
 * edit its name, protocol, elections and rule severities, and save them
 * through the settings module. When the organisation sets the configuration
 * by policy, everything is shown read-only.
 */
import { PROFILES, PROFILE_PROTOCOLS, exampleCouncil, type CouncilConfig, type Profile, type RuleSetting } from '@probity/core';
import { loadSettings, saveCouncil, type SettingsSource, type StorageLike } from '../settings.ts';
import { element, required, showProblems } from '../pages/elements.ts';
import { startOverrideLogView } from './override-log-view.ts';
import {
  councilSummary, electionRows, emptyElectionRow, importSettings, ruleChoices, settingsFromForm,
  type ElectionRow, type FormValues, type ImportedFile,
} from './form.ts';

export interface OptionsPage {
  /** Settles once the settings and the override log have been loaded and shown. */
  ready: Promise<void>;
}

/** Where the settings on screen came from; "imported" until they are saved. */
type Origin = SettingsSource | 'imported';

const ORIGIN_WORDS: Record<Origin, string> = {
  policy: 'Set by your organisation',
  saved: 'Saved on this computer',
  example: 'The example council built into Probity: import your council’s own',
  imported: 'Imported, not saved yet',
};

const SETTING_WORDS: Record<RuleSetting, string> = { error: 'Error', warning: 'Warning', info: 'Note', off: 'Off' };

/** The last change that lost something, and how to take it back. */
interface Undo {
  restore(): void;
}

export function startOptionsPage(document: Document, storage: StorageLike | null): OptionsPage {
  const view = document.defaultView ?? window;
  const get = <T extends HTMLElement = HTMLElement>(id: string) => required<T>(document, id);
  const fieldset = get<HTMLFieldSetElement>('settings');
  const councilName = get<HTMLInputElement>('council-name');
  const profileSelect = get<HTMLSelectElement>('profile');
  const importInput = get<HTMLInputElement>('import');
  const electionBody = get('election-rows');
  const ruleBody = get('rule-rows');
  const problemList = get('problems');
  const status = get('status');
  const undoButton = get<HTMLButtonElement>('undo');

  let base: CouncilConfig;
  let origin: Origin = 'example';
  let rows: ElectionRow[] = [];
  let undo: Undo | null = null;
  let dirty = false;
  const ruleSelects = new Map<string, HTMLSelectElement>();

  profileSelect.replaceChildren(...PROFILES.map((profile) => element(document, 'option', { text: PROFILE_PROTOCOLS[profile].name, attributes: { value: profile } })));

  function values(): FormValues {
    return {
      council: councilName.value,
      profile: profileSelect.value as Profile,
      elections: rows,
      rules: Object.fromEntries([...ruleSelects].map(([id, select]) => [id, select.value as RuleSetting])),
    };
  }

  function valuesOf(config: CouncilConfig): FormValues {
    return {
      council: config.council,
      profile: config.profile,
      elections: electionRows(config),
      rules: Object.fromEntries(ruleChoices(config).map((choice) => [choice.id, choice.setting])),
    };
  }

  function fill(config: CouncilConfig, shown: FormValues = valuesOf(config)): void {
    base = config;
    councilName.value = shown.council;
    profileSelect.value = shown.profile;
    rows = shown.elections.map((row) => ({ ...row }));
    renderElections();
    renderRules(shown.rules);
    renderSummary();
    get('demo-label').hidden = origin !== 'example';
  }

  /** The summary follows the form, so what it says is what Save would store. */
  function renderSummary(): void {
    const preview = settingsFromForm(base, values());
    const rowsShown = [...councilSummary(preview.ok ? preview.config : base), ['Settings', ORIGIN_WORDS[origin]]];
    get('council-summary').replaceChildren(...rowsShown.flatMap(([term, value]) => [
      element(document, 'dt', { text: term }), element(document, 'dd', { text: value }),
    ]));
  }

  function renderRules(settings: FormValues['rules']): void {
    ruleSelects.clear();
    ruleBody.replaceChildren(...ruleChoices(base).map((choice) => {
      const descriptionId = `rule-${choice.id}-description`;
      const select = element(document, 'select', { id: `rule-${choice.id}`, attributes: { 'aria-label': `Severity of ${choice.id}`, 'aria-describedby': descriptionId } });
      select.append(...(['error', 'warning', 'info', 'off'] as const).map((setting) => element(document, 'option', {
        text: setting === choice.defaultSeverity ? `${SETTING_WORDS[setting]} (default)` : SETTING_WORDS[setting],
        attributes: { value: setting },
      })));
      select.value = settings[choice.id] ?? choice.setting;
      ruleSelects.set(choice.id, select);
      const heading = element(document, 'th', { attributes: { scope: 'row' } }, [
        element(document, 'code', { text: choice.id }),
        element(document, 'span', { id: descriptionId, text: choice.onlyUnder ? `${choice.description} Only under the ${choice.onlyUnder.join(' or ')}.` : choice.description }),
      ]);
      return element(document, 'tr', {}, [heading, element(document, 'td', {}, [select])]);
    }));
  }

  function renderElections(): void {
    get('no-elections').hidden = rows.length > 0;
    get('no-election-warning').hidden = rows.length > 0;
    get('elections').hidden = rows.length === 0;
    electionBody.replaceChildren(...rows.map((row, index) => {
      const labelled: Array<[HTMLElement, string]> = [];
      const nameLabels = () => {
        const which = row.name.trim() ? `election ${index + 1}, ${row.name.trim()}` : `election ${index + 1}`;
        for (const [control, label] of labelled) control.setAttribute('aria-label', `${label} ${which}`);
      };
      const input = (field: 'name' | 'poll' | 'notice' | 'wards', type: string, label: string) => {
        const control = element(document, 'input', { id: `election-${index}-${field}`, attributes: { type } });
        control.value = row[field];
        control.required = field === 'name' || field === 'poll';
        control.addEventListener('input', () => {
          row[field] = control.value;
          if (field === 'name') nameLabels();
        });
        labelled.push([control, label]);
        return element(document, 'td', {}, [control]);
      };
      const remove = element(document, 'button', { className: 'probity-button probity-button--subtle', text: 'Remove', attributes: { type: 'button' } });
      remove.addEventListener('click', () => removeElection(index));
      labelled.push([remove, 'Remove']);
      const cells = [
        input('name', 'text', 'Name of'), input('poll', 'date', 'Polling day of'), input('notice', 'date', 'Notice of election for'),
        input('wards', 'text', 'Wards of'), element(document, 'td', {}, [remove]),
      ];
      nameLabels();
      return element(document, 'tr', {}, cells);
    }));
  }

  function removeElection(index: number): void {
    const [removed] = rows.splice(index, 1);
    if (!removed) return;
    changed();
    renderElections();
    offerUndo(`Removed the election “${removed.name.trim() || 'without a name'}”.`, () => {
      rows.splice(Math.min(index, rows.length), 0, removed);
      renderElections();
      document.getElementById(`election-${index}-name`)?.focus();
    });
    undoButton.focus();
  }

  function offerUndo(message: string, restore: () => void): void {
    undo = { restore };
    status.textContent = message;
    undoButton.hidden = false;
  }

  function clearUndo(): void {
    undo = null;
    undoButton.hidden = true;
  }

  function changed(): void {
    dirty = true;
    renderSummary();
  }

  async function importFiles(files: File[]): Promise<void> {
    // During the first-run setup the settings, and their problem list, are hidden.
    const problems = get('setup').hidden ? problemList : get('setup-problems');
    showProblems(problems, []);
    const contents: ImportedFile[] = await Promise.all(files.map(async (file) => ({ name: file.name, content: await file.text() })));
    const shown = values();
    // The example council is a stand-in: a directory import starts the council afresh rather than mixing into it.
    const into = origin === 'example' ? null : { ...base, council: shown.council.trim() || base.council, profile: shown.profile };
    const result = importSettings(contents, into);
    if (!result.ok) {
      showProblems(problems, result.problems);
      return;
    }
    const before = { base, origin, shown };
    const keepsEdits = into !== null && !contents.some((file) => /\.json$/i.test(file.name));
    origin = 'imported';
    fill(result.config, keepsEdits ? { ...valuesOf(result.config), elections: shown.elections, rules: shown.rules } : valuesOf(result.config));
    dirty = true;
    const warnings = get('import-warnings');
    warnings.replaceChildren(...result.warnings.map((warning) => element(document, 'li', { text: warning })));
    get('import-notes').hidden = result.warnings.length === 0;
    offerUndo(`${result.description}. Check the settings, then save.`, () => {
      origin = before.origin;
      fill(before.base, before.shown);
      get('import-notes').hidden = true;
      importInput.focus();
    });
  }

  async function save(): Promise<void> {
    if (!storage) return;
    const result = settingsFromForm(base, values());
    if (!result.ok) {
      showProblems(problemList, result.problems);
      status.textContent = 'Not saved: see the problems above.';
      return;
    }
    const saved = await saveCouncil(storage, result.config);
    if (!saved.ok) {
      showProblems(problemList, saved.errors);
      status.textContent = 'Not saved: see the problems above.';
      return;
    }
    showProblems(problemList, []);
    clearUndo();
    get('import-notes').hidden = true;
    origin = 'saved';
    dirty = false;
    fill(saved.config);
    status.textContent = `Saved. Probity now checks against ${saved.config.council}’s settings.`;
  }

  fieldset.addEventListener('input', changed);
  fieldset.addEventListener('change', changed);
  /** The first-run setup stands in for the settings until the council is imported or the user chooses the demo. */
  function showSetup(shown: boolean): void {
    get('setup').hidden = !shown;
    fieldset.hidden = shown;
  }

  for (const input of [importInput, get<HTMLInputElement>('setup-import')]) {
    input.addEventListener('change', async () => {
      const files = [...(input.files ?? [])];
      input.value = '';
      if (files.length === 0) return;
      await importFiles(files);
      if (origin === 'imported' && !get('setup').hidden) {
        showSetup(false);
        councilName.focus();
      }
    });
  }
  get('setup-demo').addEventListener('click', () => {
    showSetup(false);
    get('council-heading').focus();
  });
  get('add-election').addEventListener('click', () => {
    rows.push(emptyElectionRow());
    changed();
    renderElections();
    document.getElementById(`election-${rows.length - 1}-name`)?.focus();
  });
  undoButton.addEventListener('click', () => {
    const last = undo;
    clearUndo();
    status.textContent = 'Undone.';
    last?.restore();
    changed();
  });
  get('save').addEventListener('click', () => void save());
  view.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });

  const overrideLog = startOverrideLogView(document, storage);
  const ready = (async () => {
    // Chromium can take seconds to answer the first read of managed storage after it starts.
    status.textContent = 'Reading your settings…';
    const settings = storage ? await loadSettings(storage) : null;
    status.textContent = '';
    origin = settings?.source ?? 'example';
    fill(settings?.config ?? exampleCouncil);
    showProblems(problemList, settings?.problems ?? ['Settings are kept by the Probity extension: open this page from the extension to change them.']);
    get('managed-notice').hidden = settings?.source !== 'policy';
    fieldset.disabled = !settings || settings.source === 'policy';
    showSetup(settings?.source === 'example');
    await overrideLog.refresh();
  })();
  return { ready };
}
