import { tidyLayout } from '../../shared/layout/tidyLayout';
import { useEditor } from '../editor/editorStore';
import { selectUnderReview, useReview } from '../review/reviewStore';
import { showError, useNotices } from '../ui/notices';

/** True when the open playbook may not be edited: a published or retired version, or someone else's under review. */
const isReadOnly = () => {
  const s = useEditor.getState();
  return s.meta.status !== 'draft' || selectUnderReview(s.playbookId ?? '')(useReview.getState());
};

/** Tidies the open playbook's layout (toolbar button and Edit → Tidy layout): one undoable change. */
export async function tidyOpenPlaybook(): Promise<void> {
  const before = useEditor.getState();
  if (before.status !== 'ready' || !Object.keys(before.steps).length) return;
  const notices = useNotices.getState();
  if (isReadOnly()) {
    notices.show('This version cannot be edited, so its layout stays as it is.');
    return;
  }
  const working = notices.show('Tidying the layout…');
  try {
    const result = await tidyLayout({ stages: Object.values(before.stages), steps: Object.values(before.steps), links: Object.values(before.links) });
    const now = useEditor.getState();
    // An edit made meanwhile wins: the layout was worked out for steps that are no longer as they were.
    if (now.playbookId !== before.playbookId || now.steps !== before.steps || now.links !== before.links) {
      notices.show('The playbook changed while its layout was being tidied: nothing was moved. Try again.');
      return;
    }
    now.placeSteps(result.steps);
  } catch (error) {
    showError(error);
  } finally {
    notices.dismiss(working);
  }
}
