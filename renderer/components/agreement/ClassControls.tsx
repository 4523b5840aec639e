import type { CoderRow } from '../../api/contract.ts';
import { preloadBridge } from '../../api/bridge.ts';
import { mutate } from '../../api/freshness.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { TextSubmit } from '../TextSubmit.tsx';

/**
 * The teacher's controls: which coder is the key (the answers students are measured against),
 * and a copy of the project for students with the key's decisions taken out.
 */
export function ClassControls({ coders }: { coders: CoderRow[] }) {
  const key = coders.find((coder) => coder.role === 'key');
  const setKey = (name: string) => {
    const change = name
      ? mutate('coders.setRole', name, 'key')
      : mutate('coders.setRole', key!.name, 'coder');
    change.then(
      () => showToast(name ? `${name} is the key.` : 'No coder is the key any more.', { undo: true }),
      (error: unknown) => showError(error, 'change the key'),
    );
  };
  const save = async (path: string) => {
    try {
      const copy = await mutate('project.saveStudentsCopy', path);
      showToast(
        `Saved ${copy.path} for students, without the ${copy.removed.codings.toLocaleString('en')} codings of ${copy.key}.`,
      );
    } catch (error) {
      showError(error, 'save the copy for students');
    }
  };
  const bridge = preloadBridge();
  const desktop = bridge?.choose ? () => bridge.choose!('save') : null;
  return (
    <div className="class-controls" role="group" aria-label="Class">
      <label>
        Key (the answers)
        <select className="input" value={key?.name ?? ''} onChange={(event) => setKey(event.target.value)}>
          <option value="">No key</option>
          {coders.map((coder) => (
            <option key={coder.id} value={coder.name}>
              {coder.name}
            </option>
          ))}
        </select>
      </label>
      {key &&
        (desktop ? (
          <button
            type="button"
            className="btn"
            onClick={() => void desktop().then((picked) => (picked[0] ? save(picked[0].token) : undefined))}
          >
            Save a copy for students…
          </button>
        ) : (
          <label>
            Save a copy for students
            <TextSubmit
              className="inline-form"
              label="File for the students' copy"
              placeholder="/path/to/class-copy.sqlite"
              action="Save"
              onSubmit={(path) => void save(path)}
            />
          </label>
        ))}
    </div>
  );
}
