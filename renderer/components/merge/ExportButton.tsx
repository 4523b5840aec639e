import { useState } from 'react';
import { call } from '../../api/client.ts';
import { plural } from '../format.ts';
import { PanelButton } from '../PanelButton.tsx';
import { SaveTo, useSaveTo } from './SaveTo.tsx';

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
  const [format, setFormat] = useState<Format>('qdpx');
  const { busy, saved, clearSaved, save } = useSaveTo(async (path, shown) => {
    if (format === 'qdpx') {
      const done = await call('exchange.exportQdpx', path);
      return (
        `Exported ${plural(done.sources, 'article')}, ${plural(done.codes, 'code')} and ` +
        `${plural(done.codings, 'coding')} to ${shown}, for ATLAS.ti, MAXQDA, NVivo or QualCoder.`
      );
    }
    const done = await call('exchange.exportTidy', path);
    return `Wrote ${plural(done.files.length, 'table')} (one CSV file each, for R or pandas) into ${shown}.`;
  }, 'export the project');

  return (
    <PanelButton
      label="Export…"
      title="Export the project for other tools: REFI-QDA or tidy CSV tables"
      dialogLabel="Export the project"
      heading="Export the project…"
      layoutKey={saved ? 'saved' : format}
      onToggle={clearSaved}
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
          <SaveTo
            key={format}
            purpose="export"
            button="Export…"
            label={format === 'qdpx' ? 'Path of the new .qdpx file' : 'Path of the folder for the tables'}
            placeholder={PLACEHOLDER[format]}
            action="Export"
            busyAction="Exporting…"
            busy={busy}
            save={save}
          />
        </>
      )}
    </PanelButton>
  );
}
