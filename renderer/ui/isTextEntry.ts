/** A field that keeps its own keys (typing, its own undo, select all) while it has the focus. */
export const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
