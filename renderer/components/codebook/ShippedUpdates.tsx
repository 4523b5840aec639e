import { Fragment, useState } from 'react';
import type { CodebookUpdate, FrameUpdate } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { formatNumber, plural } from '../format.ts';

// Issue 9: a project made by an older Framescope holds the cues shipped then. The Codebook view says
// when the shipped codebooks have newer ones, shows per frame what would change, and updates only
// when asked: a scholar's coding instrument never changes on its own.

/** Newer cues of the shipped codebooks, with an Update per codebook and per frame. */
export function ShippedUpdates() {
  const updates = useEngine('codebooks.updates', []);
  // Kept after the list empties: the frames found so far still carry the old cues' evidence.
  const [updated, setUpdated] = useState<string[]>([]);
  const [rerunning, setRerunning] = useState(false);
  const [busy, setBusy] = useState(false);

  const update = async (book: CodebookUpdate, frames?: string[]) => {
    setBusy(true);
    try {
      const result = await mutate('codebooks.update', { codebook: book.key, ...(frames ? { frames } : {}) });
      if (result.updated.length > 0) {
        setUpdated((before) => [...before, ...result.updated]);
        showToast(`Updated to the shipped cues: ${result.updated.join(', ')}.`, { undo: true });
      }
    } catch (error) {
      showError(error, 'update the frames');
    } finally {
      setBusy(false);
    }
  };

  const rerun = async () => {
    setRerunning(true);
    try {
      const result = await mutate('frames.rerun');
      if (!result.stopped) setUpdated([]);
      showToast(
        result.stopped
          ? `Frames re-run stopped after ${formatNumber(result.articles)} articles; the rest keep their frames.`
          : `Frames detected again in ${formatNumber(result.articles)} articles with the new cues.`,
      );
    } catch (error) {
      showError(error, 're-run frame detection');
    } finally {
      setRerunning(false);
    }
  };

  const books = updates.data ?? [];
  if (books.length === 0 && updated.length === 0) return null;
  return (
    <section className="shipped-updates" aria-label="Newer shipped cues">
      {books.map((book) => (
        <div key={book.key} className="shipped-book">
          <header className="shipped-head">
            <h2>
              The shipped {book.name} has newer cues for {plural(book.frames.length, 'frame')}
            </h2>
            {book.canUpdate && book.behind > 0 && (
              <button
                type="button"
                className="btn small primary"
                disabled={busy}
                title="Replace the cues of the frames nobody edited here with the shipped ones (Undo takes it back)"
                onClick={() => void update(book)}
              >
                Update {plural(book.behind, 'frame')} nobody edited
              </button>
            )}
          </header>
          <p className="muted">
            This project has its own copy of the codebook, made by an earlier version of Framescope. Nothing
            changes until you update: a frame nobody edited here takes the shipped cues in one step that Undo
            takes back; a frame you edited keeps your cues unless you replace them.
            {!book.canUpdate && ' This copy is open only to read, so it keeps the cues it has.'}
          </p>
          <table className="shipped-table">
            <thead>
              <tr>
                <th scope="col">Frame</th>
                <th scope="col">Here</th>
                <th scope="col">What the shipped cues change</th>
                <th scope="col" aria-label="Update" />
              </tr>
            </thead>
            <tbody>
              {book.frames.map((frame) => (
                <FrameRow
                  key={frame.key}
                  frame={frame}
                  disabled={busy || !book.canUpdate}
                  onUpdate={() => void update(book, [frame.key])}
                />
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {updated.length > 0 && (
        <p className="shipped-rerun" role="status">
          <span>
            Frames already found keep the evidence of the old cues ({updated.join(', ')}) until frame
            detection runs again.
          </span>
          <button type="button" className="btn small" disabled={rerunning} onClick={() => void rerun()}>
            {rerunning ? 'Detecting frames…' : 'Re-run frame detection'}
          </button>
        </p>
      )}
    </section>
  );
}

function FrameRow({
  frame,
  disabled,
  onUpdate,
}: {
  frame: FrameUpdate;
  disabled: boolean;
  onUpdate: () => void;
}) {
  const edited = frame.state === 'edited';
  return (
    <tr>
      <th scope="row">{frame.name}</th>
      <td>{edited ? <strong>edited here</strong> : <span className="faint">as shipped before</span>}</td>
      <td>
        <details>
          <summary>{changeSummary(frame)}</summary>
          <CueList label="Added" cues={frame.added} />
          <CueList label="Taken out" cues={frame.removed} />
          <CueList label="Now weak, counting only beside other evidence" cues={frame.weakened} />
          <CueList label="No longer weak" cues={frame.strengthened} />
        </details>
      </td>
      <td className="shipped-action">
        <button
          type="button"
          className="btn small"
          disabled={disabled}
          title={
            edited
              ? `Replace the cues you wrote for ${frame.name} with the shipped ones (Undo takes it back)`
              : `Give ${frame.name} the shipped cues (Undo takes it back)`
          }
          onClick={onUpdate}
        >
          {edited ? 'Replace my cues' : 'Update'}
        </button>
      </td>
    </tr>
  );
}

function changeSummary(frame: FrameUpdate): string {
  const parts = [
    [frame.added.length, 'added'],
    [frame.removed.length, 'taken out'],
    [frame.weakened.length, 'made weak'],
    [frame.strengthened.length, 'no longer weak'],
  ] as const;
  return (
    parts
      .filter(([count]) => count > 0)
      .map(([count, what]) => `${formatNumber(count)} ${what}`)
      .join(', ') || 'the same cues in another order'
  );
}

function CueList({ label, cues }: { label: string; cues: string[] }) {
  if (cues.length === 0) return null;
  return (
    <p className="cue-diff" aria-label={label}>
      <span className="faint">{label}: </span>
      <span className="mono">
        {cues.map((cue, i) => (
          <Fragment key={cue}>
            {i > 0 && ' · '}
            <span className="cue-word">{cue}</span>
          </Fragment>
        ))}
      </span>
    </p>
  );
}

/** In a frame's editor: a line saying the shipped frame has newer cues, linking to the overview. */
export function ShippedFrameNote({ codeId }: { codeId: number }) {
  const updates = useEngine('codebooks.updates', []);
  const frame = updates.data?.flatMap((book) => book.frames).find((f) => f.codeId === codeId);
  if (!frame) return null;
  return (
    <p className="shipped-note" role="note">
      {frame.state === 'edited'
        ? 'You edited these cues; the shipped version of this frame has changed since'
        : 'The shipped version of this frame has newer cues'}{' '}
      ({changeSummary(frame)}).{' '}
      <a href="#/codebook">See what changes{frame.state === 'edited' ? '' : ' and update'}</a>
    </p>
  );
}
