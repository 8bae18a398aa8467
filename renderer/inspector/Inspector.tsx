import { AnalysisPanel } from '../analysis/AnalysisPanel';
import { derivedFrom } from '../editor/derivedFrom';
import { useEditor, type EditorState } from '../editor/editorStore';
import { AssumptionsEditor } from './AssumptionsEditor';
import { LinkInspector } from './LinkInspector';
import { PlaybookDescription } from './PlaybookDescription';
import { StageInspector } from './StageInspector';
import { StepInspector } from './StepInspector';

export function Inspector() {
  const stepId = useEditor((s) => (s.selectedStepIds.length === 1 ? s.selectedStepIds[0]! : null));
  const stageId = useEditor((s) => s.selectedStageId);
  const many = useEditor((s) => s.selectedStepIds.length > 1);
  const linkId = useEditor((s) => (s.selectedStepIds.length === 0 && s.selectedLinkIds.length === 1 ? s.selectedLinkIds[0]! : null));
  return (
    <aside className="inspector" aria-label="Inspector">
      {stepId ? (
        <StepInspector key={stepId} stepId={stepId} />
      ) : linkId ? (
        <LinkInspector key={linkId} linkId={linkId} />
      ) : stageId ? (
        <StageInspector key={stageId} stageId={stageId} />
      ) : many ? (
        <ManySelected />
      ) : (
        <Hints />
      )}
      {/* Always in view, whatever is selected: an edit's effect on the analysis shows as it is made. */}
      <AnalysisPanel />
    </aside>
  );
}

function ManySelected() {
  const count = useEditor((s) => s.selectedStepIds.length);
  return (
    <div className="inspector-section">
      <h2>{count} steps selected</h2>
      <button type="button" className="danger" onClick={() => useEditor.getState().deleteSelection()}>
        Delete {count} steps
      </button>
    </div>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// Counted again only when steps or links are added or removed, not on every store update.
const stepCount = derivedFrom((s: EditorState) => s.steps, (steps) => Object.keys(steps).length);
const linkCount = derivedFrom((s: EditorState) => s.links, (links) => Object.keys(links).length);

function Hints() {
  const counts = `${plural(useEditor(stepCount), 'step')} · ${plural(useEditor(linkCount), 'link')}`;
  return (
    <div className="inspector-section hints">
      <h2>Playbook</h2>
      <PlaybookDescription />
      <p>{counts}</p>
      <ul>
        <li>Select a step to edit it and see its links; select a stage header to edit the stage; select a link’s label to see what it joins and why.</li>
        <li>Double-click empty lane space to add a step there.</li>
        <li>Drag from a dot on a step’s edge and release on another step: within a lane it is a sequence, from a seller step to a buyer step it is a mirror link.</li>
        <li>Delete removes the selection; Ctrl+Z undoes, Ctrl+Shift+Z redoes.</li>
      </ul>
      <AssumptionsEditor />
    </div>
  );
}
