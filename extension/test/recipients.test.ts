import { describe, expect, it } from 'vitest';
import { exampleCouncil } from '@probity/core';
import { addressIn, mergeAddresses, parseAddressList, resolveNames } from '../src/recipients.ts';

describe('parseAddressList', () => {
  it('reads names with angle addresses, bare addresses and quoted names with commas', () => {
    expect(parseAddressList('Jane Okafor <Cllr.Jane.Okafor@example.gov.uk>, sam@example.gov.uk; "Hughes, Sam" <s.h@example.gov.uk>')).toEqual([
      { name: 'Jane Okafor', address: 'cllr.jane.okafor@example.gov.uk' },
      { name: '', address: 'sam@example.gov.uk' },
      { name: 'Hughes, Sam', address: 's.h@example.gov.uk' },
    ]);
  });

  it('ignores words that are not yet addresses', () => {
    expect(parseAddressList('Jane Ok')).toEqual([]);
    expect(parseAddressList('')).toEqual([]);
  });
});

describe('mergeAddresses', () => {
  it('keeps one entry per address and the first name given', () => {
    expect(mergeAddresses([{ name: '', address: 'A@x.gov.uk' }], [{ name: 'Ann', address: 'a@x.gov.uk' }, { name: 'Bo', address: 'b@x.gov.uk' }]))
      .toEqual([{ name: 'Ann', address: 'a@x.gov.uk' }, { name: 'Bo', address: 'b@x.gov.uk' }]);
  });
});

describe('addressIn', () => {
  it('finds the address in a label', () => {
    expect(addressIn('Google Account: Jane Okafor (cllr.jane.okafor@example.gov.uk)')).toBe('cllr.jane.okafor@example.gov.uk');
    expect(addressIn('Send')).toBeNull();
  });
});

describe('resolveNames', () => {
  it('gives a name-only pill the address the council directory has for that name, whatever its case, accents or title', () => {
    const { draft, unresolved } = resolveNames({
      to: [{ name: 'Jane Okafor', address: '' }],
      bcc: [{ name: 'cllr  ravi patel', address: '' }, { name: 'Sam Hughes', address: '' }],
    }, exampleCouncil);
    expect(draft.to).toEqual([{ name: 'Jane Okafor', address: 'cllr.jane.okafor@example.gov.uk' }]);
    expect(draft.bcc).toEqual([
      { name: 'cllr  ravi patel', address: 'cllr.ravi.patel@example.gov.uk' },
      { name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' },
    ]);
    expect(unresolved).toEqual([]);
  });

  it('leaves addressed recipients alone and reports a name the directory does not know', () => {
    const { draft, unresolved } = resolveNames({
      cc: [{ name: 'Ravi Patel', address: 'ravi@home.example' }],
      bcc: [{ name: 'Pat Jones', address: '' }],
    }, exampleCouncil);
    expect(draft.cc).toEqual([{ name: 'Ravi Patel', address: 'ravi@home.example' }]);
    expect(draft.bcc).toEqual([{ name: 'Pat Jones', address: '' }]);
    expect(unresolved).toEqual([{ field: 'bcc', name: 'Pat Jones' }]);
  });
});
