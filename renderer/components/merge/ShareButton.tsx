import { useState } from 'react';
import { call } from '../../api/client.ts';
import { preloadBridge } from '../../api/bridge.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { PanelButton } from '../PanelButton.tsx';
import { TextSubmit } from '../TextSubmit.tsx';

/**
 * Share…: save a copy of the project for a colleague, whole or "annotations only" (no article
 * texts, for texts that may not be passed on; the colleague merges it into a project that has them).
 * In the browser the new file is named by its path; the desktop app asks with its save dialog.
 */
export function ShareButton() {
  const [busy, setBusy] = useState(false);
  const [annotationsOnly, setAnnotationsOnly] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (path: string, shown = path) => {
    setBusy(true);
    try {
      const copy = await call('project.saveCopy', path, { annotationsOnly });
      const message = copy.annotationsOnly
        ? `Saved the annotations without the article texts to ${shown}. Your colleague merges it into a project that has the same articles.`
        : `Saved a copy of the project to ${shown}, ready to send.`;
      setSaved(message);
      showToast(message);
    } catch (error) {
      showError(error, 'save the copy');
    } finally {
      setBusy(false);
    }
  };
  const bridge = preloadBridge();
  const desktop = bridge?.choose ? () => bridge.choose!('save') : null;

  return (
    <PanelButton
      label="Share…"
      title="Save a copy of this project for a colleague"
      dialogLabel="Save a copy for a colleague"
      heading="Save a copy for a colleague…"
      layoutKey={saved ? 'saved' : 'form'}
      onToggle={() => setSaved(null)}
    >
      {saved ? (
        <p className="merge-summary">{saved}</p>
      ) : (
        <>
          <p className="faint merge-note">
            One whole file, checked before it is saved; your colleague merges it into their project (Merge…).
          </p>
          <label className="share-option">
            <input
              type="checkbox"
              checked={annotationsOnly}
              onChange={(event) => setAnnotationsOnly(event.target.checked)}
            />
            Annotations only: leave the article texts out
          </label>
          {annotationsOnly && (
            <p className="faint merge-note">
              For texts you may not pass on. Titles, outlets and dates stay so your colleague sees what each
              article is; the codings attach to their own copies of the same texts.
            </p>
          )}
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
              Save…
            </button>
          ) : (
            <TextSubmit
              className="merge-path"
              label="Path of the new file"
              placeholder="/path/to/copy-for-a-colleague.sqlite"
              action={busy ? 'Saving…' : 'Save'}
              busy={busy}
              onSubmit={(path) => void save(path)}
            />
          )}
        </>
      )}
    </PanelButton>
  );
}
