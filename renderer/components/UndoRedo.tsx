import { useEngine } from '../hooks/useEngine.ts';
import { undo } from '../hooks/useGlobalKeys.ts';

/** Undo and redo, saying what they would take back (the history lives in the project file). */
export function UndoRedo() {
  const history = useEngine('history.state', []);
  const state = history.data;
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        className="icon-btn"
        aria-label={state?.undoLabel ? `Undo ${state.undoLabel}` : 'Undo'}
        title={state?.undoLabel ? `Undo: ${state.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        disabled={!state?.canUndo}
        onClick={() => void undo()}
      >
        ↶
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={state?.redoLabel ? `Redo ${state.redoLabel}` : 'Redo'}
        title={state?.redoLabel ? `Redo: ${state.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        disabled={!state?.canRedo}
        onClick={() => void undo(true)}
      >
        ↷
      </button>
    </div>
  );
}
