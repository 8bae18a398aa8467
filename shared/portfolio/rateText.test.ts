import { describe, expect, it } from 'vitest';
import { rateText } from './rateText';

describe('rateText', () => {
  it('gives the win, loss and no-decision rates with the sample beside them', () => {
    expect(rateText({ closed: 6, won: 5 / 6, lost: 1 / 6, noDecision: 0, small: false })).toBe('83% won, 17% lost, 0% no decision (n=6)');
    expect(rateText({ closed: 3, won: 1 / 3, lost: 1 / 3, noDecision: 1 / 3, small: true })).toBe('33% won, 33% lost, 33% no decision (n=3)');
  });

  it('says so when no deal has closed, instead of a rate of nothing', () => {
    expect(rateText({ closed: 0, won: null, lost: null, noDecision: null, small: true })).toBe('no closed deals (n=0)');
  });
});
