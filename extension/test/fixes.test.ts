import { describe, expect, it } from 'vitest';
import type { Finding } from '@probity/core';
import { fixFor } from '../src/content/fixes.ts';

function credit(text: string, words: string): Finding {
  const start = text.indexOf(words);
  return {
    ruleId: 'publicity-group-attribution', severity: 'error', message: '', field: 'body', excerpt: words,
    start, end: start + words.length, citations: [], suggestion: '',
  };
}

describe('fixFor', () => {
  it.each([
    ['The Labour administration has opened a centre.', 'The Labour administration', 'The Council', 'The Labour administration'],
    ['Residents thanked the Labour administration.', 'the Labour administration', 'the Council', 'the Labour administration'],
    ['Residents welcomed the work of the Conservative-led council on the bins.', 'the Conservative-led', 'the Council', 'the Conservative-led council'],
    ['Bins. The ruling group said so.', 'The ruling group', 'The Council', 'The ruling group'],
    ['It was the administration’s plan.', 'the administration’s', 'the Council’s', 'the administration’s'],
  ])('replaces a party credit naming a council body: %s', (text, words, replacement, replaced) => {
    const fix = fixFor(credit(text, words), text);
    expect(fix).toMatchObject({ kind: 'replace-words', replacement, words: replaced, label: `Replace with “${replacement}”` });
  });

  it.each([
    ['Labour\'s flagship free breakfast club scheme continues.', 'Labour\'s flagship free breakfast club scheme'],
    ['The Green-led plan was approved.', 'The Green-led'],
  ])('offers no fix where the credit is of a policy, which needs rewording: %s', (text, words) => {
    expect(fixFor(credit(text, words), text)).toBeNull();
  });

  it('offers no fix when the words are no longer where the check found them', () => {
    const finding = credit('The Labour administration opened it.', 'The Labour administration');
    expect(fixFor(finding, 'Yesterday the Labour administration opened it.')).toBeNull();
  });

  it('moves a blind-copied councillor to Cc, by address and name', () => {
    const finding: Finding = {
      ruleId: 'no-blind-copy-member', severity: 'error', message: '', field: 'bcc',
      excerpt: 'Ravi Patel <cllr.ravi.patel@example.gov.uk>', start: null, end: null, citations: [], suggestion: '',
    };
    expect(fixFor(finding, '')).toEqual({ kind: 'move-to-cc', label: 'Move Ravi Patel to Cc', address: 'cllr.ravi.patel@example.gov.uk', name: 'Ravi Patel' });
  });

  it('offers no fix for other findings', () => {
    const text = 'The Council will pay for the repair.';
    expect(fixFor({ ...credit(text, text), ruleId: 'member-letter-obligation' }, text)).toBeNull();
  });
});
