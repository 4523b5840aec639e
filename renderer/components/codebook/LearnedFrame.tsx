import type { CodebookView, Proposal } from '../../api/contract.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { decideFrame } from '../../reader/decide.ts';
import { formatNumber, plural } from '../format.ts';
import { figurePercent } from '../format.ts';
import { neededText } from './learned-text.ts';
import { LikelyAccept } from './LikelyAccept.tsx';

type Code = CodebookView['codes'][number];

/** One frame's model: its cross-validated figures, what it has learned, and the articles to look at next. */
export function LearnedFrame({ code }: { code: Code }) {
  const report = useEngine('learn.codebook', [{ codebookId: code.codebookId }]);
  const frame = report.data?.frames.find((item) => item.codeId === code.id);
  return (
    <section
      className="learned learned-frame"
      aria-label="Learned from your decisions"
      aria-busy={report.loading}
    >
      <h2>Learned from your decisions</h2>
      {!frame ? (
        <p className="faint">{report.error ? report.error.message : 'Training on your decisions…'}</p>
      ) : (
        <>
          <p>
            Rests on {plural(frame.positives, 'article')} you decided have the frame and{' '}
            {formatNumber(frame.negatives)} without it
            {frame.setAside > 0 && ` (${formatNumber(frame.setAside)} marked denied are left out)`}.
          </p>
          {frame.crossValidation ? (
            <p role="status">
              Cross-validated ({frame.crossValidation.folds} folds): precision{' '}
              <strong className="num">{figurePercent(frame.crossValidation.precision)}</strong>, recall{' '}
              <strong className="num">{figurePercent(frame.crossValidation.recall)}</strong>.{' '}
              {frame.strongest.length > 0 && (
                <span className="faint">Speaks for it most: {frame.strongest.join(', ')}.</span>
              )}
            </p>
          ) : (
            <p role="status" className="muted">
              {neededText(frame)} before the model can be tested against you.
            </p>
          )}
          {frame.crossValidation && <LikelyAccept codeId={code.id} name={code.name} />}
          {frame.crossValidation && (
            <div className="learned-lists">
              <ProposalList
                frame={code}
                title={`Proposed for ${plural(frame.proposedCount, 'undecided article')}`}
                items={frame.proposals.slice(0, 12)}
                empty="The model proposes the frame for none of the undecided articles."
              />
              <ProposalList
                frame={code}
                title="Review next: the model is least sure"
                items={frame.doubtful.slice(0, 8)}
                empty="Every article in the codebook’s scope is decided."
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function ProposalList({
  frame,
  title,
  items,
  empty,
}: {
  frame: Code;
  title: string;
  items: Proposal[];
  empty: string;
}) {
  // Deciding here is the coder's own decision, as in the reader, and followed as the reader's are:
  // the engine trains again once the decisions pause and stores the proposals (once per run of
  // clicks), so the Library's "Proposed by the learner" follows the decision.
  const decide = async (item: Proposal, present: boolean) => {
    await decideFrame(
      item.articleId,
      frame.id,
      { present },
      `“${frame.name}” marked ${present ? 'present' : 'absent'} in “${item.title ?? `article ${item.articleId}`}”.`,
    );
  };
  return (
    <div>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="faint">{empty}</p>
      ) : (
        <ol className="proposals" aria-label={title}>
          {items.map((item) => (
            <li key={item.articleId}>
              <span className="num probability" title="How likely the model finds the frame here">
                {item.probability.toFixed(2)}
              </span>
              <a href={`#/reader/${item.articleId}`}>{item.title ?? `Article ${item.articleId}`}</a>
              {item.outlet && <span className="faint"> · {item.outlet}</span>}
              {item.analysis !== null && (
                <span className="faint"> · cues say {item.analysis ? 'present' : 'absent'}</span>
              )}
              <span className="proposal-actions">
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={`Present in “${item.title ?? item.articleId}”`}
                  title="The frame is present: record your decision"
                  onClick={() => void decide(item, true)}
                >
                  ✓
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={`Absent from “${item.title ?? item.articleId}”`}
                  title="The frame is absent: record your decision"
                  onClick={() => void decide(item, false)}
                >
                  ✗
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
