import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { findSteps } from '../../shared/find/findSteps';
import { useCentre } from '../analysis/useCentre';
import { useEditor } from '../editor/editorStore';
import { useFind } from './findStore';

/**
 * Find a step by its text (Ctrl/Cmd+F): Enter and Shift+Enter walk the matches, each one selected
 * and brought to the middle of the view; Escape closes. Mounted only while open, so the playbook
 * is searched only while someone is looking.
 */
export function FindBar() {
  const query = useFind((s) => s.query);
  const current = useFind((s) => s.current);
  const focusRequest = useFind((s) => s.focusRequest);
  const steps = useEditor((s) => s.steps);
  const stages = useEditor((s) => s.stages);
  const matches = useMemo(() => findSteps(query, steps, stages), [query, steps, stages]);
  const input = useRef<HTMLInputElement>(null);
  const centre = useCentre();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const go = (index: number) => {
    if (!matches.length) return;
    const next = (index + matches.length) % matches.length;
    useFind.getState().setCurrent(next);
    const id = matches[next]!;
    useEditor.getState().selectStep(id);
    centre(id);
  };

  // Typing jumps to the first match, as a browser's find does.
  const first = matches[0];
  useEffect(() => {
    if (!first) return;
    useEditor.getState().selectStep(first);
    centre(first);
  }, [query, first, centre]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      go(event.shiftKey ? current - 1 : current + 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      useFind.getState().close();
    }
  };

  const shown = Math.min(current, Math.max(matches.length - 1, 0));
  return (
    <div className="find-bar" role="search" aria-label="Find a step">
      <input
        ref={input}
        type="search"
        aria-label="Find a step"
        placeholder="Find a step"
        value={query}
        maxLength={200}
        onChange={(e) => useFind.getState().setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" role="status" aria-live="polite">
        {!query.trim() ? '' : matches.length ? `${shown + 1} of ${matches.length}` : 'No matches'}
      </span>
      <button type="button" onClick={() => go(current - 1)} disabled={matches.length === 0} aria-label="Previous match" title="Previous match (Shift+Enter)">
        ↑
      </button>
      <button type="button" onClick={() => go(current + 1)} disabled={matches.length === 0} aria-label="Next match" title="Next match (Enter)">
        ↓
      </button>
      <button type="button" onClick={() => useFind.getState().close()} aria-label="Close find" title="Close (Escape)">
        ×
      </button>
    </div>
  );
}
