import { useMemo } from 'react';
import { analyzePlan, type Finding, type FindingKind } from '../../shared/analysis/findings';
import { usePlan } from './planStore';

/** The Stakeholders panel already says these, with links to the steps concerned. */
const SHOWN_ELSEWHERE = new Set<FindingKind>(['missing-economic-buyer', 'missing-coach', 'unassigned-buyer-step']);
const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/**
 * The plan's analysis, in the same words as the playbook's: steps stalled past their date first,
 * then where the playbook version itself leaves the buyer alone. A finding selects its step.
 */
export function PlanAnalysis() {
  const doc = usePlan((s) => s.doc);
  const playbook = usePlan((s) => s.playbook);
  const findings = useMemo(() => {
    if (!doc || !playbook) return [];
    const today = new Date().toISOString().slice(0, 10);
    return analyzePlan(doc, playbook, { today }).findings.filter((f) => !SHOWN_ELSEWHERE.has(f.kind));
  }, [doc, playbook]);
  // Findings about the playbook name its steps; on the plan canvas a card is the plan step made from one.
  const planStepOf = useMemo(() => new Map((doc?.steps ?? []).flatMap((s) => (s.playbookStepId ? [[s.playbookStepId, s.id] as const] : []))), [doc]);
  const planStepIds = useMemo(() => new Set((doc?.steps ?? []).map((s) => s.id)), [doc]);
  const target = (finding: Finding) => {
    const id = finding.ids[0];
    if (!id) return null;
    return planStepIds.has(id) ? id : (planStepOf.get(id) ?? null);
  };
  if (!doc) return null;
  const stalled = findings.filter((f) => f.kind === 'stalled-step');
  const rest = findings.filter((f) => f.kind !== 'stalled-step');
  return (
    <section className="analysis" aria-labelledby="plan-analysis-heading">
      <h3 id="plan-analysis-heading">Analysis</h3>
      {findings.length === 0 ? (
        <p>Nothing to flag.</p>
      ) : (
        <ul className="findings">
          {[...stalled, ...rest].slice(0, 200).map((finding, i) => {
            const stepId = target(finding);
            return (
              <li key={`${finding.kind}-${finding.ids.join(',')}-${i}`} className={`finding finding-${finding.severity}`} data-kind={finding.kind}>
                <span className="finding-severity">{SEVERITY_WORD[finding.severity]}:</span>{' '}
                {stepId ? (
                  <button type="button" className="link-button" onClick={() => usePlan.getState().selectStep(stepId)}>
                    {finding.message}
                  </button>
                ) : (
                  <span>{finding.message}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
