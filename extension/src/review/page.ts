/**
 * The review page: a letter, email or press release from a file or pasted
 * text, checked against the council in force, shown with its flagged words
 * marked, the shared findings panel, dismissals with their reasons and a
 * printable report. Runs as an extension page and, served by `npm start`,
 * as a plain web page without any extension API.
 */
import type { Draft, Finding, Kind, Review } from '@probity/core';
import { renderFindingsPanel } from '@probity/ui';
import type { StorageLike } from '../settings.ts';
import { element, required, showProblems } from '../pages/elements.ts';
import type { ReviewEngine } from './engine.ts';
import { councilInForce, type CouncilInForce, type OpenedCouncil } from './council.ts';
import { councilFromFile, draftFromFile, draftFromPaste, problemLine } from './intake.ts';
import { markedRuns, mostSerious, renderMarkedText, renderParagraphs } from './marked-text.ts';
import { reviewOutcome } from './outcome.ts';
import { reportDismissals, reportFindings, type Dismissal } from './report.ts';
import { formatMoment, summaryRows, type MomentBasis } from './summary.ts';
import { attachWordCards } from './word-card.ts';

export interface ReviewPageEnvironment {
  /** The extension's storage, or null when the page is served without the extension. */
  storage: StorageLike | null;
  /** Reads and checks documents: in a worker on the real page, on the test's own thread in tests. */
  engine: ReviewEngine;
  now?: () => Date;
  /** Where the reviewer's name is remembered between visits: the page's localStorage, or none. */
  remembered?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/** The localStorage key of the reviewer's name, asked once and printed on every report. */
export const REVIEWER_KEY = 'probity.reviewer';

export interface ReviewPage {
  /** Settles once the latest document, option or council change has been read, checked and shown. */
  idle(): Promise<void>;
}

interface Checked {
  title: string;
  draft: Draft;
  review: Review;
  council: CouncilInForce;
  moment: Date;
  momentBasis: MomentBasis;
  chosenKind: Kind | undefined;
  reviewedAt: Date;
}

const HEADER_FIELDS = [['from', 'From'], ['to', 'To'], ['cc', 'Cc'], ['bcc', 'Bcc']] as const;

export function startReviewPage(document: Document, environment: ReviewPageEnvironment): ReviewPage {
  const view = document.defaultView ?? window;
  const now = environment.now ?? (() => new Date());
  const get = <T extends HTMLElement = HTMLElement>(id: string) => required<T>(document, id);
  const openFile = get<HTMLInputElement>('open-file');
  const pasted = get<HTMLTextAreaElement>('pasted');
  const kindSelect = get<HTMLSelectElement>('kind');
  const asAtInput = get<HTMLInputElement>('as-at');
  const councilFile = get<HTMLInputElement>('council-file');
  const councilLine = get('council-in-force');
  const councilReset = get<HTMLButtonElement>('council-reset');
  const problems = get('problems');
  const reviewer = get<HTMLInputElement>('reviewer');
  const progress = get('progress');
  const result = get('result');
  const resultTitle = get('result-title');
  const documentView = get('document-text');
  const dismissedSection = get('dismissed');
  const dismissedList = get('dismissed-list');

  let opened: OpenedCouncil | null = null;
  let current: { title: string; named: string; draft: Draft } | null = null;
  let checked: Checked | null = null;
  /** Dismissals by finding key, so they survive a re-check of the same document with other options. */
  const dismissed = new Map<string, Dismissal>();
  let marks = new Map<Finding, HTMLElement[]>();
  const wordCards = attachWordCards(documentView, get('word-card'));
  const remembered = environment.remembered === undefined ? localStorageOf(view) : environment.remembered;
  reviewer.value = remembered?.getItem(REVIEWER_KEY) ?? '';
  let generation = 0;
  let councilLineGeneration = 0;
  let work: Promise<void> = Promise.resolve();
  let councilShown: Promise<void> = Promise.resolve();

  const panel = renderFindingsPanel(get('findings'), [], {
    heading: 'Findings',
    // The verdict is the outcome box's to give, with what was not checked; the panel only lists.
    emptyText: 'No open findings.',
    onDismiss: (finding, reason) => {
      dismissed.set(findingKey(finding), { finding, reason, by: reviewer.value.trim(), at: now() });
      showFindings();
    },
    onSelect: (finding) => reveal(finding),
  });

  /** Runs `task` as the page's only piece of work; anything it started earlier is superseded. */
  function run(task: (stale: () => boolean) => Promise<void>): void {
    const mine = ++generation;
    work = task(() => mine !== generation).catch((error: unknown) => {
      showProblems(problems, [`Something went wrong: ${error instanceof Error ? error.message : String(error)}`]);
      setProgress('');
    });
  }

  function setProgress(text: string): void {
    progress.textContent = text;
    result.setAttribute('aria-busy', String(text.endsWith('…')));
  }

  /** `title` heads the result; `named` is how a sentence refers to the document. */
  function readAndCheck(title: string, read: () => Draft | Promise<Draft>, named = title): void {
    run(async (stale) => {
      showProblems(problems, []);
      setProgress(`Reading ${named}…`);
      await afterPaint(view);
      let draft: Draft;
      try {
        draft = await read();
      } catch (error) {
        if (stale()) return;
        showProblems(problems, [problemLine(title, error)]);
        setProgress('');
        return;
      }
      if (stale()) return;
      current = { title, named, draft };
      dismissed.clear();
      await checkCurrent(stale, { newDocument: true });
    });
  }

  async function checkCurrent(stale: () => boolean, { newDocument = false } = {}): Promise<void> {
    if (!current) return;
    const { title, named, draft } = current;
    setProgress(`Checking ${named}…`);
    await afterPaint(view);
    const council = await councilInForce(environment.storage, opened);
    if (stale()) return;
    const chosenKind = (kindSelect.value || undefined) as Kind | undefined;
    const { moment, momentBasis } = checkingMoment(draft);
    let outcome: Review;
    try {
      outcome = await environment.engine.check(draft, council.config, { now: moment, kind: chosenKind });
    } catch (error) {
      if (stale()) return;
      showProblems(problems, [`${title}: could not be checked (${error instanceof Error ? error.message : String(error)})`]);
      setProgress('');
      return;
    }
    // Drawing a long document's findings is a task of its own, so no single task holds the page for both.
    await afterPaint(view);
    if (stale()) return;
    checked = { title, draft, review: outcome, council, moment, momentBasis, chosenKind, reviewedAt: now() };
    showProblems(problems, council.problems);
    document.title = `${title}: Probity review`;
    resultTitle.textContent = title;
    result.hidden = false;
    showFindings();
    setProgress(`Checked ${named}.`);
    // A new document's result is what the user came for: take them (and their screen reader) to it.
    if (newDocument) resultTitle.focus();
  }

  function checkingMoment(draft: Draft): { moment: Date; momentBasis: MomentBasis } {
    const chosen = asAtInput.value ? new Date(asAtInput.value) : null;
    if (chosen && !Number.isNaN(chosen.getTime())) return { moment: chosen, momentBasis: 'chosen' };
    const sent = draft.date ? new Date(draft.date) : null;
    if (sent && !Number.isNaN(sent.getTime())) return { moment: sent, momentBasis: 'email' };
    return { moment: now(), momentBasis: 'now' };
  }

  /** Redraws everything that depends on which findings are dismissed. */
  function showFindings(): void {
    if (!checked) return;
    const shown = checked.review.findings.filter((finding) => !dismissed.has(findingKey(finding)));
    showSummary();
    const outcome = reviewOutcome({
      shown, dismissed: [...dismissed.values()].map((dismissal) => dismissal.finding), body: checked.draft.body, quoted: checked.review.quoted,
      unread: checked.review.unread, nothingToCheck: checked.review.nothingToCheck, demoCouncil: checked.council.demo, noElection: checked.council.config.elections.length === 0,
    });
    get('outcome').dataset.level = outcome.level;
    get('outcome-headline').textContent = outcome.headline;
    get('outcome-notes').replaceChildren(...outcome.notes.map((note) => element(document, 'li', { text: note })));
    get('report-findings').replaceChildren(...reportFindings(document, checked.draft, shown));
    get('report-no-findings').hidden = shown.length > 0;
    renderDocument(checked.draft, shown, checked.review.quoted);
    panel.update(shown);
    renderDismissed();
    setRunningHeader(document, `${checked.title}: ${checked.council.config.council}`);
  }

  function showSummary(): void {
    if (!checked) return;
    const shown = checked.review.findings.filter((finding) => !dismissed.has(findingKey(finding)));
    const rows = summaryRows({
      ...checked, shown, dismissed: dismissed.size, council: checked.council.description, profile: checked.council.config.profile, reviewer: reviewer.value.trim(),
    });
    get('result-summary').replaceChildren(...rows.flatMap(([term, value]) => [
      element(document, 'dt', { text: term }), element(document, 'dd', { text: value }),
    ]));
  }

  function renderDocument(draft: Draft, shown: readonly Finding[], quoted: Review['quoted']): void {
    marks = new Map();
    const blocks: HTMLElement[] = [];
    if (draft.source === 'email') {
      for (const [field, label] of HEADER_FIELDS) {
        const addresses = field === 'from' ? (draft.from ? [draft.from] : []) : draft[field];
        if (addresses.length === 0) continue;
        const line = headerLine(label, addresses.map(({ name, address }) => (name ? `${name} <${address}>` : address)).join(', '));
        flagHeader(line, shown.filter((finding) => finding.field === field));
        blocks.push(line);
      }
      if (draft.date) {
        const line = headerLine('Date', formatMoment(new Date(draft.date)));
        flagHeader(line, shown.filter((finding) => finding.field === 'date'));
        blocks.push(line);
      }
    }
    if (draft.subject) {
      const subject = element(document, 'p', { className: 'document__subject' }, [element(document, 'span', { className: 'document__label', text: 'Subject: ' })]);
      subject.append(...markedNodes(draft.subject, shown, 'subject'));
      blocks.push(subject);
    }
    const body = element(document, 'div', { className: 'document__body' });
    const rendered = renderParagraphs(document, draft.body, markedRuns(draft.body, shown, 'body'), quoted);
    for (const [finding, elements] of rendered.marks) marks.set(finding, elements);
    body.append(...rendered.nodes);
    documentView.replaceChildren(...blocks, body);
    const findingsOf = new Map<Element, Finding[]>();
    for (const [finding, elements] of marks) {
      for (const flagged of elements) findingsOf.set(flagged, [...(findingsOf.get(flagged) ?? []), finding]);
    }
    wordCards.setFindings(findingsOf);
  }

  function headerLine(label: string, value: string): HTMLElement {
    return element(document, 'p', { className: 'document__header' }, [element(document, 'span', { className: 'document__label', text: `${label}: ` }), value]);
  }

  /** A flagged header is not a run of text to mark: the whole line is coloured instead. */
  function flagHeader(line: HTMLElement, findings: readonly Finding[]): void {
    const severity = mostSerious(findings);
    if (!severity) return;
    line.classList.add(`document__header--${severity}`);
    line.dataset.rules = [...new Set(findings.map((finding) => finding.ruleId))].join(' ');
    line.tabIndex = 0;
    line.setAttribute('role', 'button');
    for (const finding of findings) marks.set(finding, [line]);
  }

  function markedNodes(text: string, shown: readonly Finding[], field: 'subject'): Node[] {
    const rendered = renderMarkedText(document, text, markedRuns(text, shown, field));
    for (const [finding, elements] of rendered.marks) marks.set(finding, elements);
    return rendered.nodes;
  }

  function reveal(finding: Finding): void {
    const targets = marks.get(finding);
    if (!targets?.length) return;
    for (const selected of documentView.querySelectorAll('.is-selected')) selected.classList.remove('is-selected');
    for (const target of targets) target.classList.add('is-selected');
    const first = targets[0]!;
    first.tabIndex = -1;
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function renderDismissed(): void {
    dismissedSection.hidden = dismissed.size === 0;
    dismissedList.replaceChildren(...reportDismissals(document, [...dismissed.values()], (dismissal) => {
      const { finding } = dismissal;
      const undo = element(document, 'button', {
        className: 'probity-button probity-button--subtle screen-only',
        text: 'Undo',
        attributes: { type: 'button', 'aria-label': `Undo dismissing “${finding.excerpt ?? finding.message}”` },
      });
      undo.addEventListener('click', () => {
        dismissed.delete(findingKey(finding));
        showFindings();
        (document.querySelector<HTMLElement>('#findings .probity-panel'))?.focus();
      });
      return undo;
    }));
  }

  function checkFile(file: File): void {
    readAndCheck(file.name, () => draftFromFile(file, environment.engine.read));
  }

  function openCouncil(file: File): void {
    run(async (stale) => {
      const text = await file.text();
      if (stale()) return;
      const parsed = councilFromFile(file.name, text);
      if (!parsed.ok) {
        showProblems(problems, parsed.problems);
        return;
      }
      opened = { fileName: file.name, config: parsed.config };
      showProblems(problems, []);
      showCouncil();
      await checkCurrent(stale);
    });
  }

  /** The line naming the council in force, kept up to date apart from any document being checked. */
  function showCouncil(): void {
    const mine = ++councilLineGeneration;
    councilReset.hidden = opened === null;
    // Chromium can take seconds to answer the first read of managed storage after it starts.
    if (!councilLine.textContent) councilLine.textContent = 'Council: reading your settings…';
    councilShown = councilInForce(environment.storage, opened).then((council) => {
      if (mine === councilLineGeneration) councilLine.textContent = `Council: ${council.description}`;
    }, () => undefined);
  }

  function recheck(): void {
    run((stale) => checkCurrent(stale));
  }

  openFile.addEventListener('change', () => {
    const file = openFile.files?.[0];
    openFile.value = '';
    if (file) checkFile(file);
  });
  const checkPasted = () => readAndCheck('Pasted text', () => draftFromPaste(pasted.value), 'the pasted text');
  get('check-pasted').addEventListener('click', checkPasted);
  pasted.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      checkPasted();
    }
  });
  kindSelect.addEventListener('change', recheck);
  asAtInput.addEventListener('change', recheck);
  councilFile.addEventListener('change', () => {
    const file = councilFile.files?.[0];
    councilFile.value = '';
    if (file) openCouncil(file);
  });
  councilReset.addEventListener('click', () => {
    opened = null;
    showCouncil();
    recheck();
    councilFile.focus();
  });
  reviewer.addEventListener('change', () => {
    try {
      remembered?.setItem(REVIEWER_KEY, reviewer.value.trim());
    } catch {
      // A browser that refuses storage asks again next time; the name still goes on this report.
    }
    showSummary();
  });
  get('print').addEventListener('click', () => {
    // The name is asked once: a report goes to print with its reviewer, or the page asks for one first.
    if (!reviewer.value.trim()) {
      showProblems(problems, ['Give your name for the report, then print it.']);
      reviewer.focus();
      return;
    }
    view.print();
  });
  listenForDrops(view, get('drop-zone'), (files) => {
    if (files.length !== 1) {
      showProblems(problems, [`Drop one file at a time (${files.length} were dropped).`]);
      return;
    }
    const [file] = files as [File];
    if (/\.json$/i.test(file.name)) openCouncil(file);
    else checkFile(file);
  });

  showCouncil();
  return { idle: async () => { await Promise.all([work, councilShown]); } };
}

/** Files may be dropped anywhere on the page; a file dropped outside the zone must not make the browser open it instead. */
function listenForDrops(view: Window, zone: HTMLElement, onFiles: (files: File[]) => void): void {
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  view.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
    zone.classList.add('is-over');
  });
  view.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) zone.classList.remove('is-over');
  });
  view.addEventListener('drop', (event) => {
    zone.classList.remove('is-over');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    onFiles(files);
  });
}

/** The page's localStorage, or null where the browser refuses it (storage blocked, an opaque origin). */
function localStorageOf(view: Window): Storage | null {
  try {
    return view.localStorage;
  } catch {
    return null;
  }
}

/**
 * The printed report's running header names the document and council on every
 * page. A page margin box takes only text written into CSS, so the header is a
 * rule in a stylesheet built by the script (CSSOM is allowed where inline styles are not).
 */
function setRunningHeader(document: Document, text: string): void {
  const sheet = new (document.defaultView ?? window).CSSStyleSheet();
  const quoted = `"${`Probity review report: ${text}`.replace(/[\\"]/g, '\\$&').replace(/\s+/g, ' ')}"`;
  sheet.replaceSync(`@page { @top-left { content: ${quoted}; } }`);
  document.adoptedStyleSheets = [sheet];
}

/** A finding's identity across re-checks of the same document. */
function findingKey(finding: Finding): string {
  return [finding.ruleId, finding.field, finding.start, finding.excerpt ?? finding.message].join('\u0000');
}

/** Lets the browser paint the progress line before a long step; falls back to a timer where frames are not drawn (a hidden tab). */
function afterPaint(view: Window): Promise<void> {
  return new Promise((resolve) => {
    view.requestAnimationFrame(() => view.setTimeout(resolve, 0));
    view.setTimeout(resolve, 100);
  });
}
