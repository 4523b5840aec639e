import { useState } from 'react';
import { call } from '../api/client.ts';
import { showError } from '../hooks/toast.ts';

/**
 * Stop for long work shown where it was asked for (a cue preview, a comparison): `what` names it
 * ("the preview"). Key it by the task, so a newer task's Stop starts enabled.
 */
export function StopTaskButton({ taskId, what }: { taskId: number; what: string }) {
  const [stopping, setStopping] = useState(false);
  return (
    <button
      type="button"
      className="btn small"
      disabled={stopping}
      aria-label={`Stop ${what}`}
      onClick={() => {
        setStopping(true);
        call('tasks.cancel', taskId).catch((error: unknown) => {
          setStopping(false);
          showError(error, `stop ${what}`);
        });
      }}
    >
      {stopping ? 'Stopping…' : 'Stop'}
    </button>
  );
}
