import type { MenuCommand } from '../../shared/api/contract';
import { useEditor } from '../editor/editorStore';
import { exportOpenPlaybook } from '../files/exportOpenPlaybook';
import type { AppExportFormat } from '../files/exportFormats';
import { importFiles } from '../files/importFiles';
import { pickTandemFiles } from '../files/pickFiles';
import { showError } from '../ui/notices';
import { useNavigation } from './navigation';

const isTextEntry = (el: Element | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** What each application-menu command does in the page. */
export async function runMenuCommand(command: MenuCommand): Promise<void> {
  const navigation = useNavigation.getState();
  if (command === 'new-playbook') {
    navigation.goHome();
    navigation.requestNewPlaybook();
  } else if (command === 'import') {
    const result = await importFiles(await pickTandemFiles());
    if (result) navigation.openPlaybook(result.playbookId);
  } else if (command === 'prepare-close') {
    (document.activeElement as HTMLElement | null)?.blur?.();
    await useEditor.getState().flushSaves();
    window.close();
  } else if (command === 'open-launch-file') {
    await openLaunchFile();
  } else if (command === 'undo' || command === 'redo') {
    // In a text field, undo is the field's own; elsewhere it is the playbook's.
    if (isTextEntry(document.activeElement)) document.execCommand(command);
    else if (command === 'undo') useEditor.getState().undo();
    else useEditor.getState().redo();
  } else {
    await exportOpenPlaybook(command.slice('export:'.length) as AppExportFormat);
  }
}

/** Shows the file the app was asked to open (at start, or later from the OS), or why it could not be. */
export async function openLaunchFile(): Promise<void> {
  try {
    // Several may wait (a launch with a file, then more from the OS): show each, the last one open.
    for (let launch = await window.api.takeLaunchFile(); launch; launch = await window.api.takeLaunchFile()) {
      if (launch.playbookId) useNavigation.getState().openPlaybook(launch.playbookId);
      if (launch.error) showError(launch.error);
    }
  } catch (error) {
    showError(error);
  }
}
