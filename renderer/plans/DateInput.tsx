import type { InputHTMLAttributes } from 'react';

/** A day (YYYY-MM-DD) or nothing. The browser's date field only reports complete dates, so each change is one save. */
export function DateInput({ value, onCommit, ...rest }: { value: string | null; onCommit: (day: string | null) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>) {
  return (
    <input
      {...rest}
      type="date"
      value={value ?? ''}
      onChange={(e) => {
        const day = e.target.value;
        if (day === '' || /^\d{4}-\d{2}-\d{2}$/.test(day)) onCommit(day || null);
      }}
    />
  );
}
