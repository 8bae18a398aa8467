import { describe, expect, it } from 'vitest';
import { formatValue } from './labels';

describe('formatValue', () => {
  it('leaves the value blank for a deal with no value yet', () => {
    expect(formatValue({ value: null, currency: 'EUR' })).toBe('');
  });

  it('groups the digits and keeps at most two decimals, with the currency code after', () => {
    expect(formatValue({ value: 1234567.891, currency: 'USD' })).toBe('1,234,567.89 USD');
    expect(formatValue({ value: 0.5, currency: 'EUR' })).toBe('0.5 EUR');
  });
});
