import { useEffect, useState } from 'react';
import type { PortfolioReport } from '../../shared/portfolio/portfolio';
import { portfolioToHtml } from '../../shared/portfolio/reportHtml';
import { useNavigation } from '../app/navigation';
import { offerDownload } from '../files/download';
import { showError, useNotices } from '../ui/notices';
import { PlaybookEvidenceView } from './PlaybookEvidenceView';
import { ReviewProgress } from './ReviewProgress';
import { useReview, type ReviewSource } from './reviewStore';

const folderName = (folder: string) => folder.split(/[\\/]/).filter(Boolean).at(-1) ?? folder;
const titleOf = (source: ReviewSource) => (source.kind === 'folder' ? `Portfolio review: ${folderName(source.folder)}` : 'Portfolio review');

/** The same self-contained page `tandem review --out` writes: no script, no request, charts as inline SVG. */
async function exportReport(report: PortfolioReport, source: ReviewSource) {
  try {
    const written = await offerDownload(portfolioToHtml(report, { title: titleOf(source) }), 'portfolio-review.html', 'text/html');
    if (written) useNotices.getState().show(`Exported ${written}`);
  } catch (error) {
    showError(error);
  }
}

/**
 * Managers and enablement: deal plans as evidence, those saved here or a folder of plan files reps
 * sent. Per playbook version, where reps depart from it and how those deals ended; departures that
 * keep winning can be promoted into the next draft, which nothing changes until the user accepts.
 * Reviews run off the main thread, with progress and Cancel; the screen stays usable meanwhile.
 */
export function PortfolioScreen() {
  const { source, report, running } = useReview();
  const [savedPlaybooks, setSavedPlaybooks] = useState<Set<string> | null>(null);

  useEffect(() => {
    void useReview.getState().run({ kind: 'database' });
    // Leaving the screen stops a review nobody will see.
    return () => {
      if (useReview.getState().running) useReview.getState().cancel();
    };
  }, []);
  // Which versions are here decides whether a folder's proposals can be promoted.
  useEffect(() => {
    window.api.listPlaybooks().then((list) => setSavedPlaybooks(new Set(list.map((p) => p.id))), showError);
  }, [report]);

  return (
    <main className="portfolio">
      <header className="home-header">
        <button type="button" onClick={() => useNavigation.getState().goHome()}>
          ← Start screen
        </button>
        <h1>{titleOf(source)}</h1>
      </header>
      <div className="toolbar portfolio-toolbar" role="toolbar" aria-label="Portfolio review">
        <button type="button" onClick={() => void useReview.getState().reviewFolder()}>
          Review a folder…
        </button>
        {source.kind === 'folder' && (
          <button type="button" onClick={() => void useReview.getState().run({ kind: 'database' })}>
            Review the plans saved here
          </button>
        )}
        {/* A review that found nothing, not even a file to skip, has nothing to report. */}
        <button type="button" disabled={!report || (report.plans === 0 && report.skipped.length === 0)} onClick={() => report && void exportReport(report, source)}>
          Export report…
        </button>
      </div>
      <ReviewProgress />
      {report === null ? (
        running ? null : <p>No review to show.</p>
      ) : (
        <ReportView report={report} source={source} savedPlaybooks={savedPlaybooks} />
      )}
    </main>
  );
}

function ReportView({ report, source, savedPlaybooks }: { report: PortfolioReport; source: ReviewSource; savedPlaybooks: Set<string> | null }) {
  const folder = source.kind === 'folder' ? source.folder : null;
  return (
    <>
      {folder !== null && (
        <p>
          Plan files in <bdi className="folder-path">{folder}</bdi>
        </p>
      )}
      {report.plans === 0 ? (
        <p>{folder === null ? 'No deal plans yet. Plans made from published playbooks show up here as evidence.' : 'No deal plans in this folder.'}</p>
      ) : (
        <p>
          {report.plans} deal plan{report.plans === 1 ? '' : 's'} across {report.playbooks.length} playbook version{report.playbooks.length === 1 ? '' : 's'}.
        </p>
      )}
      {report.skipped.length > 0 && (
        <section aria-labelledby="pf-skipped">
          <h2 id="pf-skipped">Files skipped ({report.skipped.length})</h2>
          <ul className="skipped-files">
            {report.skipped.map((s) => (
              <li key={s.file}>
                <bdi>{s.file}</bdi>: {s.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.playbooks.map((p) => (
        // Saved plans are always of a version here; a folder's may be of one this database never saw.
        <PlaybookEvidenceView key={p.playbookId} evidence={p} folder={folder} promotable={folder === null || (savedPlaybooks?.has(p.playbookId) ?? false)} />
      ))}
    </>
  );
}
