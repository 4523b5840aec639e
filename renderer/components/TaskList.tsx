import { useStore } from '../hooks/store.ts';
import { StopTaskButton } from './StopTaskButton.tsx';
import { dismissTask, importReports, tasksStore, type Task } from '../hooks/tasks.ts';

// Partial: a kind of task added to the engine later still shows, under a plain name.
const KIND_NAMES: Partial<Record<Task['kind'], string>> = {
  import: 'Importing',
  analysis: 'Analysing',
  frames: 'Detecting frames',
  preview: 'Previewing',
  stories: 'Grouping into stories',
  merge: 'Merging',
  learn: 'Updating learned proposals…',
  upgrade: 'Upgrading the project…',
  'cue-hits': 'Recording cue hits for previews',
};

const DONE_NAMES: Partial<Record<Task['kind'], string>> = {
  import: 'Import',
  analysis: 'Analysis',
  frames: 'Frame detection',
  preview: 'Preview',
  stories: 'Grouping',
  merge: 'Merge',
  learn: 'Update of learned proposals',
  upgrade: 'Upgrade',
  'cue-hits': 'Recording of cue hits',
};

/** What Stop names: the running task's heading, without its ellipsis ("Stop grouping into stories"). */
function stopName(task: Task): string {
  return (KIND_NAMES[task.kind] ?? 'the task').replace(/…$/, '').toLowerCase();
}

function heading(task: Task): string {
  if (!task.finished) return KIND_NAMES[task.kind] ?? 'Working';
  if (task.cancelled) return `${DONE_NAMES[task.kind] ?? 'Task'} stopped`;
  return `${DONE_NAMES[task.kind] ?? 'Task'} ${task.ok ? 'done' : 'failed'}`;
}

function TaskItem({ task }: { task: Task }) {
  const percent = task.total > 0 ? Math.round((task.done / task.total) * 100) : 0;
  return (
    <div className={task.finished && !task.ok ? 'task failed' : 'task'} role="status">
      <div className="task-head">
        <span>{heading(task)}</span>
        {task.finished ? (
          <button
            type="button"
            className="icon-btn"
            aria-label="Dismiss"
            onClick={() => dismissTask(task.id)}
          >
            ×
          </button>
        ) : (
          <span className="task-side">
            <span className="num faint">
              {/* An upgrade's steps are parts of one fill, not items a person knows: its share done. */}
              {task.kind === 'upgrade' ? `${percent}%` : `${task.done}/${task.total}`}
            </span>
            {task.cancellable && <StopTaskButton key={task.id} taskId={task.id} what={stopName(task)} />}
          </span>
        )}
      </div>
      {!task.finished && (
        <progress
          max={Math.max(task.total, 1)}
          value={task.done}
          aria-label={`${(KIND_NAMES[task.kind] ?? 'Working').replace(/…$/, '')}: ${percent}%`}
        />
      )}
      <div
        // An upgrade's line says what closing does: shown whole, not cut to one line.
        className={task.finished || task.kind === 'upgrade' ? 'task-label wrap' : 'task-label'}
        title={task.finished ? task.message : task.label}
      >
        {task.finished ? task.message : task.label}
      </div>
    </div>
  );
}

/** Running and recently finished work, and a way to the import reports with their failures. */
export function TaskList() {
  const tasks = useStore(tasksStore);
  const reports = useStore(importReports);
  const failures = reports.reduce((sum, report) => sum + (report.summary?.failures.length ?? 0), 0);
  const uploading = reports.some((report) => report.summary === null && report.error === null);
  if (tasks.length === 0 && reports.length === 0) return null;
  return (
    <section className="rail-tasks" aria-label="Tasks">
      <h2>Tasks</h2>
      {uploading && !tasks.some((task) => !task.finished) && (
        <div className="task" role="status">
          <div className="task-head">Sending files…</div>
          <progress aria-label="Sending files" />
        </div>
      )}
      {tasks.map((task) => (
        <TaskItem key={task.id} task={task} />
      ))}
      {reports.length > 0 && (
        <a href="#/tasks" className={failures > 0 ? 'task-link failed' : 'task-link'}>
          {failures > 0 ? `${failures} file${failures === 1 ? '' : 's'} failed — see why` : 'Import reports'}
        </a>
      )}
    </section>
  );
}
