import { useState } from 'react';
import type { ProjectInfo } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { plural } from '../format.ts';

/** Articles imported without tagging (or whose analysis failed) can be analysed from here. */
export function AnalysePrompt({ project }: { project: ProjectInfo }) {
  const [running, setRunning] = useState(false);
  const waiting = project.counts.articles - project.counts.analysed;
  if (waiting <= 0) return null;
  return (
    <div className="analyse-prompt" role="status">
      <span>
        {plural(waiting, 'article')} not analysed yet: no entities, quotes or frames shown for them.
      </span>
      <button
        type="button"
        className="btn small"
        disabled={running}
        onClick={() => {
          setRunning(true);
          mutate('analysis.run')
            .then((summary) => showToast(`Analysed ${plural(summary.analysed, 'article')}.`))
            .catch((error: unknown) => showError(error, 'analyse them'))
            .finally(() => setRunning(false));
        }}
      >
        {running ? 'Analysing…' : 'Analyse now'}
      </button>
    </div>
  );
}
