import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../shared/plan/plan';
import { PlanList } from './PlanList';

const summary = (over: Partial<PlanSummary>): PlanSummary => ({
  id: 'p',
  account: 'Account',
  opportunity: '',
  rep: '',
  value: null,
  currency: 'EUR',
  targetCloseDate: null,
  outcome: 'open',
  playbookId: 'pb1',
  playbookName: 'New logo',
  playbookVersion: 1,
  currentBuyerStage: 'Problem identification',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const PLANS = [
  summary({ id: 'a', account: 'Acme Corp', targetCloseDate: '2027-06-30', rep: 'Riley', outcome: 'open' }),
  summary({ id: 'b', account: 'Globex', targetCloseDate: null, rep: 'Sam', outcome: 'won', currentBuyerStage: null }),
  summary({ id: 'c', account: 'Initech', targetCloseDate: '2027-01-15', rep: 'Riley', playbookVersion: 2, currentBuyerStage: 'Supplier selection' }),
];

const shownAccounts = () => within(screen.getByRole('list')).getAllByRole('button', { name: /^Open plan for / }).map((b) => b.getAttribute('aria-label')!.slice('Open plan for '.length));

describe('PlanList', () => {
  afterEach(cleanup);

  it('lists plans soonest close first, those without a date last', () => {
    render(<PlanList plans={PLANS} onChanged={() => {}} />);
    expect(shownAccounts()).toEqual(['Initech', 'Acme Corp', 'Globex']);
  });

  it('finds plans by account, playbook version, current stage, outcome and rep', () => {
    render(<PlanList plans={PLANS} onChanged={() => {}} />);
    fireEvent.change(screen.getByLabelText('Search accounts'), { target: { value: 'acme' } });
    expect(shownAccounts()).toEqual(['Acme Corp']);
    fireEvent.change(screen.getByLabelText('Search accounts'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Rep'), { target: { value: 'Riley' } });
    expect(shownAccounts()).toEqual(['Initech', 'Acme Corp']);
    fireEvent.change(screen.getByLabelText('Playbook'), { target: { value: 'New logo v2' } });
    expect(shownAccounts()).toEqual(['Initech']);
    fireEvent.change(screen.getByLabelText('Playbook'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Current stage'), { target: { value: 'Problem identification' } });
    expect(shownAccounts()).toEqual(['Acme Corp']);
    fireEvent.change(screen.getByLabelText('Rep'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Current stage'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'won' } });
    expect(shownAccounts()).toEqual(['Globex']);
  });
});
