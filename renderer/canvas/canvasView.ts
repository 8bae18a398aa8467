import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * How the canvas is shown, apart from what it shows: whether mirror links are drawn at all. A view
 * setting, not part of the playbook: it is neither saved with it nor undone, and it is kept in this
 * browser profile so the next start shows the canvas the way it was left.
 */
interface CanvasView {
  showMirrorLinks: boolean;
  setShowMirrorLinks: (show: boolean) => void;
}

export const useCanvasView = create<CanvasView>()(
  persist(
    (set) => ({
      showMirrorLinks: true,
      setShowMirrorLinks: (show) => set({ showMirrorLinks: show }),
    }),
    { name: 'tandem.canvasView', storage: createJSONStorage(() => localStorage), partialize: (s) => ({ showMirrorLinks: s.showMirrorLinks }) },
  ),
);

/**
 * Below this zoom a mirror link's relation ("supports") is too small to read and only piles up in
 * the gap between the lanes: it shows on hover, and for the selected step's links.
 */
export const MIRROR_LABEL_MIN_ZOOM = 0.75;
