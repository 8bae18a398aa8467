import { useId } from 'react';
import { CommitInput } from './CommitInput';

/** "Expected days": empty means not set; saved like other fields, once the user pauses or leaves it. */
export function DaysInput({ value, onCommit }: { value: number | null; onCommit: (days: number | null) => void }) {
  const id = useId();
  const commit = (text: string) => {
    if (text.trim() === '') return onCommit(null);
    const days = Math.round(Number(text));
    if (Number.isFinite(days)) onCommit(Math.max(0, Math.min(3650, days)));
  };
  return (
    <>
      <label htmlFor={id}>Expected days</label>
      <CommitInput id={id} type="number" min={0} max={3650} className="days" value={value === null ? '' : String(value)} onCommit={commit} />
    </>
  );
}
