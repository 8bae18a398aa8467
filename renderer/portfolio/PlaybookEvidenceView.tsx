import { DEVIATION_MEASURES, SMALL_SAMPLE, type DeviationMeasure, type OutcomeRates, type PlaybookEvidence } from '../../shared/portfolio/portfolio';
import { rateText } from '../../shared/portfolio/rateText';
import { Proposals } from './Proposals';

export const MEASURE_LABEL: Record<DeviationMeasure, string> = { skipped: 'Skipped', added: 'Step added after it', moved: 'Moved', loopedBack: 'Looped back' };

/** A rate always beside its sample; a small sample is greyed and says so. */
function Rate({ rates }: { rates: OutcomeRates }) {
  const text = rateText(rates);
  return rates.small ? (
    <span className="small-sample" title={`Fewer than ${SMALL_SAMPLE} closed deals`}>
      {text} · few plans
    </span>
  ) : (
    <span>{text}</span>
  );
}

/**
 * One playbook version's evidence: where reps depart from it and how those deals ended, how long
 * each stage took against what it expects, how often buyers loop back, and what to promote.
 * `promotable`: the version is in this database, so a proposal can become its next draft.
 */
export function PlaybookEvidenceView({ evidence, folder, promotable }: { evidence: PlaybookEvidence; folder: string | null; promotable: boolean }) {
  const o = evidence.outcomes;
  const departures = evidence.steps.flatMap((s) => DEVIATION_MEASURES.filter((m) => s[m] > 0).map((m) => ({ step: s, measure: m })));
  const headingId = `pf-${evidence.playbookId}`;
  return (
    <section className="portfolio-playbook" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {evidence.name} — version {evidence.version}
      </h2>
      <p>
        {evidence.plans} plan{evidence.plans === 1 ? '' : 's'}: {o.won} won, {o.lost} lost, {o.noDecision} no decision, {o.open} open.
      </p>
      <h3>Where reps depart from the playbook</h3>
      {departures.length === 0 ? (
        <p>No departures recorded: every plan follows this version.</p>
      ) : (
        <table className="portfolio-table" aria-label={`Departures from ${evidence.name} version ${evidence.version}`}>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Departure</th>
              <th scope="col">Plans</th>
              <th scope="col">With it</th>
              <th scope="col">Without it</th>
            </tr>
          </thead>
          <tbody>
            {departures.map(({ step, measure }) => (
              <tr key={`${step.id}-${measure}`}>
                <td>{step.title}</td>
                <td>{MEASURE_LABEL[measure]}</td>
                <td>{step[measure]}</td>
                <td>
                  <Rate rates={step.rates[measure].with} />
                </td>
                <td>
                  <Rate rates={step.rates[measure].without} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Stages: time taken and loop-backs</h3>
      <table className="portfolio-table portfolio-stages" aria-label={`Stages of ${evidence.name} version ${evidence.version}`}>
        <thead>
          <tr>
            <th scope="col">Lane</th>
            <th scope="col">Stage</th>
            <th scope="col">Expected days</th>
            <th scope="col">Median days taken</th>
            <th scope="col">Plans that looped back to it</th>
          </tr>
        </thead>
        <tbody>
          {evidence.stages.map((s) => (
            <tr key={s.stageId}>
              <td>{s.lane === 'buyer' ? 'Buyer' : 'Seller'}</td>
              <td>{s.name}</td>
              <td>{s.expectedDays ?? '–'}</td>
              <td>
                {s.cycleSamples < SMALL_SAMPLE ? (
                  <span className="small-sample" title={`Fewer than ${SMALL_SAMPLE} plans finished this stage`}>
                    {s.medianCycleDays ?? '–'} (n={s.cycleSamples}) · few plans
                  </span>
                ) : (
                  <span>
                    {s.medianCycleDays} (n={s.cycleSamples})
                    {s.expectedDays !== null && s.medianCycleDays !== null && s.medianCycleDays > s.expectedDays ? ` · ${s.medianCycleDays - s.expectedDays} over` : ''}
                  </span>
                )}
              </td>
              <td>{s.lane === 'buyer' ? s.loopBacks : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Proposals evidence={evidence} folder={folder} promotable={promotable} />
    </section>
  );
}
