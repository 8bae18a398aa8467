import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api, ImportProgress, ImportResult } from '../../shared/api/contract';
import { useNotices } from '../ui/notices';
import { importFiles } from './importFiles';
import { ImportStatus } from './ImportStatus';

/** A main process whose import runs until it is cancelled, reporting progress as the worker would. */
function slowImportApi() {
  let progress: ImportProgress | null = null;
  let cancel: ((error: Error) => void) | undefined;
  const api = {
    importPlaybookFile: vi.fn(
      () =>
        new Promise<ImportResult>((_resolve, reject) => {
          progress = { phase: 'checking', elapsedMs: 0, waiting: 0 };
          cancel = reject;
        }),
    ),
    importProgress: vi.fn(async () => progress),
    cancelImport: vi.fn(async () => {
      progress = null;
      cancel?.(new Error('The import was cancelled.'));
      return true;
    }),
  };
  const advance = (ms: number, phase: ImportProgress['phase'] = 'checking') => {
    if (progress) progress = { ...progress, phase, elapsedMs: progress.elapsedMs + ms };
  };
  return { api, advance };
}

describe('ImportStatus', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    useNotices.setState({ notices: [] });
  });

  it('shows nothing at first, then where a long import is, and stops it on request', async () => {
    const { api, advance } = slowImportApi();
    Object.defineProperty(window, 'api', { value: api as unknown as Api, configurable: true });
    render(<ImportStatus />);
    const done = importFiles([new File(['{}'], 'big.tandem')]);
    await act(() => vi.advanceTimersByTimeAsync(450));
    expect(screen.queryByText(/Importing:/)).toBeNull();

    advance(3_000, 'writing');
    await act(() => vi.advanceTimersByTimeAsync(450));
    expect(screen.getByText('Importing: saving it (3 s)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    await act(async () => {
      await done;
    });
    expect(api.cancelImport).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Importing:/)).toBeNull();
    expect(useNotices.getState().notices.map((n) => n.text)).toContain('big.tandem: The import was cancelled.');
    const polls = api.importProgress.mock.calls.length;
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(api.importProgress.mock.calls.length).toBe(polls);
  });
});
