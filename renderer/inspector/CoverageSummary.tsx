import { useMemo } from 'react';
import { computeCoverage } from '../../shared/analysis/coverage';
import { useEditor } from '../editor/editorStore';

/**
 * How well the seller's process mirrors the buyer's journey: buyer steps nothing supports, and
 * seller steps no buyer step asks for. Each is a button that selects the step on the canvas.
 */
export function CoverageSummary() {
  const stages = useEditor((s) => s.stages);
  const steps = useEditor((s) => s.steps);
  const links = useEditor((s) => s.links);
  const coverage = useMemo(
    () => computeCoverage({ stages: Object.values(stages), steps: Object.values(steps), links: Object.values(links) }),
    [stages, steps, links],
  );
  const title = (id: string) => steps[id]?.title || 'Untitled step';
  return (
    <section className="coverage" aria-labelledby="coverage-heading">
      <h3 id="coverage-heading">Mirror coverage</h3>
      <p>
        <strong>{Math.round(coverage.coverage * 100)}%</strong> of buyer steps are supported by a seller step ({coverage.supportedBuyerSteps} of{' '}
        {coverage.buyerSteps}).
      </p>
      {coverage.unsupportedBuyerStepIds.length > 0 && (
        <>
          <h4>Buyer steps nothing supports</h4>
          <StepRefs ids={coverage.unsupportedBuyerStepIds} title={title} />
        </>
      )}
      {coverage.sellerCentricStepIds.length > 0 && (
        <>
          <h4>Seller steps no buyer step needs</h4>
          <StepRefs ids={coverage.sellerCentricStepIds} title={title} />
        </>
      )}
    </section>
  );
}

/** Steps as buttons that select them on the canvas (the first 50: a longer list helps no one). */
function StepRefs({ ids, title }: { ids: string[]; title: (id: string) => string }) {
  return (
    <ul className="step-refs">
      {ids.slice(0, 50).map((id) => (
        <li key={id}>
          <button type="button" className="link-button" onClick={() => useEditor.getState().selectStep(id)}>
            {title(id)}
          </button>
        </li>
      ))}
    </ul>
  );
}
