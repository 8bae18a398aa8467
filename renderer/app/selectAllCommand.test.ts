import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiContract, type Api } from '../../shared/api/contract';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { findTemplate } from '../../shared/templates/index';
import { useEditor } from '../editor/editorStore';
import { runMenuCommand } from './menuCommands';
import { useNavigation } from './navigation';

describe('Edit → Select All', () => {
  beforeEach(async () => {
    let n = 0;
    const doc = instantiateTemplate(findTemplate('transactional-smb')!, { newId: () => `id-${n++}`, now: '2026-01-01T00:00:00.000Z' });
    const api = Object.fromEntries(Object.keys(apiContract).map((op) => [op, vi.fn(async () => (op === 'getPlaybook' ? doc : null))])) as unknown as Api;
    Object.defineProperty(window, 'api', { value: api, configurable: true });
    await useEditor.getState().load(doc.playbook.id);
    useNavigation.setState({ screen: 'editor', playbookId: doc.playbook.id });
    Object.defineProperty(document, 'execCommand', { value: vi.fn(() => true), configurable: true });
  });
  afterEach(() => {
    document.body.innerHTML = '';
    useEditor.setState({ playbookId: null });
  });

  it('selects every step on the canvas, and the text of a focused field instead while one has the focus', async () => {
    await runMenuCommand('select-all');
    expect(useEditor.getState().selectedStepIds.sort()).toEqual(Object.keys(useEditor.getState().steps).sort());
    expect(document.execCommand).not.toHaveBeenCalled();

    useEditor.getState().selectSteps([]);
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    await runMenuCommand('select-all');
    expect(useEditor.getState().selectedStepIds).toEqual([]);
    expect(document.execCommand).toHaveBeenCalledWith('selectAll');
  });
});
