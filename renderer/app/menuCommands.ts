import type { MenuCommand } from '../../shared/api/contract';
import { useEditor } from '../editor/editorStore';
import { exportOpenPlaybook } from '../files/exportOpenPlaybook';
import type { AppExportFormat } from '../files/exportFormats';
import { importFiles } from '../files/importFiles';
import { pickTandemFiles } from '../files/pickFiles';
import { exportOpenPlan, PLAN_FILE_FORMATS } from '../plans/exportOpenPlan';
import { usePlan } from '../plans/planStore';
import { showError, useNotices } from '../ui/notices';
import { useBackupsDialog } from '../recovery/backupsDialog';
import { usePreferences } from '../preferences/preferencesStore';
import { openImported, useNavigation } from './navigation';
import { tidyOpenPlaybook } from '../layout/tidyOpenPlaybook';
import { selectAllSteps } from '../clipboard/selectAllSteps';

const isTextEntry = (el: Element | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** What each application-menu command does in the page. */
export async function runMenuCommand(command: MenuCommand): Promise<void> {
  const navigation = useNavigation.getState();
  if (command === 'new-playbook') {
    navigation.goHome();
    navigation.requestNewPlaybook();
  } else if (command === 'new-plan') {
    navigation.goHome();
    navigation.requestNewPlan();
  } else if (command === 'import') {
    const result = await importFiles(await pickTandemFiles());
    if (result) openImported(result);
  } else if (command === 'prepare-close') {
    (document.activeElement as HTMLElement | null)?.blur?.();
    await Promise.all([useEditor.getState().flushSaves(), usePlan.getState().flushSaves()]);
    window.close();
  } else if (command === 'restore-backup') {
    useBackupsDialog.getState().show();
  } else if (command === 'preferences') {
    usePreferences.getState().show();
  } else if (command === 'select-all') {
    if (navigation.screen === 'editor' && !isTextEntry(document.activeElement)) selectAllSteps();
    else document.execCommand('selectAll');
  } else if (command === 'tidy-layout') {
    if (navigation.screen === 'editor') await tidyOpenPlaybook();
  } else if (command === 'open-launch-file') {
    await openLaunchFile();
  } else if (command === 'undo' || command === 'redo') {
    // In a text field, undo is the field's own; elsewhere it is the open playbook's or plan's.
    const store = navigation.screen === 'plan' ? usePlan.getState() : useEditor.getState();
    if (isTextEntry(document.activeElement)) document.execCommand(command);
    else if (command === 'undo') store.undo();
    else store.redo();
  } else if (navigation.screen === 'plan') {
    // A plan exports as itself and its review document; drawings are the playbook's.
    const format = command.slice('export:'.length);
    const planFormat = PLAN_FILE_FORMATS.find((f) => f.id === format);
    if (planFormat) await exportOpenPlan(planFormat.id);
    else useNotices.getState().show(`A deal plan exports as: ${PLAN_FILE_FORMATS.map((f) => f.label).join('; ')}.`);
  } else {
    await exportOpenPlaybook(command.slice('export:'.length) as AppExportFormat);
  }
}

/** Shows the file the app was asked to open (at start, or later from the OS), or why it could not be. */
export async function openLaunchFile(): Promise<void> {
  try {
    // Several may wait (a launch with a file, then more from the OS): show each, the last one open.
    for (let launch = await window.api.takeLaunchFile(); launch; launch = await window.api.takeLaunchFile()) {
      openImported(launch);
      if (launch.error) showError(launch.error);
    }
  } catch (error) {
    showError(error);
  }
}
