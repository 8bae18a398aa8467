import { CommitInput } from '../ui/CommitInput';

/**
 * A day (YYYY-MM-DD) or nothing. Saved like other fields, when the user pauses or leaves it, so
 * typing a year digit by digit is one edit, not four.
 */
export function DateInput({ value, onCommit, ...rest }: { value: string | null; onCommit: (day: string | null) => void; id?: string; 'aria-label'?: string }) {
  return (
    <CommitInput
      {...rest}
      type="date"
      value={value ?? ''}
      onCommit={(day) => {
        if (day === '' || /^\d{4}-\d{2}-\d{2}$/.test(day)) onCommit(day || null);
      }}
    />
  );
}
