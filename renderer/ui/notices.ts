import { create } from 'zustand';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

interface NoticeState {
  notices: Notice[];
  /** Returns the notice's id, to dismiss it once what it announces is over. */
  show: (text: string, tone?: Notice['tone']) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short messages for the user: refused connections, failed saves. Errors stay until dismissed. */
export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  show: (text, tone = 'info') => {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices.slice(-3), { id, text, tone }] }));
    if (tone === 'info') setTimeout(() => get().dismiss(id), 6000);
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const showError = (error: unknown) =>
  useNotices.getState().show(error instanceof Error ? error.message : String(error), 'error');
