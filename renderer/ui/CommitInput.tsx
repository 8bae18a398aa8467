import { useEffect, useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type CommitProps = { value: string; onCommit: (value: string) => void; multiline?: boolean; 'aria-label'?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange' | 'defaultValue'
>;

/**
 * A text field that saves when the user pauses, leaves the field or presses Enter (not on every
 * key), so each edit is one save and one undo step.
 */
export function CommitInput({ value, onCommit, multiline, ...rest }: CommitProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onCommit(draft), 600);
    return () => clearTimeout(timer);
  }, [draft]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  if (multiline) {
    return <textarea {...rest} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />;
  }
  return (
    <input
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
