import { useState } from 'react';
import { tidyOpenPlaybook } from './tidyOpenPlaybook';

/** "Tidy layout": lays the open playbook out again (the Edit menu has it too). */
export function TidyButton({ disabled }: { disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={disabled || busy}
      aria-busy={busy}
      title="Lay each lane out again by sequence, within its stages"
      onClick={() => {
        setBusy(true);
        void tidyOpenPlaybook().finally(() => setBusy(false));
      }}
    >
      Tidy layout
    </button>
  );
}
