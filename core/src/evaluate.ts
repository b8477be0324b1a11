/**
 * Scoring against a labelled corpus (SPEC 2.4): precision, recall and F1 over
 * (case, rule) pairs, overall and per rule, recall on error-severity rules,
 * the share of clean cases with any finding, and kind-detection accuracy.
 */
import type { Finding, Kind } from './model.ts';
import { foldKey } from './text.ts';
import { rules } from './rules/index.ts';

export interface ExpectedFinding { rule: string; excerpt?: string }
export interface Expectation { kind?: Kind; date?: string; findings: ExpectedFinding[] }
export interface CaseResult { name: string; expected: Expectation; kind: Kind; findings: Finding[] }

export interface RuleScore { rule: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface Miss { case: string; rule: string; type: 'missed' | 'false positive' | 'wrong excerpt' | 'wrong kind'; detail: string }

export interface Score {
  cases: number;
  overall: RuleScore;
  errorRecall: number;
  perRule: RuleScore[];
  cleanCases: number;
  cleanWithFindings: number;
  kindCorrect: number;
  kindChecked: number;
  misses: Miss[];
}

/** Rules whose finding is about a person in (or missing from) the recipients: SPEC 2.4 matches their excerpt or their message. */
const RECIPIENT_RULES = new Set(['no-blind-copy-member', 'copy-member-correspondence-consent', 'ward-members-not-copied']);

export function scoreCases(results: readonly CaseResult[]): Score {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (rule: string) => {
    let entry = counts.get(rule);
    if (!entry) counts.set(rule, entry = { tp: 0, fp: 0, fn: 0 });
    return entry;
  };
  const misses: Miss[] = [];
  let cleanCases = 0;
  let cleanWithFindings = 0;
  let kindCorrect = 0;
  let kindChecked = 0;
  for (const result of results) {
    const expectedRules = new Set(result.expected.findings.map((finding) => finding.rule));
    const firedRules = new Set(result.findings.map((finding) => finding.ruleId));
    for (const rule of expectedRules) {
      const wanted = result.expected.findings.filter((finding) => finding.rule === rule);
      const fired = result.findings.filter((finding) => finding.ruleId === rule);
      if (fired.length === 0) {
        count(rule).fn++;
        misses.push({ case: result.name, rule, type: 'missed', detail: wanted[0]?.excerpt ?? '' });
      } else if (wanted.every((expectation) => fired.some((finding) => excerptMatches(expectation, finding)))) {
        count(rule).tp++;
      } else {
        count(rule).fn++;
        count(rule).fp++;
        misses.push({
          case: result.name, rule, type: 'wrong excerpt',
          detail: `expected "${wanted.map((finding) => finding.excerpt).join('", "')}", got "${fired.map((finding) => finding.excerpt ?? finding.message).join('", "')}"`,
        });
      }
    }
    for (const rule of firedRules) {
      if (expectedRules.has(rule)) continue;
      count(rule).fp++;
      const finding = result.findings.find((candidate) => candidate.ruleId === rule)!;
      misses.push({ case: result.name, rule, type: 'false positive', detail: finding.excerpt ?? finding.message });
    }
    if (result.expected.findings.length === 0) {
      cleanCases++;
      if (result.findings.length > 0) cleanWithFindings++;
    }
    if (result.expected.kind) {
      kindChecked++;
      if (result.expected.kind === result.kind) kindCorrect++;
      else misses.push({ case: result.name, rule: '(kind)', type: 'wrong kind', detail: `expected ${result.expected.kind}, detected ${result.kind}` });
    }
  }
  const perRule = [...counts].map(([rule, entry]) => toScore(rule, entry)).sort((a, b) => a.rule.localeCompare(b.rule));
  const total = perRule.reduce((sum, score) => ({ tp: sum.tp + score.tp, fp: sum.fp + score.fp, fn: sum.fn + score.fn }), { tp: 0, fp: 0, fn: 0 });
  const errorRules = new Set(rules.filter((rule) => rule.meta.severity === 'error').map((rule) => rule.meta.id));
  const errorTotal = perRule.filter((score) => errorRules.has(score.rule))
    .reduce((sum, score) => ({ tp: sum.tp + score.tp, fn: sum.fn + score.fn }), { tp: 0, fn: 0 });
  return {
    cases: results.length,
    overall: toScore('(all)', total),
    errorRecall: ratio(errorTotal.tp, errorTotal.tp + errorTotal.fn),
    perRule,
    cleanCases,
    cleanWithFindings,
    kindCorrect,
    kindChecked,
    misses,
  };
}

/** SPEC 2.4: one excerpt contains the other after folding; recipient rules may match on the message. */
export function excerptMatches(expected: ExpectedFinding, finding: Finding): boolean {
  if (!expected.excerpt) return true;
  const want = foldKey(expected.excerpt);
  const candidates = [finding.excerpt ?? ''];
  if (RECIPIENT_RULES.has(finding.ruleId)) candidates.push(finding.message);
  return candidates.some((text) => {
    const got = foldKey(text);
    return got.length > 0 && (got.includes(want) || want.includes(got));
  });
}

function toScore(rule: string, { tp, fp, fn }: { tp: number; fp: number; fn: number }): RuleScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { rule, tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}
