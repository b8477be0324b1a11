import { describe, expect, it } from 'vitest';
import { exampleCouncil, parseCouncilConfig } from '../src/index.ts';

describe('council configuration', () => {
  it('accepts the embedded example council with members in several parties and wards', () => {
    expect(new Set(exampleCouncil.members.map((member) => member.party)).size).toBeGreaterThan(2);
    expect(new Set(exampleCouncil.members.flatMap((member) => member.wards)).size).toBeGreaterThan(2);
    expect(exampleCouncil.officers.length).toBeGreaterThan(0);
    expect(exampleCouncil.elections.length).toBeGreaterThan(0);
  });

  it('fills the defaults of a minimal file', () => {
    const result = parseCouncilConfig({ council: 'Tiny Parish' });
    expect(result.ok && result.config.profile).toBe('model');
    expect(result.ok && result.config.workingHours).toEqual({ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00', timeZone: 'Europe/London' });
  });

  it('reports one line per problem with its JSON path', () => {
    const result = parseCouncilConfig({
      council: 'Example',
      profile: 'nowhere',
      members: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D', emails: ['not-an-email'], roles: ['king'] }],
      elections: [{ name: 'X', poll: '7 May 2026' }],
      workingHours: { timeZone: 'Mars/Olympus' },
      rules: { 'out-of-hours-contact': 'loud' },
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContain('members[3].emails[0]: not an email address');
    expect(errors.some((line) => line.startsWith('members[3].roles[0]: must be one of'))).toBe(true);
    expect(errors.some((line) => line.startsWith('profile: must be one of'))).toBe(true);
    expect(errors).toContain('elections[0].poll: not a date (YYYY-MM-DD)');
    expect(errors).toContain('workingHours.timeZone: not a known time zone');
    expect(errors.some((line) => line.startsWith('rules.out-of-hours-contact: must be one of'))).toBe(true);
    expect(errors.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('reports invalid JSON in one line', () => {
    const result = parseCouncilConfig('{ "council": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(1);
    expect(!result.ok && result.errors[0]).toMatch(/^council\.json is not valid JSON/);
  });

  it('names a missing required field', () => {
    const result = parseCouncilConfig({ members: [] });
    expect(!result.ok && result.errors).toEqual(['council: is required']);
  });
});
