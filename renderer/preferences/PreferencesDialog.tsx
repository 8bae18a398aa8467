import { useEffect, useId, useState } from 'react';
import type { AppPreferences, Theme } from '../../shared/api/preferencesOps';
import { useBackupsDialog } from '../recovery/backupsDialog';
import { Dialog } from '../ui/Dialog';
import { usePreferences } from './preferencesStore';

const THEMES: Array<[Theme, string]> = [
  ['system', 'Same as the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** Preferences (File → Preferences…, Settings… on macOS, or the start screen's button). */
export function PreferencesDialog() {
  const open = usePreferences((s) => s.open);
  return open ? <PreferencesForm onClose={() => usePreferences.getState().hide()} /> : null;
}

function PreferencesForm({ onClose }: { onClose: () => void }) {
  const [loaded, setLoaded] = useState<AppPreferences | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    usePreferences.getState().load().then(setLoaded, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <Dialog title="Preferences" onClose={onClose}>
      {loaded ? <Fields initial={loaded} onClose={onClose} /> : error ? <p role="alert">{error}</p> : <p>Loading…</p>}
    </Dialog>
  );
}

function Fields({ initial, onClose }: { initial: AppPreferences; onClose: () => void }) {
  const ids = useId();
  const [authorName, setAuthorName] = useState(initial.authorName);
  const [theme, setTheme] = useState<Theme>(initial.theme);
  const [backupFolder, setBackupFolder] = useState(initial.backupFolder ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await usePreferences.getState().save({ authorName, theme, backupFolder });
      onClose();
    } catch (e) {
      // One line, and the dialog stays open with what was typed: nothing was saved.
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <form
      className="preferences"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={`${ids}-author`}>Your name</label>
      <input id={`${ids}-author`} value={authorName} maxLength={200} autoFocus aria-describedby={`${ids}-author-help`} onChange={(e) => setAuthorName(e.target.value)} />
      <p id={`${ids}-author-help`} className="muted">
        Written on your review notes and the files you export, and the rep on new deal plans.
      </p>

      <fieldset>
        <legend>Theme</legend>
        {THEMES.map(([value, label]) => (
          <label key={value} className="choice">
            <input type="radio" name={`${ids}-theme`} value={value} checked={theme === value} onChange={() => setTheme(value)} /> {label}
          </label>
        ))}
      </fieldset>

      <label htmlFor={`${ids}-backups`}>Second backup folder</label>
      <input
        id={`${ids}-backups`}
        value={backupFolder}
        maxLength={1000}
        placeholder="None"
        spellCheck={false}
        aria-describedby={`${ids}-backups-help`}
        onChange={(e) => setBackupFolder(e.target.value)}
      />
      <p id={`${ids}-backups-help`} className="muted">
        Backups are always kept in the data folder. Give the full path of a folder on another disk to keep a copy of each there too; leave it empty for none.
      </p>

      <p>
        <button
          type="button"
          onClick={() => {
            onClose();
            useBackupsDialog.getState().show();
          }}
        >
          Restore a backup…
        </button>
      </p>

      {error && <p role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
      </div>
    </form>
  );
}
