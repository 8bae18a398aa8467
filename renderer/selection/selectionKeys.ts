/**
 * Shift-click adds a step to the selection, as in diagram tools; Ctrl (Cmd on a Mac) does too, as
 * React Flow does by default. Shift-drag on empty canvas draws a selection box.
 */
export const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
export const BOX_SELECTION_KEY = 'Shift';
