import { useEffect, useRef } from 'react';
import { useEditor } from '../editor/editorStore';

/**
 * Focuses (and selects the text of) the field of a step, stage or criterion the user has just
 * added, so they can type its name straight away, with the keyboard or not.
 */
export function useFocusWhenNew(id: string) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (useEditor.getState().focusNewId !== id) return;
    useEditor.setState({ focusNewId: null });
    ref.current?.focus();
    ref.current?.select();
  }, [id]);
  return ref;
}
