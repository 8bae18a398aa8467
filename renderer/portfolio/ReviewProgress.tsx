import { usePolled } from '../ui/usePolled';
import { useReview } from './reviewStore';

const POLL_MS = 250;
const count = (n: number) => n.toLocaleString('en');

/** While a review runs: how many files (or saved plans) are read of all, plans counted so far, and Cancel. */
export function ReviewProgress() {
  const running = useReview((s) => s.running);
  const progress = usePolled(running, () => window.api.portfolioProgress(), POLL_MS);

  if (!running) return null;
  const what = progress?.source === 'folder' ? 'files' : 'saved plans';
  const text =
    !progress || progress.total === 0
      ? 'Reviewing: finding the plans…'
      : `Reviewing: ${count(progress.read)} of ${count(progress.total)} ${what} read, ${count(progress.plans)} plan${progress.plans === 1 ? '' : 's'} counted`;
  return (
    <div className="notice notice-info review-progress" role="status">
      <span>{text}</span>
      <progress aria-label="Review progress" max={Math.max(1, progress?.total ?? 0)} value={progress?.read ?? 0} />
      <button type="button" onClick={() => useReview.getState().cancel()}>
        Cancel review
      </button>
    </div>
  );
}
