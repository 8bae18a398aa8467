import { tandemFileName } from '../../shared/file/fileName';
import { safeFileStem } from '../../shared/file/fileName';
import { serializePlanFile, serializeTandemFile } from '../../shared/file/serialize';
import { notesForExport } from '../../shared/review/notes';
import { version } from '../../package.json';
import { offerDownload } from '../files/download';
import { showError, useNotices } from '../ui/notices';
import { exportedBy } from './exportedBy';
import { useReview } from './reviewStore';

/**
 * Writes the open playbook or plan as its .tandem file with every note inside, from what the
 * database holds, so the file that goes back is exactly the one that came plus the notes.
 */
export async function exportWithNotes(beforeExport: () => Promise<void> = async () => {}): Promise<void> {
  const { owner, notes } = useReview.getState();
  if (!owner) return;
  try {
    await beforeExport();
    const envelope = { now: new Date().toISOString(), appVersion: version, ...(await exportedBy()) };
    let name: string;
    let text: string;
    if (owner.kind === 'plan') {
      const { plan, playbook } = await window.api.getPlan({ id: owner.id });
      name = `${safeFileStem(plan.plan.account)} deal plan.tandem`;
      text = serializePlanFile(plan, playbook, { ...envelope, notes: notesForExport(notes, { playbook, plan }) });
    } else {
      const playbook = await window.api.getPlaybook({ id: owner.id });
      name = tandemFileName(playbook);
      text = serializeTandemFile(playbook, { ...envelope, notes: notesForExport(notes, { playbook, plan: null }) });
    }
    const written = await offerDownload(text, name, 'application/json');
    if (written) useNotices.getState().show(`Exported ${written} with ${notes.length} note${notes.length === 1 ? '' : 's'}.`);
  } catch (error) {
    showError(error);
  }
}
