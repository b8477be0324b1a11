import type { Citation, Field, Profile, Severity, Span } from './model.ts';
import type { Analysis } from './analysis.ts';
import type { CouncilConfig } from './model.ts';

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** A short human title for headings and tables: "Councillor blind-copied". */
  title: string;
  /** One sentence: what the rule flags. */
  description: string;
  /** Profiles the rule is on in; absent means every profile. */
  profiles?: readonly Profile[];
  /** Message templates with {placeholders}, keyed by message id. */
  messages: Record<string, string>;
  /** Suggested-fix templates with {placeholders}, keyed like messages. */
  suggestions: Record<string, string>;
}

export interface Report {
  message: string;
  data?: Record<string, string>;
  field: Field;
  /** For body and subject: the flagged span in that field's plain text. */
  span?: Span;
  /** For header fields: the flagged value as it appears in the header. */
  excerpt?: string;
}

export interface RuleContext {
  config: CouncilConfig;
  /** The moment the draft is checked. */
  now: Date;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(analysis: Analysis, context: RuleContext): void;
}

export type { Citation };
