import { serializePlanFile } from '../../shared/file/serialize';
import { safeFileStem } from '../../shared/file/fileName';
import { exportPlan, PLAN_EXPORT_FORMATS, planExportFileName, type PlanExportFormat } from '../../shared/plan/export/index';
import { version } from '../../package.json';
import { offerDownload } from '../files/download';
import { showError, useNotices } from '../ui/notices';
import { usePlan } from './planStore';
import { exportedBy } from '../review/exportedBy';
import { notesOf } from '../review/reviewStore';

export type PlanFileFormat = 'tandem' | PlanExportFormat;

/** What the plan's Export menu offers: the file to hand a manager first, then what people read elsewhere. */
export const PLAN_FILE_FORMATS: ReadonlyArray<{ id: PlanFileFormat; label: string }> = [
  { id: 'tandem', label: 'Deal plan file (.tandem) — to share' },
  ...PLAN_EXPORT_FORMATS.map((f) => ({ id: f.id, label: f.label })),
];

/** Exports the open plan: pending edits are saved first, then the file is written from the database. */
export async function exportOpenPlan(format: PlanFileFormat): Promise<void> {
  const store = usePlan.getState();
  if (!store.planId || store.status !== 'ready') {
    useNotices.getState().show('Open a deal plan to export it.');
    return;
  }
  try {
    (document.activeElement as HTMLElement | null)?.blur?.();
    await store.flushSaves();
    const { plan, playbook } = await window.api.getPlan({ id: store.planId });
    let written: string | null;
    if (format === 'tandem') {
      const name = `${safeFileStem(plan.plan.account)} deal plan.tandem`;
      written = await offerDownload(serializePlanFile(plan, playbook, { now: new Date().toISOString(), appVersion: version, ...(await exportedBy()) }), name, 'application/json');
    } else {
      const info = PLAN_EXPORT_FORMATS.find((f) => f.id === format)!;
      written = await offerDownload(exportPlan(plan, playbook, format, { now: new Date(), notes: notesOf(plan.plan.id) }), planExportFileName(plan, format), info.mime);
    }
    if (written) useNotices.getState().show(`Exported ${written}`);
  } catch (error) {
    showError(error);
  }
}
