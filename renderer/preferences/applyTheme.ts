import type { Theme } from '../../shared/api/preferencesOps';

/**
 * Puts the chosen theme on the page: `data-theme` on <html> ("system", "light" or "dark") for the
 * style sheet to key on, and `color-scheme` so the browser's own controls and scroll bars follow.
 * "system" leaves the choice to the operating system (prefers-color-scheme).
 */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.style.colorScheme = theme === 'system' ? 'light dark' : theme;
}
