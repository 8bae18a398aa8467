import { create } from 'zustand';

type Screen = 'home' | 'editor' | 'plan' | 'portfolio';

interface NavigationState {
  screen: Screen;
  playbookId: string | null;
  planId: string | null;
  openPlaybook: (id: string) => void;
  openPlan: (id: string) => void;
  openPortfolio: () => void;
  goHome: () => void;
  syncFromLocation: () => void;
  /** Bumped by File → New playbook; the playbook list opens its dialog when it changes. */
  newPlaybookRequests: number;
  requestNewPlaybook: () => void;
  /** Bumped by File → New deal plan; the start screen opens its dialog when it changes. */
  newPlanRequests: number;
  requestNewPlan: () => void;
}

type Location = Pick<NavigationState, 'screen' | 'playbookId' | 'planId'>;

// The open playbook or plan lives in the URL hash, so a reload reopens it.
const fromHash = (): Location => {
  const match = /^#\/(playbook|plan)\/([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);
  if (match?.[1] === 'playbook') return { screen: 'editor', playbookId: match[2]!, planId: null };
  if (match?.[1] === 'plan') return { screen: 'plan', playbookId: null, planId: match[2]! };
  if (window.location.hash === '#/portfolio') return { screen: 'portfolio', playbookId: null, planId: null };
  return { screen: 'home', playbookId: null, planId: null };
};

export const useNavigation = create<NavigationState>()((set) => ({
  ...fromHash(),
  openPlaybook: (id) => {
    window.history.pushState(null, '', `#/playbook/${id}`);
    set({ screen: 'editor', playbookId: id, planId: null });
  },
  openPlan: (id) => {
    window.history.pushState(null, '', `#/plan/${id}`);
    set({ screen: 'plan', playbookId: null, planId: id });
  },
  openPortfolio: () => {
    window.history.pushState(null, '', '#/portfolio');
    set({ screen: 'portfolio', playbookId: null, planId: null });
  },
  goHome: () => {
    window.history.pushState(null, '', '#/');
    set({ screen: 'home', playbookId: null, planId: null });
  },
  syncFromLocation: () => set(fromHash()),
  newPlaybookRequests: 0,
  requestNewPlaybook: () => set((s) => ({ newPlaybookRequests: s.newPlaybookRequests + 1 })),
  newPlanRequests: 0,
  requestNewPlan: () => set((s) => ({ newPlanRequests: s.newPlanRequests + 1 })),
}));

/** Opens what an import or a launch file brought: the plan when it was a plan file, else the playbook. */
export function openImported(result: { playbookId: string | null; planId: string | null }): void {
  const navigation = useNavigation.getState();
  if (result.planId) navigation.openPlan(result.planId);
  else if (result.playbookId) navigation.openPlaybook(result.playbookId);
}
