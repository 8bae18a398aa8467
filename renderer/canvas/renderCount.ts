/**
 * How often each step card has rendered, kept only when a browser test asks for it by setting
 * `window.__tandemCardRenders = {}` before the page loads (test/e2e/largePlaybook.test.ts). Dragging
 * one card must not render the others: that is what keeps a drag smooth on a large playbook.
 */
type Counts = Record<string, number>;

export function countCardRender(id: string): void {
  const counts = (globalThis as { __tandemCardRenders?: Counts }).__tandemCardRenders;
  if (counts) counts[id] = (counts[id] ?? 0) + 1;
}
