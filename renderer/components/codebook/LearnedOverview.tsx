import { useState } from 'react';
import type { CodebookView, LearnReport } from '../../api/contract.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { formatDateTime, plural } from '../format.ts';
import { LearnedTable } from './LearnedTable.tsx';

/** The Codebook view's overview: per frame, how far the model learned from the coder agrees with them. */
export function LearnedOverview({ codebooks }: { codebooks: CodebookView[] }) {
  const withFrames = codebooks.filter((book) => book.codes.some((code) => code.kind === 'frame'));
  const [chosen, setChosen] = useState<number | null>(null);
  const codebookId = chosen ?? withFrames[0]?.id ?? null;
  const report = useEngine('learn.codebook', codebookId === null ? null : [{ codebookId }]);
  if (codebookId === null) return null;
  return (
    <section className="learned" aria-label="Learned from your decisions">
      <header className="learned-head">
        <h2>How far the suggestions agree with your decisions</h2>
        <label>
          Codebook{' '}
          <select
            className="input"
            value={codebookId}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {withFrames.map((book) => (
              <option key={book.id} value={book.id}>
                {book.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="muted">
        A model of each frame is trained on the articles you decided (present, absent, or evidence you
        accepted, rejected or coded by hand) and tested on the ones it did not see, in{' '}
        {report.data
          ? `${report.data.folds}-fold cross-validation (seed ${report.data.seed})`
          : 'cross-validation'}
        . Precision: of the articles it calls the frame’s, how many you did; recall: of yours, how many it
        finds. It needs {report.data?.minimum.positive ?? 10} decisions with the frame and{' '}
        {report.data?.minimum.negative ?? 10} without. Its proposals never replace a decision of yours.
      </p>
      {report.error && !report.loading && (
        <ErrorNotice
          error={report.error}
          title="The figures could not be computed"
          hint="Try again in a moment."
        />
      )}
      {report.data && <p className="learned-trained">{trainedText(report.data)}</p>}
      {report.data ? (
        <LearnedTable report={report.data} />
      ) : (
        !report.error && <span className="skeleton" style={{ width: '60%', margin: '10px 0' }} />
      )}
    </section>
  );
}

/** When the model was last trained and how many of its proposals the project keeps. */
export function trainedText(report: LearnReport): string {
  const stored = report.frames.reduce((sum, frame) => sum + frame.stored, 0);
  const kept = `${plural(stored, 'proposal')} stored as learned suggestions, shown in the Reader`;
  if (!report.trainedAt) return 'The model has not been trained on this project yet; nothing is stored.';
  const when = `Model last trained ${formatDateTime(report.trainedAt)}`;
  return report.stored
    ? `${when}: ${kept} (a decision of yours removes one; training again replaces them).`
    : `${when} (this copy is open only to read, so this run stored nothing): ${kept}.`;
}
