import { useState } from 'react';
import { mutate } from '../../api/freshness.ts';
import type { Result } from '../../api/contract.ts';
import { showError } from '../../hooks/toast.ts';
import { useStore } from '../../hooks/store.ts';
import { tasksStore } from '../../hooks/tasks.ts';
import { MergeProgress } from './MergeProgress.tsx';
import { PanelButton } from '../PanelButton.tsx';
import { TextSubmit } from '../TextSubmit.tsx';
import { MergeReportView } from './MergeReportView.tsx';

type Report = Result<'project.merge'>;

/**
 * Merge…: a colleague's copy of the project, named by its path (the browser cannot hand over a
 * project file's path otherwise), merged in as one undoable step; the report stays on screen.
 */
export function MergeButton() {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const running = useStore(tasksStore).findLast((task) => task.kind === 'merge' && !task.finished);

  const merge = async (path: string) => {
    setBusy(true);
    try {
      setReport(await mutate('project.merge', path));
    } catch (error) {
      showError(error, 'merge the project');
    } finally {
      setBusy(false);
    }
  };

  return (
    <PanelButton
      label="Merge…"
      title="Merge a colleague's project into this one"
      dialogLabel="Merge a colleague's project"
      heading="Merge a colleague’s project…"
      layoutKey={report ? 'report' : 'form'}
      onToggle={() => setReport(null)}
    >
      {report?.stopped ? (
        <p className="merge-summary">Merge stopped before the end; this project is unchanged.</p>
      ) : report ? (
        <MergeReportView report={report} />
      ) : busy && running ? (
        <MergeProgress task={running} />
      ) : (
        <>
          <p className="faint merge-note">
            Their articles, codings, decisions and memos come in with their coder. Their file is checked first
            and never changed; the merge is one step you can undo.
          </p>
          <TextSubmit
            className="merge-path"
            label="Path of the colleague's project file"
            placeholder="/path/to/their-project.sqlite"
            action={busy ? 'Merging…' : 'Merge'}
            busy={busy}
            onSubmit={(path) => void merge(path)}
          />
        </>
      )}
    </PanelButton>
  );
}
