import type { CodebookView, UnitKind } from '../../api/contract.ts';

export interface AgreementChoice {
  codebookId: number | null;
  unit: UnitKind;
  by: 'code' | 'outlet';
  machine: boolean;
  /** Compare each coder with the key, one pair at a time (a class against its answers). */
  withKey: boolean;
  /** Coders chosen by name; empty: everyone who coded. */
  coders: string[];
}

/** What to compare: codebook, unit, people or the machine, which coders, per code or outlet. */
export function AgreementControls({
  choice,
  onChange,
  codebooks,
  coders,
  keyName = null,
}: {
  choice: AgreementChoice;
  onChange: (choice: AgreementChoice) => void;
  codebooks: CodebookView[];
  coders: { name: string; included: boolean }[];
  /** The coder marked as the key, if any. */
  keyName?: string | null;
}) {
  const set = (patch: Partial<AgreementChoice>) => onChange({ ...choice, ...patch });
  const toggle = (name: string, on: boolean) => {
    const current =
      choice.coders.length > 0 ? choice.coders : coders.filter((c) => c.included).map((c) => c.name);
    set({ coders: on ? [...new Set([...current, name])] : current.filter((other) => other !== name) });
  };
  return (
    <div className="agreement-controls" role="group" aria-label="What to compare">
      <label>
        Codebook
        <select
          className="input"
          value={choice.codebookId ?? ''}
          onChange={(event) => set({ codebookId: Number(event.target.value) })}
        >
          {codebooks.map((book) => (
            <option key={book.id} value={book.id}>
              {book.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Units
        <select
          className="input"
          value={choice.unit}
          onChange={(event) => set({ unit: event.target.value as UnitKind })}
        >
          <option value="article">Articles</option>
          <option value="paragraph">Paragraphs</option>
          <option value="sentence">Sentences</option>
        </select>
      </label>
      <label>
        Rows
        <select
          className="input"
          value={choice.by}
          onChange={(event) => set({ by: event.target.value === 'outlet' ? 'outlet' : 'code' })}
        >
          <option value="code">Per code</option>
          <option value="outlet">Per outlet</option>
        </select>
      </label>
      <fieldset className="agreement-mode">
        <legend>Compare</legend>
        <label>
          <input
            type="radio"
            name="agreement-mode"
            checked={!choice.machine && !(choice.withKey && keyName)}
            onChange={() => set({ machine: false, withKey: false })}
          />
          coders with each other
        </label>
        <label>
          <input
            type="radio"
            name="agreement-mode"
            checked={choice.machine}
            onChange={() => set({ machine: true, withKey: false })}
          />
          suggestions with each coder
        </label>
        {keyName && (
          <label>
            <input
              type="radio"
              name="agreement-mode"
              checked={choice.withKey && !choice.machine}
              onChange={() => set({ machine: false, withKey: true })}
            />
            each coder with the key ({keyName})
          </label>
        )}
      </fieldset>
      {coders.length > 0 && (
        <fieldset className="agreement-coders">
          <legend>Coders</legend>
          {coders.map((coder) => (
            <label key={coder.name}>
              <input
                type="checkbox"
                checked={choice.coders.length > 0 ? choice.coders.includes(coder.name) : coder.included}
                onChange={(event) => toggle(coder.name, event.target.checked)}
              />
              {coder.name}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
