import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNotices } from '../ui/notices';
import { importFiles } from './importFiles';

describe('importFiles', () => {
  afterEach(() => {
    useNotices.setState({ notices: [] });
    vi.unstubAllGlobals();
  });

  it('takes "Importing…" away once the import is over, leaving what came of it', async () => {
    let finish: ((value: unknown) => void) | undefined;
    vi.stubGlobal('api', { importPlaybookFile: () => new Promise((resolve) => (finish = resolve)) });
    const done = importFiles([new File(['{}'], 'deal.tandem')]);
    await vi.waitFor(() => expect(finish).toBeDefined());
    expect(useNotices.getState().notices.map((n) => n.text)).toEqual(['Importing deal.tandem…']);
    finish!({ kind: 'playbook', playbookId: 'p', name: 'Deal', copied: false });
    await done;
    expect(useNotices.getState().notices.map((n) => n.text)).toEqual(['Imported “Deal”.']);
  });

  it('takes it away when the import is refused, too', async () => {
    vi.stubGlobal('api', { importPlaybookFile: () => Promise.reject(new Error('This is not a Tandem file.')) });
    await importFiles([new File(['a,b'], 'steps.csv')]);
    expect(useNotices.getState().notices.map((n) => n.text)).toEqual(['steps.csv: This is not a Tandem file.']);
  });
});
