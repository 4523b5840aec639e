import { IMPORT_FORMATS } from '../../hooks/import-files.ts';
import { openImportPicker } from '../ImportInputs.tsx';

/** A project with no articles yet: say how to bring them in. */
export function EmptyProject() {
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
      </div>
    </div>
  );
}
