import { useState } from 'react';
import { call } from '../api/client.ts';
import { preloadBridge } from '../api/bridge.ts';
import { showError, showToast } from '../hooks/toast.ts';
import { useStore } from '../hooks/store.ts';
import { tasksStore } from '../hooks/tasks.ts';
import { PanelButton } from './PanelButton.tsx';
import { TextSubmit } from './TextSubmit.tsx';

/**
 * Open…: another project in this window, named by its path in the browser (the bridge opens only
 * files in the folders `framescope serve --allow` names), picked with the open dialog in the desktop
 * app. An older project is upgraded first, on a thread of its own: the task list shows how far it got
 * and this project stays open, and answers, until the other one is ready.
 */
export function OpenButton() {
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const upgrading = useStore(tasksStore).some((task) => task.kind === 'upgrade' && !task.finished);
  const bridge = preloadBridge();
  const choose = bridge?.choose?.bind(bridge);

  const open = async (path: string, shown = path) => {
    setBusy(true);
    try {
      const info = await call('project.open', path);
      const articles = info.counts.articles;
      const message = `Opened ${info.name || shown}: ${articles.toLocaleString()} ${articles === 1 ? 'article' : 'articles'}.`;
      setOpened(message);
      showToast(message);
    } catch (error) {
      showError(error, `open ${shown}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PanelButton
      label="Open…"
      title="Open another project in this window"
      dialogLabel="Open another project"
      heading="Open another project…"
      layoutKey={opened ? 'opened' : busy ? 'busy' : 'form'}
      onToggle={() => setOpened(null)}
    >
      {opened ? (
        <p className="merge-summary">{opened}</p>
      ) : (
        <>
          <p className="faint merge-note">
            {busy && upgrading
              ? 'Upgrading it for this version of Framescope (see the task list); this project stays open until it is done. Opening another project or closing Framescope stops the upgrade: the file stays at its old version, and the next open upgrades it.'
              : 'A project made by an older version is upgraded first; this one stays open meanwhile.'}
          </p>
          {choose ? (
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() =>
                void choose('open').then((picked) =>
                  picked[0] ? open(picked[0].token, picked[0].name) : undefined,
                )
              }
            >
              {busy ? 'Opening…' : 'Choose a project…'}
            </button>
          ) : (
            <TextSubmit
              className="merge-path"
              label="Path of the project file"
              placeholder="/path/to/project.sqlite"
              action={busy ? 'Opening…' : 'Open'}
              busy={busy}
              onSubmit={(path) => void open(path)}
            />
          )}
        </>
      )}
    </PanelButton>
  );
}
