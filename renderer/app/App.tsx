import { useEffect } from 'react';
import { Editor } from '../editor/Editor';
import { PlaybookList } from '../home/PlaybookList';
import { Notices } from '../ui/Notices';
import { useNavigation } from './navigation';

export function App() {
  const screen = useNavigation((s) => s.screen);
  const openPlaybookId = useNavigation((s) => s.playbookId);

  // The browser's back button (and Alt+Left) returns to the list instead of leaving the app.
  useEffect(() => {
    const onPop = () => useNavigation.getState().syncFromLocation();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return (
    <>
      {screen === 'editor' && openPlaybookId ? <Editor playbookId={openPlaybookId} /> : <PlaybookList />}
      <Notices />
    </>
  );
}
