import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiContract, type Api } from '../../shared/api/contract';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { findTemplate } from '../../shared/templates/index';
import { Editor } from './Editor';
import { useEditor } from './editorStore';

const HOSTILE = '<img src=x onerror=alert(1)>';

function fakeApi(doc: PlaybookDoc) {
  const calls: Array<[string, unknown]> = [];
  // Every call is checked against the contract's own schema, as the main process would.
  const handler = (op: keyof typeof apiContract) => async (arg: unknown) => {
    apiContract[op].arg.parse(arg);
    calls.push([op, arg]);
    return op === 'getPlaybook' ? doc : null;
  };
  const api = Object.fromEntries(Object.keys(apiContract).map((op) => [op, vi.fn(handler(op as keyof typeof apiContract))])) as unknown as Api;
  return { api, calls };
}

describe('Editor', () => {
  let doc: PlaybookDoc;
  let calls: Array<[string, unknown]>;

  beforeEach(() => {
    let n = 0;
    doc = instantiateTemplate(findTemplate('transactional-smb')!, { newId: () => `id-${n++}`, now: '2026-01-01T00:00:00.000Z' });
    doc.steps[0]!.title = HOSTILE;
    const fake = fakeApi(doc);
    calls = fake.calls;
    Object.defineProperty(window, 'api', { value: fake.api, configurable: true });
  });
  afterEach(() => {
    cleanup();
    useEditor.setState({ playbookId: null });
  });

  it('shows both lanes, every step, and a hostile title as plain text', async () => {
    const { container } = render(<Editor playbookId={doc.playbook.id} />);
    await waitFor(() => expect(container.querySelectorAll('.react-flow__node-step')).toHaveLength(doc.steps.length));
    expect(screen.getByText('Buyer journey')).toBeTruthy();
    expect(screen.getByText('Seller process')).toBeTruthy();
    expect(screen.getByText(HOSTILE)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('edits a step in the inspector and saves it once, with an argument the main process accepts', async () => {
    const { container } = render(<Editor playbookId={doc.playbook.id} />);
    await waitFor(() => expect(container.querySelectorAll('.react-flow__node-step').length).toBe(doc.steps.length));
    const step = doc.steps[1]!;
    act(() => useEditor.getState().selectStep(step.id));
    const title = await screen.findByLabelText('Title');
    fireEvent.change(title, { target: { value: 'Book a demo slot' } });
    fireEvent.blur(title);
    await waitFor(() => expect(calls.filter(([op]) => op === 'putStep')).toHaveLength(1));
    const [, arg] = calls.find(([op]) => op === 'putStep')!;
    expect(arg).toMatchObject({ playbookId: doc.playbook.id, step: { id: step.id, title: 'Book a demo slot' } });
    expect(container.querySelector(`[data-id="${step.id}"]`)!.textContent).toContain('Book a demo slot');
  });

  it('shows mirror coverage, and a buyer step nothing supports can be selected from it', async () => {
    const buyerStageIds = new Set(doc.stages.filter((s) => s.lane === 'buyer').map((s) => s.id));
    const lonely = doc.steps.find((s) => buyerStageIds.has(s.stageId))!;
    doc.links = doc.links.filter((l) => !(l.kind === 'mirror' && l.targetId === lonely.id));
    lonely.title = 'Nobody helps with this';
    render(<Editor playbookId={doc.playbook.id} />);
    await screen.findByText('Mirror coverage');
    const buyerCount = doc.steps.filter((s) => buyerStageIds.has(s.stageId)).length;
    expect(screen.getByText(`(${buyerCount - 1} of ${buyerCount}).`, { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Nothing on the seller side supports the buyer step "Nobody helps with this"/ }));
    expect(useEditor.getState().selectedStepIds).toEqual([lonely.id]);
  });

  it('flags an assumption past its revalidation period, and marking it validated saves today', async () => {
    doc.assumptions = [{ id: 'old', statement: 'Buyers read analyst reports first', source: 'Survey', confidence: 'medium', lastValidatedAt: '2020-01-01', revalidateEveryDays: 365 }];
    render(<Editor playbookId={doc.playbook.id} />);
    await screen.findByText('Stale: last validated 2020-01-01, revalidation was due 2020-12-31');
    fireEvent.click(screen.getByRole('button', { name: 'Mark assumption 1 validated today' }));
    await waitFor(() => expect(calls.filter(([op]) => op === 'putAssumptions')).toHaveLength(1));
    const [, arg] = calls.find(([op]) => op === 'putAssumptions')!;
    expect((arg as { assumptions: Array<{ lastValidatedAt: string }> }).assumptions[0]!.lastValidatedAt).toBe(new Date().toISOString().slice(0, 10));
    expect(screen.queryByText(/^Stale/)).toBeNull();
    screen.getByText(`Last validated ${new Date().toISOString().slice(0, 10)}`, { exact: false });
  });

  it('says when a step title is a technique, and attaches it to the step on request', async () => {
    const step = doc.steps[3]!;
    step.title = 'Run MEDDIC';
    render(<Editor playbookId={doc.playbook.id} />);
    await screen.findByText('Mirror coverage');
    act(() => useEditor.getState().selectStep(step.id));
    await screen.findByText(/“MEDDIC” is a technique, not a step/);
    fireEvent.click(screen.getByRole('button', { name: 'Attach MEDDIC to this step' }));
    await waitFor(() => expect(useEditor.getState().steps[step.id]!.techniques).toContainEqual({ framework: 'MEDDIC', name: '' }));
    expect(screen.queryByRole('button', { name: 'Attach MEDDIC to this step' })).toBeNull();
  });

  it('attaches the framework part a step title names, from the same vocabulary', async () => {
    const step = doc.steps[3]!;
    step.title = 'Champion (MEDDPICC)';
    render(<Editor playbookId={doc.playbook.id} />);
    await screen.findByText('Mirror coverage');
    act(() => useEditor.getState().selectStep(step.id));
    await screen.findByText(/“MEDDPICC: Champion” is a technique, not a step/);
    fireEvent.click(screen.getByRole('button', { name: 'Attach MEDDPICC: Champion to this step' }));
    await waitFor(() => expect(useEditor.getState().steps[step.id]!.techniques).toContainEqual({ framework: 'MEDDPICC', name: 'Champion' }));
    expect(screen.queryByRole('button', { name: 'Attach MEDDPICC: Champion to this step' })).toBeNull();
  });

  it('every control has an accessible name', async () => {
    const { container } = render(<Editor playbookId={doc.playbook.id} />);
    await waitFor(() => expect(container.querySelectorAll('.react-flow__node-step').length).toBe(doc.steps.length));
    act(() => useEditor.getState().selectStep(doc.steps[2]!.id));
    await screen.findByLabelText('Title');
    const controls = container.querySelectorAll('button, input, select, textarea');
    expect(controls.length).toBeGreaterThan(20);
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
