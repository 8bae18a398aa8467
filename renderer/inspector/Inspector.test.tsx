import { ReactFlowProvider } from '@xyflow/react';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiContract, type Api } from '../../shared/api/contract';
import type { PlaybookDoc, Step } from '../../shared/domain/playbook';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { findTemplate } from '../../shared/templates/index';
import { domainFromDoc } from '../editor/domain';
import { useEditor } from '../editor/editorStore';
import { Inspector } from './Inspector';

// Not a timing: how often the inspector is drawn. A drop on a large playbook updates the store
// several times (the move, the save's progress), and every drawing of the inspector is paid on the
// same frame as the drop.
describe('the inspector while cards are moved', () => {
  let doc: PlaybookDoc;
  let commits: number;
  /** Draws the inspector and waits for the analysis, which comes just after the first paint. */
  const draw = async () => {
    const { container } = render(
      <ReactFlowProvider>
        <Profiler id="inspector" onRender={() => commits++}>
          <Inspector />
        </Profiler>
      </ReactFlowProvider>,
    );
    await waitFor(() => expect(container.querySelector('.analysis[aria-busy]')).toBeNull());
  };

  beforeEach(() => {
    let n = 0;
    doc = instantiateTemplate(findTemplate('transactional-smb')!, { newId: () => `id-${n++}`, now: '2026-01-01T00:00:00.000Z' });
    const api = Object.fromEntries(Object.keys(apiContract).map((op) => [op, vi.fn(async () => null)])) as unknown as Api;
    Object.defineProperty(window, 'api', { value: api, configurable: true });
    useEditor.setState({ ...domainFromDoc(doc), playbookId: doc.playbook.id, status: 'ready', selectedStepIds: [], selectedLinkIds: [], selectedStageId: null });
    commits = 0;
  });
  afterEach(() => {
    cleanup();
    useEditor.setState({ playbookId: null });
  });

  const linked = () => doc.steps.find((s) => doc.links.some((l) => l.kind === 'mirror' && (l.sourceId === s.id || l.targetId === s.id)))!;
  const moved = (step: Step, dy: number): Step => ({ ...useEditor.getState().steps[step.id]!, y: step.y + dy });

  it('is not drawn again when the selected card, or another, moves within its column', async () => {
    const step = linked();
    act(() => useEditor.getState().selectStep(step.id));
    await draw();
    expect(await screen.findByLabelText('Title')).toBeTruthy();
    const other = doc.steps.find((s) => s.id !== step.id)!;
    commits = 0;
    await act(async () => {
      useEditor.getState().placeSteps([moved(step, 40)]);
      useEditor.getState().placeSteps([moved(other, 40)]);
      await useEditor.getState().flushSaves();
    });
    expect(commits).toBe(0);
  });

  it('is drawn again when what it shows changes: the title, or a linked step’s title', async () => {
    const step = linked();
    const link = doc.links.find((l) => l.kind === 'mirror' && (l.sourceId === step.id || l.targetId === step.id))!;
    const otherEnd = link.sourceId === step.id ? link.targetId : link.sourceId;
    act(() => useEditor.getState().selectStep(step.id));
    await draw();
    await screen.findByLabelText('Title');
    commits = 0;
    act(() => useEditor.getState().updateStep(step.id, { title: 'Renamed here' }));
    expect(commits).toBeGreaterThan(0);
    expect((screen.getByLabelText('Title') as HTMLTextAreaElement).value).toBe('Renamed here');
    act(() => useEditor.getState().updateStep(otherEnd, { title: 'Renamed over there' }));
    expect(screen.getByText(/Renamed over there/)).toBeTruthy();
  });

  it('with nothing selected, the counts are not drawn again on a move, and are on a deleted step', async () => {
    await draw();
    const counts = `${doc.steps.length} steps · ${doc.links.length} links`;
    expect(screen.getByText(counts)).toBeTruthy();
    commits = 0;
    await act(async () => {
      useEditor.getState().placeSteps([moved(doc.steps[0]!, 40)]);
      await useEditor.getState().flushSaves();
    });
    expect(commits).toBe(0);
    act(() => useEditor.getState().deleteSteps([doc.steps[0]!.id]));
    const s = useEditor.getState();
    expect(Object.keys(s.steps).length).toBe(doc.steps.length - 1);
    expect(screen.getByText(`${doc.steps.length - 1} steps · ${Object.keys(s.links).length} links`)).toBeTruthy();
  });
});
