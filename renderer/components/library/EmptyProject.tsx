import { useState } from 'react';
import { mutate } from '../../api/freshness.ts';
import { IMPORT_FORMATS } from '../../hooks/import-files.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { openImportPicker } from '../ImportInputs.tsx';

/** A project with no articles yet: say how to bring them in, or try it on the sample article. */
export function EmptyProject() {
  const [busy, setBusy] = useState(false);
  const openSample = () => {
    setBusy(true);
    mutate('project.importSample').then(
      (result) => {
        setBusy(false);
        if (result.imported.length === 0) showToast('The sample articles are already in this project.');
      },
      (error: unknown) => {
        setBusy(false);
        showError(error, 'open the sample');
      },
    );
  };
  return (
    <div className="empty-project">
      <div className="drop-zone" aria-label="Drop zone">
        <h2>Bring in the coverage</h2>
        <p>Drop files or whole folders anywhere on this window, or choose them.</p>
        <div className="drop-actions">
          <button type="button" className="btn primary" onClick={() => openImportPicker('files')}>
            Choose files…
          </button>
          <button type="button" className="btn" onClick={() => openImportPicker('folder')}>
            Choose a folder…
          </button>
        </div>
        <table className="formats">
          <caption>Formats Framescope reads</caption>
          <tbody>
            {IMPORT_FORMATS.map(([extensions, what]) => (
              <tr key={extensions}>
                <th scope="row">{extensions}</th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="faint">
          Each article is tagged as it arrives: people, organizations and places, who is quoted, and how the
          story is framed. Files that cannot be read are listed with the reason; the rest go on.
        </p>
        <div className="sample-offer">
          <span className="muted">
            Or try Framescope first on one news article and a sample story of ten short articles from
            fictional outlets, coded by two fictional coders:
          </span>
          <button type="button" className="btn" disabled={busy} onClick={openSample}>
            {busy ? 'Opening the sample…' : 'Open the sample articles'}
          </button>
        </div>
      </div>
    </div>
  );
}
