import { describe, expect, it } from 'vitest';
import { exportDay, instantOf } from './exportDate';

describe('instantOf', () => {
  it('reads an ISO string or takes a Date as it is', () => {
    expect(instantOf('2025-03-05T23:30:00.000Z').getTime()).toBe(Date.UTC(2025, 2, 5, 23, 30));
    const date = new Date(Date.UTC(2025, 0, 1));
    expect(instantOf(date)).toBe(date);
  });

  it('refuses text that names no instant, saying what it was given', () => {
    expect(() => instantOf('next Tuesday-ish')).toThrow(new RangeError('Not a date and time: next Tuesday-ish'));
  });

  it('refuses an invalid Date rather than printing "Invalid Date"', () => {
    expect(() => instantOf(new Date(Number.NaN))).toThrow(new RangeError('Not a date and time: Invalid Date'));
  });
});

describe('exportDay', () => {
  it('gives the UTC day of the export time', () => {
    expect(exportDay('2025-03-05T23:30:00-02:00')).toBe('2025-03-06');
  });
});
