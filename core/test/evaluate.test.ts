import { describe, expect, it } from 'vitest';
import { excerptMatches } from '../src/evaluate.ts';
import type { Finding } from '../src/index.ts';

const finding = (ruleId: string, excerpt: string | null, message: string): Finding => ({
  ruleId, severity: 'warning', message, field: excerpt === null ? 'cc' : 'body', excerpt, start: null, end: null, citations: [], suggestion: '',
});

describe('excerpt matching in corpus scoring (SPEC 2.4)', () => {
  it('matches a recipient rule on its message, ward members missing from the copy list included', () => {
    const missing = finding('ward-members-not-copied', null, 'This is about Castlegate ward, but Cllr Sunita Bhatt and Cllr Paul Greaves (also members for Castlegate) are not copied.');
    expect(excerptMatches({ rule: 'ward-members-not-copied', excerpt: 'Sunita Bhatt' }, missing)).toBe(true);
  });

  it('matches any other rule on its excerpt only', () => {
    const said = finding('officer-criticised-publicly', 'did nothing', 'Sunita Bhatt did nothing, so this criticises staff.');
    expect(excerptMatches({ rule: 'officer-criticised-publicly', excerpt: 'Sunita Bhatt' }, said)).toBe(false);
    expect(excerptMatches({ rule: 'officer-criticised-publicly', excerpt: 'she did nothing' }, said)).toBe(true);
  });
});
