import { useState } from 'react';
import { call } from '../../api/client.ts';
import { showError } from '../../hooks/toast.ts';
import type { Task } from '../../hooks/tasks.ts';

/** How far a running merge has got, and Stop: a stopped merge leaves this project as it was. */
export function MergeProgress({ task }: { task: Task }) {
  const [stopping, setStopping] = useState(false);
  return (
    <div className="merge-progress" role="status" aria-label="Merge progress">
      <p className="merge-summary">
        Merging: {task.done.toLocaleString('en')} of {task.total.toLocaleString('en')} articles
      </p>
      <progress max={Math.max(task.total, 1)} value={task.done} />
      <p className="faint merge-note">Stopping leaves this project exactly as it was.</p>
      <button
        type="button"
        className="btn small"
        disabled={stopping || !task.cancellable}
        onClick={() => {
          setStopping(true);
          call('tasks.cancel', task.id).catch((error: unknown) => {
            setStopping(false);
            showError(error, 'stop the merge');
          });
        }}
      >
        {stopping ? 'Stopping…' : 'Stop merging'}
      </button>
    </div>
  );
}
