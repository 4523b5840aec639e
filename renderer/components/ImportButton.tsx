import { useRef, useState } from 'react';
import { openImportPicker } from './ImportInputs.tsx';
import { Popover } from './Popover.tsx';

/** Import ▾: files (several at once) or a whole folder, read recursively. */
export function ImportButton({ primary = true }: { primary?: boolean }) {
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const pick = (kind: 'files' | 'folder') => {
    setOpen(false);
    openImportPicker(kind);
  };
  return (
    <>
      <button
        ref={anchor}
        type="button"
        className={primary ? 'btn primary' : 'btn'}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Import ▾
      </button>
      {open && (
        <Popover anchor={anchor.current} onClose={() => setOpen(false)} align="end">
          <div role="menu" aria-label="Import">
            <button type="button" role="menuitem" className="menu-item" onClick={() => pick('files')}>
              Files…
            </button>
            <button type="button" role="menuitem" className="menu-item" onClick={() => pick('folder')}>
              A folder…
            </button>
          </div>
        </Popover>
      )}
    </>
  );
}
