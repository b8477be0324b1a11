/**
 * A table tester for rules, after ESLint's RuleTester: `valid` drafts must stay
 * silent, `invalid` ones must produce the rule with the expected excerpt. It
 * rejects duplicate cases and messages with unfilled placeholders.
 */
import { describe, expect, it } from 'vitest';
import { exampleCouncil, review, ruleById, type CouncilConfig, type DraftInput, type Finding, type Profile } from '../src/index.ts';

export interface TestCase {
  name: string;
  draft: DraftInput;
  /** The moment of the check, ISO 8601; default: the draft's date. */
  now?: string;
  config?: CouncilConfig;
  /** Why the product gets this case wrong today: the case is kept, skipped, so the gap stays in view. */
  knownGap?: string;
}

export interface InvalidCase extends TestCase {
  /** Text the first finding's excerpt must contain (or, for recipient rules, its message). */
  excerpt?: string;
  /** How many findings of the rule the draft gives: one a breaching sentence. Default 1. */
  count?: number;
  /** The key in the rule's meta.messages every finding must carry; default: any of the rule's own keys. */
  messageId?: string;
  /** Another rule the same draft is expected to fire as well, so the test does not mistake it for noise. */
  alsoFires?: string[];
}

export const WEEKDAY_MORNING = 'Tue, 09 Feb 2027 10:15:00 +0000';

/** An e-mail as a host hands it to the engine: "Name <address>" strings for people. */
export function email(parts: {
  from: string; to?: string[]; cc?: string[]; bcc?: string[]; subject?: string; body: string; date?: string;
}): DraftInput {
  return {
    from: mailbox(parts.from),
    to: (parts.to ?? []).map(mailbox),
    cc: (parts.cc ?? []).map(mailbox),
    bcc: (parts.bcc ?? []).map(mailbox),
    subject: parts.subject ?? '',
    body: parts.body,
    date: new Date(parts.date ?? WEEKDAY_MORNING).toISOString(),
    source: 'email',
  };
}

export function document(body: string): DraftInput {
  return { body, source: 'document' };
}

export function configWith(changes: Partial<CouncilConfig>): CouncilConfig {
  return { ...exampleCouncil, ...changes };
}

export function withProfile(profile: Profile): CouncilConfig {
  return configWith({ profile });
}

function mailbox(value: string): { name: string; address: string } {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(value);
  return match ? { name: match[1]!.trim(), address: match[2]! } : { name: '', address: value };
}

export function findingsOf(test: TestCase, ruleId?: string): Finding[] {
  const config = test.config ?? exampleCouncil;
  const findings = review(test.draft, config, { now: test.now ? new Date(test.now) : undefined }).findings;
  return ruleId ? findings.filter((finding) => finding.ruleId === ruleId) : findings;
}

export function testRule(ruleId: string, table: { valid: TestCase[]; invalid: InvalidCase[] }): void {
  const names = [...table.valid, ...table.invalid].map((test) => test.name);
  const bodies = [...table.valid, ...table.invalid].map((test) => JSON.stringify([test.draft, test.now, test.config]));
  describe(ruleId, () => {
    it('has no duplicate cases', () => {
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(bodies).size).toBe(bodies.length);
    });
    for (const test of table.valid) {
      if (test.knownGap) {
        it.skip(`${test.name} (known false alarm: ${test.knownGap})`, () => {});
        continue;
      }
      it(test.name, () => {
        expect(findingsOf(test, ruleId)).toEqual([]);
      });
    }
    for (const test of table.invalid) {
      if (test.knownGap) {
        it.skip(`${test.name} (known miss: ${test.knownGap})`, () => {});
        continue;
      }
      it(test.name, () => {
        const findings = findingsOf(test, ruleId);
        expect(findings.length, `${ruleId} findings: ${JSON.stringify(findings.map((finding) => finding.excerpt))}`).toBe(test.count ?? 1);
        const messageIds = Object.keys(ruleById(ruleId)!.meta.messages);
        for (const finding of findings) {
          expect(finding.message).not.toMatch(/\{\w+\}/);
          expect(finding.suggestion).not.toMatch(/\{\w+\}/);
          expect(finding.citations.length).toBeGreaterThan(0);
          if (test.messageId) expect(finding.messageId).toBe(test.messageId);
          else expect(messageIds).toContain(finding.messageId);
        }
        if (test.excerpt) {
          const first = findings[0]!;
          const texts = [first.excerpt ?? '', first.message];
          expect(texts.some((text) => text.includes(test.excerpt!)), `excerpt "${test.excerpt}" not in ${JSON.stringify(texts)}`).toBe(true);
        }
        const others = findingsOf(test).map((finding) => finding.ruleId).filter((id) => id !== ruleId && !test.alsoFires?.includes(id));
        expect(others, 'other rules fired').toEqual([]);
      });
    }
  });
}
