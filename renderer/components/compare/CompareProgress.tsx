import { useEffect, useRef, useState } from 'react';
import { subscribe } from '../../api/events.ts';
import { formatNumber } from '../format.ts';
import { StopTaskButton } from '../StopTaskButton.tsx';

interface Running {
  taskId: number;
  label: string;
  done: number;
  total: number;
}

/**
 * The comparison the engine is counting now, from its progress events; null when none is. Only
 * comparisons asked for since `since` changed count: a replaced one's last report may come late.
 */
export function useRunningComparison(since: unknown): Running | null {
  const [running, setRunning] = useState<Running | null>(null);
  const newest = useRef(0);
  const first = useRef(0);
  useEffect(() => {
    first.current = newest.current + 1;
    setRunning(null);
  }, [since]);
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'changed' || event.task !== 'compare') return;
        newest.current = Math.max(newest.current, event.taskId);
        if (event.type === 'finished') {
          setRunning((now) => (now?.taskId === event.taskId ? null : now));
          return;
        }
        if (event.taskId < first.current) return;
        setRunning((now) =>
          now && now.taskId > event.taskId
            ? now
            : {
                taskId: event.taskId,
                label: event.label ?? 'Comparing',
                done: event.done,
                total: event.total,
              },
        );
      }),
    [],
  );
  return running;
}

/**
 * What a long comparison is doing ("Pairing wire copy 4,000 of 11,267 articles"), and Stop. With
 * `delay`, shown only once it has taken that long: a toggle answered at once does not flash it.
 */
export function CompareProgress({ running, delay = 0 }: { running: Running | null; delay?: number }) {
  const [due, setDue] = useState(delay === 0);
  useEffect(() => {
    if (delay === 0) return undefined;
    const timer = setTimeout(() => setDue(true), delay);
    return () => clearTimeout(timer);
  }, [delay]);
  if (!due) return null;
  const counted = running && running.total > 0;
  return (
    <div className="compare-progress" role="status" aria-label="Comparison progress">
      <span className="compare-progress-label">
        {running ? running.label : 'Comparing the outlets'}
        {counted && (
          <span className="num faint">
            {' '}
            {formatNumber(running.done)} of {formatNumber(running.total)} articles
          </span>
        )}
      </span>
      <progress
        max={counted ? running.total : undefined}
        value={counted ? running.done : undefined}
        aria-label={running?.label ?? 'Comparing the outlets'}
      />
      {running && <StopTaskButton key={running.taskId} taskId={running.taskId} what="the comparison" />}
    </div>
  );
}

/** A comparison stopped before its answer: say so, and offer to run it again. */
export function CompareStopped({
  title,
  onAgain,
  shown,
}: {
  title: string;
  onAgain: () => void;
  shown: boolean;
}) {
  return (
    <div className="notice" role="alert">
      <h3>Stopped: the comparison was not finished</h3>
      <p className="muted">
        {title}:{' '}
        {shown
          ? 'the charts below are those of the comparison before it.'
          : 'nothing was compared. Articles it had counted already are not counted again.'}
      </p>
      <button type="button" className="btn" onClick={onAgain}>
        Compare again
      </button>
    </div>
  );
}
