import { describe, it, expect } from 'vitest';
import { assumptionStatus } from './assumptionStatus';

describe('assumptionStatus', () => {
  const a = { lastValidatedAt: '2025-01-01', revalidateEveryDays: 30 };

  it('is fresh up to and including the due day, stale after it', () => {
    expect(assumptionStatus(a, '2025-01-31')).toEqual({ freshness: 'fresh', dueOn: '2025-01-31' });
    expect(assumptionStatus(a, new Date('2025-01-31T23:59:59Z')).freshness).toBe('fresh');
    expect(assumptionStatus(a, '2025-02-01').freshness).toBe('stale');
  });

  it('does not judge without a date to judge against', () => {
    expect(assumptionStatus(a)).toEqual({ freshness: 'unchecked', dueOn: '2025-01-31' });
    expect(assumptionStatus(a, 'not a date').freshness).toBe('unchecked');
    expect(assumptionStatus(a, new Date(Number.NaN)).freshness).toBe('unchecked');
  });

  it('reports an assumption never validated as such', () => {
    expect(assumptionStatus({ lastValidatedAt: null, revalidateEveryDays: 30 }, '2025-01-01')).toEqual({
      freshness: 'never-validated',
      dueOn: null,
    });
  });
});
