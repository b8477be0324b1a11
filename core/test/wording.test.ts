/**
 * Plain language where users read it: UK dates (GOV.UK style: "31 March
 * 2027"), citations as a reader expects them ("Model protocol, paras 30 and
 * 48"), and a human title on every rule.
 */
import { describe, expect, it } from 'vitest';
import { exampleCouncil, formatCitations, review, rules, ukDate, ukDateTime } from '../src/index.ts';

describe('ukDate', () => {
  it.each([
    ['2027-03-31', '31 March 2027'],
    ['2026-05-07', '7 May 2026'],
    ['2024-12-01', '1 December 2024'],
  ])('writes %s as %s', (iso, uk) => {
    expect(ukDate(iso)).toBe(uk);
  });

  it.each(['Borough elections 2027', '2027-13-01', '31/03/2027', ''])('leaves "%s", which is not a date, as it is', (text) => {
    expect(ukDate(text)).toBe(text);
  });

  it('writes an instant as the clock in the time zone reads it, summer time included', () => {
    expect(ukDateTime(new Date('2027-01-09T22:15:00Z'))).toBe('Saturday 9 January 2027, 22:15');
    expect(ukDateTime(new Date('2027-04-13T09:00:00Z'))).toBe('Tuesday 13 April 2027, 10:00');
  });
});

describe('formatCitations', () => {
  const model = (paragraph: string) => ({ protocol: 'Model protocol', paragraph });
  it.each([
    ['one paragraph', [model('126')], 'Model protocol, para 126'],
    ['two paragraphs', [model('30'), model('48')], 'Model protocol, paras 30 and 48'],
    ['three, in the order cited', [model('129'), model('125'), model('31')], 'Model protocol, paras 129, 125 and 31'],
    ['a repeated paragraph once', [model('126'), model('126')], 'Model protocol, para 126'],
    ['London Councils sections', [{ protocol: 'London Councils protocol', paragraph: '§3(e)' }, { protocol: 'London Councils protocol', paragraph: '§6' }],
      'London Councils protocol, sections 3(e) and 6'],
    ['two documents', [model('121'), { protocol: 'Code of Recommended Practice on Local Authority Publicity', paragraph: '34' }],
      'Model protocol, para 121; Code of Recommended Practice on Local Authority Publicity, para 34'],
    ['nothing', [], ''],
  ])('%s', (_name, citations, text) => {
    expect(formatCitations(citations)).toBe(text);
  });
});

describe('messages', () => {
  it('give the pre-election period and polling day as UK dates', () => {
    const { findings } = review({
      source: 'document',
      body: 'PRESS RELEASE\n\nCllr Ravi Patel opened the new library today.\n\nENDS',
    }, exampleCouncil, { now: new Date('2027-04-13T10:00:00+01:00') });
    const named = findings.find((finding) => finding.ruleId === 'pre-election-member-named');
    expect(named?.message).toContain('(from 31 March 2027)');
    expect(named?.suggestion).toContain('(6 May 2027)');
  });
});

describe('rule titles', () => {
  it('give every rule a short title in words, not its id, each different', () => {
    for (const { meta } of rules) {
      expect(meta.title, meta.id).toMatch(/^[A-Z][^.]{5,60}$/);
      expect(meta.title, meta.id).not.toContain(meta.id);
      expect(meta.title.toLowerCase(), meta.id).not.toBe(meta.id.replace(/-/g, ' '));
    }
    expect(new Set(rules.map(({ meta }) => meta.title)).size).toBe(rules.length);
  });
});
