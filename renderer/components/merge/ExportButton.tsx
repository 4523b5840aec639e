import { useState } from 'react';
import { call } from '../../api/client.ts';
import { preloadBridge } from '../../api/bridge.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { plural } from '../format.ts';
import { PanelButton } from '../PanelButton.tsx';
import { TextSubmit } from '../TextSubmit.tsx';

type Format = 'qdpx' | 'tidy';

const PLACEHOLDER: Record<Format, string> = {
  qdpx: '/path/to/project.qdpx',
  tidy: '/path/to/new-folder-of-tables',
};

/**
 * Export…: the project for other tools, as the command line's `export` writes it: a REFI-QDA
 * project (ATLAS.ti, MAXQDA, NVivo, QualCoder) or one tidy CSV per table for R and pandas. In the
 * browser the file or folder is named by its path; the desktop app asks with its save dialog.
 */
export function ExportButton() {
  const [busy, setBusy] = useState(false);
  const [format, setFormat] = useState<Format>('qdpx');
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (path: string, shown = path) => {
    setBusy(true);
    try {
      let message: string;
      if (format === 'qdpx') {
        const done = await call('exchange.exportQdpx', path);
        message =
          `Exported ${plural(done.sources, 'article')}, ${plural(done.codes, 'code')} and ` +
          `${plural(done.codings, 'coding')} to ${shown}, for ATLAS.ti, MAXQDA, NVivo or QualCoder.`;
      } else {
        const done = await call('exchange.exportTidy', path);
        message = `Wrote ${plural(done.files.length, 'table')} (one CSV file each, for R or pandas) into ${shown}.`;
      }
      setSaved(message);
      showToast(message);
    } catch (error) {
      showError(error, 'export the project');
    } finally {
      setBusy(false);
    }
  };
  const bridge = preloadBridge();
  const desktop = bridge?.choose ? () => bridge.choose!('export') : null;

  return (
    <PanelButton
      label="Export…"
      title="Export the project for other tools: REFI-QDA or tidy CSV tables"
      dialogLabel="Export the project"
      heading="Export the project…"
      layoutKey={saved ? 'saved' : format}
      onToggle={() => setSaved(null)}
    >
      {saved ? (
        <p className="merge-summary">{saved}</p>
      ) : (
        <>
          <label className="share-option">
            <input
              type="radio"
              name="export-format"
              checked={format === 'qdpx'}
              onChange={() => setFormat('qdpx')}
            />
            REFI-QDA project (.qdpx): texts, codes, codings, coders and memos
          </label>
          <label className="share-option">
            <input
              type="radio"
              name="export-format"
              checked={format === 'tidy'}
              onChange={() => setFormat('tidy')}
            />
            Tidy CSV tables: articles, quotes, entities, frames and codings, one file each
          </label>
          {desktop ? (
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() =>
                void desktop().then((picked) =>
                  picked[0] ? save(picked[0].token, picked[0].name) : undefined,
                )
              }
            >
              Export…
            </button>
          ) : (
            <TextSubmit
              key={format}
              className="merge-path"
              label={format === 'qdpx' ? 'Path of the new .qdpx file' : 'Path of the folder for the tables'}
              placeholder={PLACEHOLDER[format]}
              action={busy ? 'Exporting…' : 'Export'}
              busy={busy}
              onSubmit={(path) => void save(path)}
            />
          )}
        </>
      )}
    </PanelButton>
  );
}
