import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommitInput } from './CommitInput';

function Saved({ onCommit }: { onCommit: (v: string) => void }) {
  const [value, setValue] = useState('start');
  return (
    <CommitInput
      aria-label="Title"
      value={value}
      onCommit={(v) => {
        onCommit(v);
        setValue(v);
      }}
    />
  );
}

describe('CommitInput', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('saves once for Enter followed by leaving the field', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    render(<Saved onCommit={onCommit} />);
    const input = screen.getByLabelText('Title');
    fireEvent.change(input, { target: { value: 'Shortlist vendors' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    vi.advanceTimersByTime(2_000);
    expect(onCommit.mock.calls).toEqual([['Shortlist vendors']]);
  });

  it('saves after a pause in typing', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    render(<Saved onCommit={onCommit} />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'a' } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'ab' } });
    expect(onCommit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(700);
    expect(onCommit.mock.calls).toEqual([['ab']]);
  });

  it('saves what was typed when the field goes away before the pause ends', () => {
    const onCommit = vi.fn();
    const { unmount } = render(<CommitInput aria-label="Title" value="start" onCommit={onCommit} />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'typed, then the panel closed' } });
    unmount();
    expect(onCommit.mock.calls).toEqual([['typed, then the panel closed']]);
  });

  it('Escape puts back the saved text and saves nothing', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    render(<Saved onCommit={onCommit} />);
    const input = screen.getByLabelText('Title') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'oops' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    vi.advanceTimersByTime(2_000);
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe('start');
  });
});
