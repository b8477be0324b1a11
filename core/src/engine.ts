import {
  DraftSchema, type CouncilConfig, type DraftInput, type Finding, type Kind, type Role, type Severity, type Span,
} from './model.ts';
import { analyse } from './analysis.ts';
import { citationsFor } from './citations.ts';
import { rules } from './rules/index.ts';
import type { Report, Rule } from './rule.ts';
import { fillTemplate } from './template.ts';
import { nothingToCheck, readablePart } from './outcome.ts';

export interface Dismissal {
  ruleId: string;
  /** The excerpt the dismissal was made on; null dismisses every finding of the rule. */
  excerpt: string | null;
  reason: string;
}

export interface CheckOptions {
  /** The moment the draft is checked; default: the draft's date, else now. */
  now?: Date;
  /** Overrides the detected kind. */
  kind?: Kind;
  /** Findings the user has dismissed with a reason; they are filtered out after the rules run. */
  dismissals?: readonly Dismissal[];
}

export interface Review {
  kind: Kind;
  author: { role: Role; name: string | null };
  findings: Finding[];
  /**
   * Spans of the body read as quoted or forwarded: rules about what the author
   * writes do not read them, so a host must not present them as checked.
   */
  quoted: Span[];
  /** Findings the user dismissed: a host says so rather than "follows the protocol". */
  dismissed: Finding[];
  /** Parts of the source that were not read, in words (see `Draft.unread`). */
  unread: string[];
  /** Why there was nothing to check ("it has no text"); null when the draft was checked. */
  nothingToCheck: string | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Checks one draft against the council's configuration and returns what was found. */
export function review(input: DraftInput, config: CouncilConfig, options: CheckOptions = {}): Review {
  const draft = readablePart(DraftSchema.parse(input));
  const now = validDate(options.now) ?? parseDate(draft.date) ?? new Date();
  const analysis = analyse(draft, config, options.kind);
  const findings: Finding[] = [];
  for (const rule of activeRules(config)) {
    const severity = severityFor(rule, config);
    if (!severity) continue;
    rule.check(analysis, {
      config,
      now,
      report: (report) => findings.push(toFinding(rule, severity, report, analysis.draft, config)),
    });
  }
  const dismissals = options.dismissals ?? [];
  const found = dedupe(findings)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.start ?? -1) - (b.start ?? -1));
  return {
    kind: analysis.kind,
    author: { role: analysis.author.role, name: analysis.author.name || null },
    findings: found.filter((finding) => !isDismissed(finding, dismissals)),
    dismissed: found.filter((finding) => isDismissed(finding, dismissals)),
    unread: draft.unread ?? [],
    nothingToCheck: nothingToCheck(draft),
    quoted: analysis.quoted.map((part) => analysis.toBody(part)),
  };
}

/** `check(draft, config, now) -> Finding[]`, the engine's contract in SPEC §1. */
export function check(input: DraftInput, config: CouncilConfig, now?: Date): Finding[] {
  return review(input, config, { now }).findings;
}

function activeRules(config: CouncilConfig): Rule[] {
  return rules.filter((rule) => !rule.meta.profiles || rule.meta.profiles.includes(config.profile));
}

function severityFor(rule: Rule, config: CouncilConfig): Severity | null {
  const setting = config.rules[rule.meta.id];
  if (setting === 'off') return null;
  return setting ?? rule.meta.severity;
}

function toFinding(
  rule: Rule, severity: Severity, report: Report, draft: { body: string; subject: string }, config: CouncilConfig,
): Finding {
  const data = report.data ?? {};
  const text = report.field === 'body' ? draft.body : report.field === 'subject' ? draft.subject : null;
  const span = text !== null ? report.span : undefined;
  return {
    ruleId: rule.meta.id,
    severity,
    message: fillTemplate(rule.meta.messages[report.message] ?? report.message, data),
    field: report.field,
    excerpt: span && text !== null ? text.slice(span.start, span.end) : report.excerpt ?? null,
    start: span?.start ?? null,
    end: span?.end ?? null,
    citations: citationsFor(rule.meta.id, config.profile),
    suggestion: fillTemplate(rule.meta.suggestions[report.message] ?? '', data),
    messageId: report.message,
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.ruleId}|${finding.field}|${finding.start}|${finding.excerpt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isDismissed(finding: Finding, dismissals: readonly Dismissal[]): boolean {
  return dismissals.some((dismissal) =>
    dismissal.ruleId === finding.ruleId && (dismissal.excerpt === null || dismissal.excerpt === finding.excerpt));
}

function parseDate(value: string | undefined): Date | undefined {
  return value ? validDate(new Date(value)) : undefined;
}

/** An invalid Date (`new Date(NaN)`) names no moment: the draft's date or the clock is used instead. */
function validDate(date: Date | undefined): Date | undefined {
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
