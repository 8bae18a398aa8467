import { useEffect, useMemo, useState } from 'react';
import { analyzePlaybook, type Analysis, type Finding, type Severity } from '../../shared/analysis/findings';
import { useEditor } from '../editor/editorStore';
import { useCentre } from './useCentre';
import { useStepsForAnalysis } from './useStepsForAnalysis';

const SEVERITY: Record<Severity, { icon: string; word: string }> = {
  error: { icon: '⛔', word: 'Error' },
  warning: { icon: '⚠', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Note' },
};

const percent = (share: number) => `${Math.round(share * 100)}%`;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The playbook's alignment analysis, live as it is edited: mirror coverage overall and per buyer
 * stage, then every finding. Selecting a finding selects and centres what it is about.
 */
export function AnalysisPanel() {
  const meta = useEditor((s) => s.meta);
  const stages = useEditor((s) => s.stages);
  const steps = useStepsForAnalysis();
  const links = useEditor((s) => s.links);
  const assumptions = useEditor((s) => s.assumptions);
  const input = useMemo(
    () => ({ playbook: meta, viewport: null, stages: Object.values(stages), steps: Object.values(steps), links: Object.values(links), assumptions }),
    [meta, stages, steps, links, assumptions],
  );
  // The analysis of a large playbook takes tens of milliseconds: it runs just after the canvas has
  // painted, when the playbook opens and after each edit, never in the way of either.
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setAnalysis(analyzePlaybook(input, { today: today() })), 0);
    return () => clearTimeout(timer);
  }, [input]);
  if (!analysis) {
    return (
      <section className="analysis" aria-labelledby="analysis-heading" aria-busy="true">
        <h3 id="analysis-heading">Analysis</h3>
        <p>Analysing…</p>
      </section>
    );
  }
  const buyerSteps = analysis.coverage.byStage.reduce((n, s) => n + s.steps, 0);
  const supported = analysis.coverage.byStage.reduce((n, s) => n + s.supported, 0);

  return (
    <section className="analysis" aria-labelledby="analysis-heading">
      <h3 id="analysis-heading">Analysis</h3>
      <h4>Mirror coverage</h4>
      {buyerSteps === 0 ? (
        <p>No buyer steps yet: add the buyer's journey first.</p>
      ) : (
        <>
          <p className="coverage-overall">
            <strong>{percent(analysis.coverage.overall)}</strong> of buyer steps are supported by a seller step ({supported} of {buyerSteps}).
          </p>
          <table className="coverage-by-stage">
            <caption className="visually-hidden">Coverage per buyer stage</caption>
            <thead>
              <tr>
                <th scope="col">Buyer stage</th>
                <th scope="col">Supported</th>
              </tr>
            </thead>
            <tbody>
              {analysis.coverage.byStage.map((stage) => (
                <tr key={stage.stageId}>
                  <td>{stage.name}</td>
                  <td>{stage.steps === 0 ? 'no steps' : `${stage.supported} of ${stage.steps}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h4>Findings ({analysis.findings.length})</h4>
      {analysis.findings.length === 0 ? <p>Nothing to flag: the seller's process mirrors the buyer's journey.</p> : <FindingList findings={analysis.findings} />}
    </section>
  );
}

function FindingList({ findings }: { findings: Finding[] }) {
  const centre = useCentre();
  const steps = useStepsForAnalysis();
  const stages = useEditor((s) => s.stages);
  const open = (finding: Finding) => {
    const id = finding.ids[0];
    if (!id) return;
    if (steps[id]) {
      useEditor.getState().selectStep(id);
      centre(id);
    } else if (stages[id]) {
      useEditor.getState().selectStage(id);
    }
  };
  return (
    <ul className="findings">
      {findings.slice(0, 200).map((finding, i) => {
        const { icon, word } = SEVERITY[finding.severity];
        const target = finding.ids[0] && (steps[finding.ids[0]] || stages[finding.ids[0]]);
        return (
          <li key={`${finding.kind}-${finding.ids.join(',')}-${i}`} className={`finding finding-${finding.severity}`} data-kind={finding.kind}>
            <span aria-hidden="true">{icon}</span> <span className="finding-severity">{word}:</span>{' '}
            {target ? (
              <button type="button" className="link-button" onClick={() => open(finding)}>
                {finding.message}
              </button>
            ) : (
              <span>{finding.message}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
