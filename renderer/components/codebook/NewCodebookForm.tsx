import { useState } from 'react';
import { mutate } from '../../api/freshness.ts';
import { showError, showToast } from '../../hooks/toast.ts';

/**
 * A codebook of one's own: named here, empty, applying to the whole project until its "Applies to"
 * says otherwise. Once made, its first frame or code is asked for at once.
 */
export function NewCodebookForm({ onMade }: { onMade: (codebookId: number) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button type="button" className="link-btn add-codebook" onClick={() => setOpen(true)}>
        + New codebook
      </button>
    );
  const close = () => {
    setOpen(false);
    setName('');
  };
  return (
    <form
      className="new-code new-codebook"
      aria-label="New codebook"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim() || busy) return;
        setBusy(true);
        mutate('codebooks.create', { name: name.trim() })
          .then(
            (book) => {
              showToast(`Codebook “${book.name}” made; add its first frame or code.`, { undo: true });
              close();
              onMade(book.id);
            },
            (error: unknown) => showError(error, 'make the codebook'),
          )
          .finally(() => setBusy(false));
      }}
    >
      <input
        className="input"
        aria-label="Name of the new codebook"
        placeholder="Codebook name"
        autoFocus
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && close()}
      />
      <button type="submit" className="btn small primary" disabled={!name.trim() || busy}>
        Make codebook
      </button>
      <button type="button" className="btn small" onClick={close}>
        Cancel
      </button>
    </form>
  );
}
