import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type Ref, type TextareaHTMLAttributes } from 'react';
import { useNotices } from './notices';

type CommitProps = {
  value: string;
  onCommit: (value: string) => void;
  /** Free text over several paragraphs: Enter starts a new line. */
  multiline?: boolean;
  /** One statement that wraps onto as many lines as it needs: Enter saves, as in a one-line field. */
  wraps?: boolean;
  /** Most characters allowed. Past it the field says so and saves nothing, rather than cutting the text. */
  limit?: number;
  /** Why a value cannot be saved, or null when it can. A refused value is not kept: the field shows the saved one again, and says why. */
  refuse?: (value: string) => string | null;
  ref?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  'aria-label'?: string;
} & Omit<
  InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange' | 'defaultValue'
>;

const PAUSE_MS = 600;

/**
 * A text field that saves when the user pauses, leaves the field or presses Enter (not on every
 * key), so each edit is one save and one undo step. Whatever is still unsaved when the field goes
 * away (the selection changed, the panel closed) is saved then.
 */
export function CommitInput({ value, onCommit, multiline, wraps, limit, refuse, ...rest }: CommitProps) {
  const [draft, setDraft] = useState(value);
  const limitId = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The newest draft, value and callback, for a commit that runs after the render that scheduled it.
  const latest = useRef({ draft, value, onCommit, limit, refuse });
  latest.current = { draft, value, onCommit, limit, refuse };

  useEffect(() => setDraft(value), [value]);

  const commit = useRef(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { draft: text, value: saved, onCommit: save, limit: most, refuse: why } = latest.current;
    if (text === saved || (most !== undefined && text.length > most)) return;
    const refusal = why?.(text);
    if (refusal) {
      setDraft(saved);
      latest.current = { ...latest.current, draft: saved };
      useNotices.getState().show(refusal);
      return;
    }
    latest.current = { ...latest.current, value: text };
    save(text);
  }).current;

  useEffect(
    () => () => {
      if (timer.current !== undefined) commit();
    },
    [commit],
  );

  const change = (text: string) => {
    setDraft(text);
    latest.current = { ...latest.current, draft: text };
    clearTimeout(timer.current);
    timer.current = setTimeout(commit, PAUSE_MS);
  };
  const revert = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setDraft(latest.current.value);
  };

  const length = draft.length;
  const over = limit !== undefined && length > limit;
  // The counter appears near the limit, so a long paste is never cut without the user seeing it.
  const counter =
    limit !== undefined && length > limit * 0.8 ? (
      <span id={limitId} className={`field-limit${over ? ' is-over' : ''}`} role={over ? 'alert' : undefined}>
        {over ? `Too long: ${length} of at most ${limit} characters. Shorten it to save.` : `${length} / ${limit}`}
      </span>
    ) : null;
  const described = counter ? { 'aria-describedby': limitId, 'aria-invalid': over || undefined } : {};

  let field;
  if (multiline || wraps) {
    field = (
      <textarea
        {...rest}
        {...described}
        className={[rest.className, 'grows'].filter(Boolean).join(' ')}
        value={draft}
        onChange={(e) => change(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (wraps && e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            commit();
          }
          if (e.key === 'Escape') revert();
        }}
      />
    );
  } else {
    field = (
      <input
        {...rest}
        {...described}
        value={draft}
        onChange={(e) => change(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') revert();
        }}
      />
    );
  }
  return counter ? (
    <>
      {field}
      {counter}
    </>
  ) : (
    field
  );
}
