import { create } from 'zustand';

interface NavigationState {
  screen: 'home' | 'editor';
  playbookId: string | null;
  openPlaybook: (id: string) => void;
  goHome: () => void;
  syncFromLocation: () => void;
  /** Bumped by File → New playbook; the playbook list opens its dialog when it changes. */
  newPlaybookRequests: number;
  requestNewPlaybook: () => void;
}

// The open playbook lives in the URL hash, so a reload reopens it.
const fromHash = (): Pick<NavigationState, 'screen' | 'playbookId'> => {
  const match = /^#\/playbook\/([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);
  return match ? { screen: 'editor', playbookId: match[1]! } : { screen: 'home', playbookId: null };
};

export const useNavigation = create<NavigationState>()((set) => ({
  ...fromHash(),
  openPlaybook: (id) => {
    window.history.pushState(null, '', `#/playbook/${id}`);
    set({ screen: 'editor', playbookId: id });
  },
  goHome: () => {
    window.history.pushState(null, '', '#/');
    set({ screen: 'home', playbookId: null });
  },
  syncFromLocation: () => set(fromHash()),
  newPlaybookRequests: 0,
  requestNewPlaybook: () => set((s) => ({ newPlaybookRequests: s.newPlaybookRequests + 1 })),
}));
