import { useState } from 'react';
import { preloadBridge } from '../../api/bridge.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { TextSubmit } from '../TextSubmit.tsx';

/**
 * Writing the project to a place a person names (Share…, Export…): busy while `write` runs, then the
 * sentence it returns, shown in the panel and as a toast; a failure is shown as "could not `failing`".
 * `shown` is the name the person knows the place by (the desktop's save dialog gives a token to write
 * to and the file's name to show).
 */
export function useSaveTo(write: (path: string, shown: string) => Promise<string>, failing: string) {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const save = async (path: string, shown = path) => {
    setBusy(true);
    try {
      const message = await write(path, shown);
      setSaved(message);
      showToast(message);
    } catch (error) {
      showError(error, failing);
    } finally {
      setBusy(false);
    }
  };
  return { busy, saved, clearSaved: () => setSaved(null), save };
}

interface SaveToProps {
  /** The desktop dialog asked for. */
  purpose: 'save' | 'export';
  /** The desktop's button, which opens its save dialog. */
  button: string;
  /** The browser's path field: its label, placeholder, and its button while idle and while busy. */
  label: string;
  placeholder: string;
  action: string;
  busyAction: string;
  busy: boolean;
  save: (path: string, shown?: string) => Promise<void>;
}

/** Where to write: the desktop app asks with its save dialog; the browser takes a path by name. */
export function SaveTo({ purpose, button, label, placeholder, action, busyAction, busy, save }: SaveToProps) {
  const bridge = preloadBridge();
  if (bridge?.choose) {
    const choose = bridge.choose.bind(bridge);
    return (
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() =>
          void choose(purpose).then((picked) =>
            picked[0] ? save(picked[0].token, picked[0].name) : undefined,
          )
        }
      >
        {button}
      </button>
    );
  }
  return (
    <TextSubmit
      className="merge-path"
      label={label}
      placeholder={placeholder}
      action={busy ? busyAction : action}
      busy={busy}
      onSubmit={(path) => void save(path)}
    />
  );
}
