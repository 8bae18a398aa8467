import { describe, expect, it } from 'vitest';
import { techniqueInTitle } from './techniqueTitle';

describe('techniqueInTitle', () => {
  it.each([
    ['Run MEDDIC', 'MEDDIC'],
    ['Do a meddpicc review', 'MEDDPICC'],
    ['SPIN discovery call', 'SPIN'],
    ['Challenger teach pitch', 'Challenger'],
    ['Qualify with BANT', 'BANT'],
    ['Apply command of the message', 'Command of the Message'],
  ])('"%s" names %s', (title, framework) => {
    expect(techniqueInTitle(title)).toBe(framework);
  });

  it.each(['Co-build business case', 'Shortlist vendors', 'Spinning up a pilot', 'Bantam order', 'Agree a mutual plan'])('"%s" is a step, not a technique', (title) => {
    expect(techniqueInTitle(title)).toBeNull();
  });
});
