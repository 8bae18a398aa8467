import { useEffect, useRef, useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type CommitProps = { value: string; onCommit: (value: string) => void; multiline?: boolean; 'aria-label'?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange' | 'defaultValue'
>;

const PAUSE_MS = 600;

/**
 * A text field that saves when the user pauses, leaves the field or presses Enter (not on every
 * key), so each edit is one save and one undo step. Whatever is still unsaved when the field goes
 * away (the selection changed, the panel closed) is saved then.
 */
export function CommitInput({ value, onCommit, multiline, ...rest }: CommitProps) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The newest draft, value and callback, for a commit that runs after the render that scheduled it.
  const latest = useRef({ draft, value, onCommit });
  latest.current = { draft, value, onCommit };

  useEffect(() => setDraft(value), [value]);

  const commit = useRef(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { draft: text, value: saved, onCommit: save } = latest.current;
    if (text === saved) return;
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

  if (multiline) {
    return <textarea {...rest} value={draft} onChange={(e) => change(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Escape' && revert()} />;
  }
  return (
    <input
      {...rest}
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
