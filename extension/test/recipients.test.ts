import { describe, expect, it } from 'vitest';
import { addressIn, mergeAddresses, parseAddressList } from '../src/recipients.ts';

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
