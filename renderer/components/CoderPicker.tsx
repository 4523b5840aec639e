import { useRef, useState } from 'react';
import { call } from '../api/client.ts';
import { announceChange } from '../api/changes.ts';
import { coderStore, setCoder } from '../hooks/coder.ts';
import { useEngine } from '../hooks/useEngine.ts';
import { useStore } from '../hooks/store.ts';
import { showError } from '../hooks/toast.ts';
import { Popover } from './Popover.tsx';
import { TextSubmit } from './TextSubmit.tsx';

/** Coder ▾: who is coding, so every coding and correction carries their name. */
export function CoderPicker() {
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const current = useStore(coderStore);
  const coders = useEngine('coders.list', open ? [] : null);
  const names = coders.data?.map((coder) => coder.name) ?? [];
  if (current && !names.includes(current)) names.unshift(current);

  const choose = (name: string | null) => {
    setCoder(name);
    setOpen(false);
  };
  const add = async (name: string) => {
    try {
      const coder = await call('coders.ensure', name);
      announceChange(['coders']);
      choose(coder.name);
    } catch (error) {
      showError(error, 'add the coder');
    }
  };

  return (
    <>
      <button
        ref={anchor}
        type="button"
        className="btn coder-button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={current ? `Coding as ${current}` : 'Choose who is coding'}
        onClick={() => setOpen(!open)}
      >
        <span className="coder-dot" aria-hidden="true" data-set={current ? 'yes' : 'no'} />
        <span className="coder-name">{current ?? 'Coder'}</span> ▾
      </button>
      {open && (
        <Popover anchor={anchor.current} onClose={() => setOpen(false)} align="end" label="Coder">
          <div className="coder-picker" role="menu" aria-label="Coder">
            <div className="menu-title">Coding as</div>
            <div className="speaker-list">
              {names.map((name) => (
                <button
                  key={name}
                  type="button"
                  role="menuitemradio"
                  aria-checked={name === current}
                  className="menu-item"
                  onClick={() => choose(name)}
                >
                  {name}
                </button>
              ))}
              <button
                type="button"
                role="menuitemradio"
                aria-checked={current === null}
                className="menu-item muted"
                onClick={() => choose(null)}
              >
                Nobody in particular
              </button>
            </div>
            <TextSubmit
              className="speaker-typed"
              label="New coder"
              placeholder="New coder's name"
              action="Add"
              onSubmit={(name) => void add(name)}
            />
          </div>
        </Popover>
      )}
    </>
  );
}
