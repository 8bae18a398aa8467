import { useId } from 'react';
import { LIMITS } from '../../shared/domain/limits';
import { useEditor } from '../editor/editorStore';
import { CommitInput } from '../ui/CommitInput';

/** What the playbook is for: read by everyone who opens it, and in its exports. */
export function PlaybookDescription() {
  const description = useEditor((s) => s.meta.description);
  const id = useId();
  return (
    <>
      <label htmlFor={id}>Description</label>
      <CommitInput
        id={id}
        multiline
        className="long-text"
        value={description}
        maxLength={LIMITS.textLength}
        placeholder="Which deals this playbook is for, and what a rep should know first"
        onCommit={(text) => useEditor.getState().setDescription(text)}
      />
    </>
  );
}
