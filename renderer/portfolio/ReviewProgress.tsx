import { useEffect, useState } from 'react';
import type { PortfolioProgress } from '../../shared/api/portfolioOps';
import { useReview } from './reviewStore';

const POLL_MS = 250;
const count = (n: number) => n.toLocaleString('en');

/** While a review runs: how many files (or saved plans) are read of all, plans counted so far, and Cancel. */
export function ReviewProgress() {
  const running = useReview((s) => s.running);
  const [progress, setProgress] = useState<PortfolioProgress | null>(null);

  useEffect(() => {
    if (!running) {
      setProgress(null);
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const now = await window.api.portfolioProgress();
        if (!stopped) setProgress(now);
      } catch {
        // A failed poll leaves the status as it was; the review reports its own outcome.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [running]);

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
