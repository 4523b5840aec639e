import { useEffect, useState } from 'react';
import type { CuePreview as Preview } from '../../api/contract.ts';
import { call } from '../../api/client.ts';
import { useDebounced } from '../../hooks/useDebounced.ts';
import { plural } from '../format.ts';

/** How many passages in how many articles the cues would match, while they are being edited. */
export function CuePreview({ cues }: { cues: string[] }) {
  const settled = useDebounced(cues, 450);
  const key = JSON.stringify(settled);
  const [state, setState] = useState<{ preview?: Preview; error?: string; loading: boolean }>({
    loading: false,
  });
  useEffect(() => {
    let live = true;
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
  }, [key]);

  return (
    <section className="cue-preview" aria-label="Preview of matches" aria-busy={state.loading}>
      <p className="preview-count" role="status">
        {state.error ? (
          <span className="error-text">{state.error}</span>
        ) : state.preview ? (
          <>
            <strong>{plural(state.preview.passages, 'passage')}</strong> in{' '}
            <strong>{plural(state.preview.articles, 'article')}</strong>
            {state.preview.stopped && <span className="faint"> · stopped before the last article</span>}
            {state.loading && <span className="faint"> · updating…</span>}
          </>
        ) : (
          <span className="faint">Counting matches…</span>
        )}
      </p>
      {state.preview && state.preview.examples.length > 0 && (
        <ul className="kwic">
          {state.preview.examples.map((example, index) => (
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
