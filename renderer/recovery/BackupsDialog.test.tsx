import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../../shared/api/backupOps';
import type { Api } from '../../shared/api/contract';
import { BackupsDialog } from './BackupsDialog';
import { useBackupsDialog } from './backupsDialog';

const backup = (name: string, createdAt: string, fields: Partial<BackupInfo> = {}): BackupInfo => ({
  name,
  kind: 'auto',
  createdAt,
  playbooks: 2,
  plans: 5,
  problem: null,
  ...fields,
});
const good = backup('auto-2026-12-01T09-00-00-000Z.db', '2026-12-01T09:00:00.000Z');
const damaged = backup('auto-2026-12-01T10-00-00-000Z.db', '2026-12-01T10:00:00.000Z', { playbooks: null, plans: null, problem: "it failed SQLite's check" });
const aside = backup('before-restore-2026-12-01T11-00-00-000Z.db', '2026-12-01T11:00:00.000Z', { kind: 'before-restore', playbooks: 3 });

describe('Restore a backup', () => {
  afterEach(() => {
    cleanup();
    useBackupsDialog.setState({ open: false, restores: 0 });
  });

  it('lists backups with what they hold, offers only good ones, and a restore can be undone', async () => {
    const restoreBackup = vi.fn(async ({ name }: { name: string }) => ({ restored: name === good.name ? good : aside, keptAside: aside }));
    Object.defineProperty(window, 'api', { value: { listBackups: vi.fn(async () => [damaged, good]), restoreBackup } as unknown as Api, configurable: true });
    useBackupsDialog.getState().show();
    render(<BackupsDialog />);

    await screen.findByText('2 playbooks, 5 deal plans');
    expect(screen.getByText(/Cannot be restored: it failed SQLite's check/)).toBeTruthy();
    const [restoreDamaged, restoreGood] = screen.getAllByRole('button', { name: 'Restore' });
    expect((restoreDamaged as HTMLButtonElement).disabled).toBe(true);

    await act(async () => fireEvent.click(restoreGood!));
    expect(restoreBackup).toHaveBeenLastCalledWith({ name: good.name });
    expect((await screen.findByRole('status')).textContent).toContain('The data from before it was kept as a backup.');
    expect(useBackupsDialog.getState().restores).toBe(1);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo restore' })));
    expect(restoreBackup).toHaveBeenLastCalledWith({ name: aside.name });
    expect(useBackupsDialog.getState().restores).toBe(2);
  });
});
