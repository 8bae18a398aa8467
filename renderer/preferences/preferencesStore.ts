import { create } from 'zustand';
import type { AppPreferences } from '../../shared/api/preferencesOps';
import { applyTheme } from './applyTheme';

interface PreferencesState {
  /** Whether the Preferences dialog is open; the menu and the start screen open it. */
  open: boolean;
  /** As last read from or saved to the database; null until loaded. */
  preferences: AppPreferences | null;
  show: () => void;
  hide: () => void;
  /** Reads the preferences and applies the theme (at start, and after a restore). */
  load: () => Promise<AppPreferences>;
  /** Saves the changes; a refusal (a backup folder Tandem cannot use) throws with its one line, and nothing is saved. */
  save: (changes: { authorName?: string; theme?: AppPreferences['theme']; backupFolder?: string }) => Promise<AppPreferences>;
}

export const usePreferences = create<PreferencesState>((set) => ({
  open: false,
  preferences: null,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
  load: async () => {
    const preferences = await window.api.getAppPreferences();
    applyTheme(preferences.theme);
    set({ preferences });
    return preferences;
  },
  save: async (changes) => {
    const preferences = await window.api.setAppPreferences(changes);
    applyTheme(preferences.theme);
    set({ preferences });
    return preferences;
  },
}));
