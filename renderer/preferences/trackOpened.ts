import type { OpenedItem } from '../../shared/api/preferencesOps';
import { openImported, useNavigation } from '../app/navigation';

const openedNow = (): OpenedItem | null => {
  const { screen, playbookId, planId } = useNavigation.getState();
  if (screen === 'editor' && playbookId) return { kind: 'playbook', id: playbookId };
  if (screen === 'plan' && planId) return { kind: 'plan', id: planId };
  return null;
};

/**
 * Tells the app what is open whenever that changes: it goes into File → Open Recent, and is what
 * the next start reopens. Returns a function that stops.
 */
export function trackOpened(): () => void {
  let last = '';
  const report = () => {
    const item = openedNow();
    const key = item ? `${item.kind}:${item.id}` : '';
    if (key === last) return;
    last = key;
    // Remembering is a convenience: a failure here must not disturb what the user is doing.
    window.api.noteOpened({ item }).catch(() => {});
  };
  report();
  return useNavigation.subscribe(report);
}

/** At start, with nothing else asked for (no file to open, no address), reopens what was open when the app last closed. */
export async function reopenLast(): Promise<void> {
  const last = await window.api.takeLastOpen();
  if (!last || useNavigation.getState().screen !== 'home') return;
  openImported(last.kind === 'plan' ? { playbookId: null, planId: last.id } : { playbookId: last.id, planId: null });
}
