import { Fragment, useEffect } from 'react';
import { Editor } from '../editor/Editor';
import { PlaybookList } from '../home/PlaybookList';
import { importFiles } from '../files/importFiles';
import { PlanScreen } from '../plans/PlanScreen';
import { PortfolioScreen } from '../portfolio/PortfolioScreen';
import { Notices } from '../ui/Notices';
import { BackupsDialog } from '../recovery/BackupsDialog';
import { useBackupsDialog } from '../recovery/backupsDialog';
import { ImportStatus } from '../files/ImportStatus';
import { openLaunchFile, runMenuCommand } from './menuCommands';
import { openImported, useNavigation } from './navigation';
import { PreferencesDialog } from '../preferences/PreferencesDialog';
import { usePreferences } from '../preferences/preferencesStore';
import { reopenLast, trackOpened } from '../preferences/trackOpened';

export function App() {
  const restores = useBackupsDialog((s) => s.restores);
  const screen = useNavigation((s) => s.screen);
  const openPlaybookId = useNavigation((s) => s.playbookId);
  const openPlanId = useNavigation((s) => s.planId);

  // The browser's back button (and Alt+Left) returns to the list instead of leaving the app.
  useEffect(() => {
    const onPop = () => useNavigation.getState().syncFromLocation();
    window.addEventListener('popstate', onPop);
    // An address changed while the page was still starting (before this listener) is honoured too.
    onPop();
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // A file the app was started with (or the harness's --open) opens straight away; with none, and
  // no address asking for something else, what was open when the app last closed reopens.
  useEffect(() => void openLaunchFile().then(() => reopenLast().catch(() => {})), []);

  // What is open goes into File → Open Recent and is remembered for the next start.
  useEffect(() => trackOpened(), []);

  // The theme from Preferences, again after a restore (the restored data has its own).
  useEffect(() => void usePreferences.getState().load().catch(() => {}), [restores]);

  // Closing or reloading mid-edit: leaving the field commits what was typed, so nothing is lost.
  useEffect(() => {
    const commitTyping = () => (document.activeElement as HTMLElement | null)?.blur?.();
    window.addEventListener('pagehide', commitTyping);
    window.addEventListener('beforeunload', commitTyping);
    return () => {
      window.removeEventListener('pagehide', commitTyping);
      window.removeEventListener('beforeunload', commitTyping);
    };
  }, []);

  useEffect(() => window.api.onMenuCommand((command) => void runMenuCommand(command)), []);

  // Dropping .tandem files anywhere on the window imports them.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const files = event.dataTransfer?.files;
      if (!files?.length) return;
      event.preventDefault();
      void importFiles(files).then((result) => result && openImported(result));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      {/* Keyed on restores: after a restore every screen loads the restored data afresh. */}
      <Fragment key={restores}>
        {screen === 'editor' && openPlaybookId ? (
          <Editor playbookId={openPlaybookId} />
        ) : screen === 'plan' && openPlanId ? (
          <PlanScreen planId={openPlanId} />
        ) : screen === 'portfolio' ? (
          <PortfolioScreen />
        ) : (
          <PlaybookList />
        )}
      </Fragment>
      <BackupsDialog />
      <PreferencesDialog />
      <ImportStatus />
      <Notices />
    </>
  );
}
