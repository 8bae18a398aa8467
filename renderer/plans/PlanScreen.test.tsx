import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiContract, type Api } from '../../shared/api/contract';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { findPlanProblems } from '../../shared/plan/integrity';
import { newPlanFromPlaybook } from '../../shared/plan/newPlan';
import type { PlanDoc } from '../../shared/plan/plan';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { findTemplate } from '../../shared/templates/index';
import { PlanScreen } from './PlanScreen';
import { today, usePlan } from './planStore';

/** A stand-in for the main process that checks every write as the service does: its schema, then the plan's integrity. */
function fakeApi(plan: PlanDoc, playbook: PlaybookDoc) {
  const writes: PlanDoc[] = [];
  const handler = (op: keyof typeof apiContract) => async (arg: unknown) => {
    apiContract[op].arg.parse(arg);
    if (op === 'getPlan') return { plan: writes.at(-1) ?? plan, playbook };
    if (op === 'putPlan') {
      const { doc } = arg as { doc: PlanDoc };
      const problem = findPlanProblems(doc, playbook)[0];
      if (problem) throw new Error(problem);
      writes.push(doc);
    }
    return null;
  };
  const api = Object.fromEntries(Object.keys(apiContract).map((op) => [op, vi.fn(handler(op as keyof typeof apiContract))])) as unknown as Api;
  return { api, writes };
}

describe('PlanScreen', () => {
  let playbook: PlaybookDoc;
  let plan: PlanDoc;
  let writes: PlanDoc[];

  beforeEach(() => {
    let n = 0;
    const newId = () => `id-${n++}`;
    playbook = instantiateTemplate(findTemplate('transactional-smb')!, { newId, now: '2026-01-01T00:00:00.000Z' });
    playbook.playbook.status = 'published';
    plan = newPlanFromPlaybook(playbook, { account: '<img src=x onerror=alert(1)>' }, { newId, now: '2026-01-02T00:00:00.000Z' });
    const fake = fakeApi(plan, playbook);
    writes = fake.writes;
    Object.defineProperty(window, 'api', { value: fake.api, configurable: true });
  });
  afterEach(() => {
    cleanup();
    usePlan.setState({ planId: null });
  });

  const open = async () => {
    const view = render(<PlanScreen planId={plan.plan.id} />);
    await waitFor(() => expect(view.container.querySelectorAll('.react-flow__node-planStep')).toHaveLength(plan.steps.length));
    return view;
  };

  it('lists a step still in progress past its planned date in the Analysis, and selects it from there', async () => {
    const late = plan.steps[1]!;
    plan = { ...plan, steps: plan.steps.map((s) => (s.id === late.id ? { ...s, status: 'inProgress' as const, plannedDate: '2020-01-15' } : s)) };
    const fake = fakeApi(plan, playbook);
    Object.defineProperty(window, 'api', { value: fake.api, configurable: true });
    await open();
    const finding = await screen.findByRole('button', { name: `"${late.title}" is still in progress; it was planned for 2020-01-15.` });
    fireEvent.click(finding);
    expect(usePlan.getState().selectedStepId).toBe(late.id);
  });

  it('shows every step with its status in words, and the account as text', async () => {
    const { container } = await open();
    expect(screen.getAllByText('Not started')).toHaveLength(plan.steps.length);
    expect(screen.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('saves each edit as the whole plan, and undo saves the plan as it was', async () => {
    await open();
    const step = plan.steps[0]!;
    act(() => usePlan.getState().selectStep(step.id));
    fireEvent.change(await screen.findByLabelText('Status'), { target: { value: 'inProgress' } });
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]!.steps.find((s) => s.id === step.id)!.status).toBe('inProgress');
    act(() => usePlan.getState().undo());
    await waitFor(() => expect(writes).toHaveLength(2));
    expect(writes[1]!.steps.find((s) => s.id === step.id)!.status).toBe('notStarted');
  });

  it('choosing Skipped asks for a category and a reason before anything is saved', async () => {
    await open();
    const step = plan.steps[1]!;
    act(() => usePlan.getState().selectStep(step.id));
    fireEvent.change(await screen.findByLabelText('Status'), { target: { value: 'skipped' } });
    const submit = await screen.findByRole('button', { name: 'Skip step' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    expect(writes).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'notRelevant' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Small deal: no procurement involved.' } });
    fireEvent.click(submit);
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]!.deviations).toMatchObject([{ kind: 'skip', planStepId: step.id, category: 'notRelevant', reason: 'Small deal: no procurement involved.' }]);
  });

  it('removing a stakeholder takes them off every step, so the plan stays sound', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Add stakeholder' }));
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Dana Diaz' } });
    fireEvent.click(screen.getByLabelText('Economic buyer'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Add stakeholder' }).at(-1)!);
    await waitFor(() => expect(writes).toHaveLength(1));
    const person = writes[0]!.stakeholders[0]!;
    expect(person).toMatchObject({ name: 'Dana Diaz', roles: ['economicBuyer'] });
    const step = plan.steps.find((s) => s.lane === 'buyer')!;
    act(() => usePlan.getState().updateStep(step.id, { buyerOwnerId: person.id, stakeholderIds: [person.id] }));
    await waitFor(() => expect(writes).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Dana Diaz' }));
    await waitFor(() => expect(writes).toHaveLength(3));
    expect(writes[2]!.stakeholders).toEqual([]);
    expect(writes[2]!.steps.find((s) => s.id === step.id)).toMatchObject({ buyerOwnerId: null, stakeholderIds: [] });
  });

  it('moving a step to another stage asks why, and drops evidence on the old stage’s criteria so the plan stays sound', async () => {
    const stage = playbook.stages.find((st) => st.lane === 'buyer' && st.order === 0)!;
    stage.exitCriteria = [{ id: 'crit-1', statement: 'Buyer confirms the problem in writing', actor: 'buyer' }];
    const step = plan.steps.find((s) => s.stageId === stage.id)!;
    step.evidence = [{ criterionId: 'crit-1', note: 'Email from the CFO, 3 March' }];
    await open();
    act(() => usePlan.getState().selectStep(step.id));
    expect((await screen.findByLabelText('Buyer confirms the problem in writing')) as HTMLTextAreaElement).toHaveProperty('value', 'Email from the CFO, 3 March');
    fireEvent.click(screen.getByRole('button', { name: 'Move to another stage…' }));
    fireEvent.change(await screen.findByLabelText('Category'), { target: { value: 'timing' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'They confirmed it later.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move step' }));
    await waitFor(() => expect(writes).toHaveLength(1));
    const moved = writes[0]!.steps.find((s) => s.id === step.id)!;
    expect(moved.stageId).not.toBe(stage.id);
    expect(moved.evidence).toEqual([]);
    expect(writes[0]!.deviations).toMatchObject([{ kind: 'move', planStepId: step.id, stageId: moved.stageId, reason: 'They confirmed it later.' }]);
  });

  it('records the outcome with today as its date unless one is given', async () => {
    await open();
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'won' } });
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]!.plan).toMatchObject({ outcome: 'won', outcomeDate: today() });
    expect(screen.getByText('Outcome: Won')).toBeTruthy();
  });

  it('every control has an accessible name', async () => {
    const { container } = await open();
    act(() => usePlan.getState().selectStep(plan.steps[2]!.id));
    await screen.findByLabelText('Status');
    const controls = container.querySelectorAll('button, input, select, textarea');
    expect(controls.length).toBeGreaterThan(15);
    for (const control of controls) {
      const el = control as HTMLElement;
      const labelled =
        el.getAttribute('aria-label') ||
        el.textContent?.trim() ||
        (el.id && [...container.querySelectorAll('label')].some((l) => l.htmlFor === el.id)) ||
        el.closest('label') ||
        el.getAttribute('title');
      expect(labelled, el.outerHTML.slice(0, 120)).toBeTruthy();
    }
  });
});
