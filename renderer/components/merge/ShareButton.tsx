import { useState } from 'react';
import { call } from '../../api/client.ts';
import { PanelButton } from '../PanelButton.tsx';
import { SaveTo, useSaveTo } from './SaveTo.tsx';

/**
 * Share…: save a copy of the project for a colleague, whole or "annotations only" (no article
 * texts, for texts that may not be passed on; the colleague merges it into a project that has them).
 * In the browser the new file is named by its path; the desktop app asks with its save dialog.
 */
export function ShareButton() {
  const [annotationsOnly, setAnnotationsOnly] = useState(false);
  const { busy, saved, clearSaved, save } = useSaveTo(async (path, shown) => {
    const copy = await call('project.saveCopy', path, { annotationsOnly });
    return copy.annotationsOnly
      ? `Saved the annotations without the article texts to ${shown}. Your colleague merges it into a project that has the same articles.`
      : `Saved a copy of the project to ${shown}, ready to send.`;
  }, 'save the copy');

  return (
    <PanelButton
      label="Share…"
      title="Save a copy of this project for a colleague"
      dialogLabel="Save a copy for a colleague"
      heading="Save a copy for a colleague…"
      layoutKey={saved ? 'saved' : 'form'}
      onToggle={clearSaved}
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
          <SaveTo
            purpose="save"
            button="Save…"
            label="Path of the new file"
            placeholder="/path/to/copy-for-a-colleague.sqlite"
            action="Save"
            busyAction="Saving…"
            busy={busy}
            save={save}
          />
        </>
      )}
    </PanelButton>
  );
}
