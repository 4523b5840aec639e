import { useState } from 'react';
import { mutate } from '../../api/freshness.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { showError } from '../../hooks/toast.ts';
import { PALETTE } from '../colors.ts';

export function NewCodeForm({ codebookId, onDone }: { codebookId: number; onDone: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'frame' | 'code'>('code');
  return (
    <form
      className="new-code"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        const color = PALETTE[Math.floor(Math.random() * 7)]!;
        mutate('codes.create', { codebookId, kind, name: name.trim(), color }).then(
          (code) => {
            onDone();
            navigate({ view: 'codebook', codeId: code.id });
          },
          (error: unknown) => showError(error, 'add it'),
        );
      }}
    >
      <input
        className="input"
        aria-label="Name of the new frame or code"
        placeholder="Name"
        autoFocus
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onDone()}
      />
      <select
        className="input"
        aria-label="Kind"
        value={kind}
        onChange={(event) => setKind(event.target.value as 'frame' | 'code')}
      >
        <option value="code">Code (by hand)</option>
        <option value="frame">Frame (by cues)</option>
      </select>
      <button type="submit" className="btn small primary" disabled={!name.trim()}>
        Add
      </button>
      <button type="button" className="btn small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
