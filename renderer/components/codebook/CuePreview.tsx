import { useEffect, useRef, useState } from 'react';
import type { CuePreview as Preview } from '../../api/contract.ts';
import { call } from '../../api/client.ts';
import { subscribe } from '../../api/events.ts';
import { useDebounced } from '../../hooks/useDebounced.ts';
import { formatNumber, plural } from '../format.ts';
import { StopTaskButton } from '../StopTaskButton.tsx';

/** How many passages in how many articles the cues would match, while they are being edited. */
export function CuePreview({ cues }: { cues: string[] }) {
  const settled = useDebounced(cues, 450);
  const key = JSON.stringify(settled);
  const [state, setState] = useState<{ preview?: Preview; error?: string; loading: boolean }>({
    loading: false,
  });
  const running = useRunningPreview();
  // Progress of a preview asked before this edit counts the cues as they were: not shown as this one's.
  const latestTask = useRef(0);
  latestTask.current = Math.max(latestTask.current, running?.taskId ?? 0);
  const [firstTask, setFirstTask] = useState(0);
  // An older project's cue hits recorded in the background: asked again as they come in.
  const recorded = useRecordedCueHits(state.preview?.recording);
  useEffect(() => {
    let live = true;
    setFirstTask(latestTask.current + 1);
    const list = JSON.parse(key) as string[];
    if (list.length === 0) {
      setState({ preview: { passages: 0, articles: 0, examples: [] }, loading: false });
      return undefined;
    }
    setState((s) => ({ ...s, loading: true }));
    call('codes.preview', { cues: list }).then(
      (preview) => live && setState({ preview, loading: false }),
      (error: unknown) =>
        live && setState({ error: error instanceof Error ? error.message : String(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, recorded]);

  const soFar = state.loading && running && running.taskId >= firstTask ? running.found : undefined;
  const shown = soFar ?? state.preview;
  return (
    <section className="cue-preview" aria-label="Preview of matches" aria-busy={state.loading}>
      <p className="preview-count" role="status">
        {state.error ? (
          <span className="error-text">{state.error}</span>
        ) : shown ? (
          <>
            <strong>{plural(shown.passages, 'passage')}</strong> in{' '}
            <strong>{plural(shown.articles, 'article')}</strong>
            {soFar && <span className="faint"> so far</span>}
            {shown.stopped && <span className="faint"> · stopped before the last article</span>}
            {shown.recording && (
              <span className="faint">
                {' '}
                in the {formatNumber(shown.recording.recorded)} of {formatNumber(shown.recording.of)} articles
                whose cue hits are recorded so far (being recorded: see the task list)
              </span>
            )}
            {state.loading && !soFar && <span className="faint"> · updating…</span>}
          </>
        ) : (
          <span className="faint">Counting matches…</span>
        )}
        {state.loading && running && <StopPreview running={running} />}
      </p>
      {shown && shown.examples.length > 0 && (
        <ul className="kwic">
          {shown.examples.map((example, index) => (
            <li key={index}>
              <a href={`#/reader/${example.articleId}`} className="kwic-title">
                {example.title ?? `Article ${example.articleId}`}
              </a>
              <span className="kwic-line">
                <span className="kwic-left">
                  <span>
                    {example.sentence.slice(Math.max(0, example.cue.start - 120), example.cue.start)}
                  </span>
                </span>
                <strong className="cue-word">
                  {example.sentence.slice(example.cue.start, example.cue.end)}
                </strong>
                <span className="kwic-right">
                  {example.sentence.slice(example.cue.end, example.cue.end + 120)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** How often, in tenths of the recording, the preview is asked again while cue hits are recorded. */
const RECORDED_STEPS = 10;

/**
 * While the preview shown counted only the articles whose cue hits are recorded so far (`recording`),
 * a number that moves at each further tenth of the background recording and when it ends (and at its
 * first batch, when the preview shown had none): the preview is asked again, with more recorded.
 */
function useRecordedCueHits(recording: Preview['recording']): number {
  const [asked, setAsked] = useState(0);
  const lastTenth = useRef(-1);
  const waiting = recording !== undefined;
  const noneYet = useRef(false);
  // Set once per answer shown, not at every render: one asking again for its first batch.
  useEffect(() => {
    noneYet.current = recording?.recorded === 0;
  }, [recording]);
  useEffect(() => {
    if (!waiting) return undefined;
    lastTenth.current = -1;
    return subscribe((event) => {
      if (event.type === 'changed' || event.task !== 'cue-hits') return;
      const tenth =
        event.type === 'finished'
          ? RECORDED_STEPS + 1
          : Math.floor((RECORDED_STEPS * event.done) / Math.max(1, event.total));
      // The first report only says where the recording is: the preview shown was asked about then,
      // unless it had nothing recorded to read.
      if (noneYet.current && event.type === 'progress' && event.done > 0) {
        noneYet.current = false;
        lastTenth.current = tenth;
        setAsked((now) => now + 1);
        return;
      }
      const first = lastTenth.current < 0 && event.type === 'progress';
      if (tenth <= lastTenth.current) return;
      lastTenth.current = tenth;
      if (!first) setAsked((now) => now + 1);
    });
  }, [waiting]);
  return asked;
}

interface Running {
  taskId: number;
  done: number;
  total: number;
  found?: Preview;
}

/** The preview the engine is counting now, from its progress events; null when none is. */
function useRunningPreview(): Running | null {
  const [running, setRunning] = useState<Running | null>(null);
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'changed' || event.task !== 'preview') return;
        if (event.type === 'progress')
          // A replaced preview's last report may come after the next one's first: the newest task wins.
          setRunning((now) =>
            now && now.taskId > event.taskId
              ? now
              : { taskId: event.taskId, done: event.done, total: event.total, found: event.found },
          );
        else setRunning((now) => (now?.taskId === event.taskId ? null : now));
      }),
    [],
  );
  return running;
}

/** How far a long count has got, and a way to stop it (the counts so far are then shown). */
function StopPreview({ running }: { running: Running }) {
  return (
    <span className="faint">
      {' '}
      · {formatNumber(running.done)} of {formatNumber(running.total)} articles read{' '}
      <StopTaskButton key={running.taskId} taskId={running.taskId} what="the preview" />
    </span>
  );
}
