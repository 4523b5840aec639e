import { useState } from 'react';
import type { CodebookView } from '../../api/contract.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { LearnedTable } from './LearnedTable.tsx';
import { refreshProposals, trainedText } from './refresh-proposals.ts';

/** The Codebook view's overview: per frame, how far the model learned from the coder agrees with them. */
export function LearnedOverview({ codebooks }: { codebooks: CodebookView[] }) {
  const withFrames = codebooks.filter((book) => book.codes.some((code) => code.kind === 'frame'));
  const [chosen, setChosen] = useState<number | null>(null);
  const codebookId = chosen ?? withFrames[0]?.id ?? null;
  const report = useEngine('learn.codebook', codebookId === null ? null : [{ codebookId }]);
  const [refreshing, setRefreshing] = useState(false);
  if (codebookId === null) return null;
  const refresh = () => {
    setRefreshing(true);
    void refreshProposals(codebookId).finally(() => setRefreshing(false));
  };
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
      {report.data && (
        <p className="learned-trained-row">
          <span className="learned-trained">{trainedText(report.data)}</span>
          {report.data.canStore && (
            <button
              type="button"
              className={`btn small${report.data.upToDate ? '' : ' primary'}`}
              disabled={refreshing}
              title="Train on your latest decisions and store what the model proposes, replacing the stored proposals"
              onClick={refresh}
            >
              {refreshing ? 'Refreshing…' : 'Refresh proposals'}
            </button>
          )}
        </p>
      )}
      {report.data ? (
        <LearnedTable report={report.data} />
      ) : (
        !report.error && <span className="skeleton" style={{ width: '60%', margin: '10px 0' }} />
      )}
    </section>
  );
}
