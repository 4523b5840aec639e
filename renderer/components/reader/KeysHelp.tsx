import { useEffect, useRef, useState } from 'react';
import { typingIn } from '../../hooks/useGlobalKeys.ts';
import { Popover } from '../Popover.tsx';

const KEYS: [string, string][] = [
  ['j / k', 'next / previous article'],
  ['n / p', 'next / previous suggestion'],
  ['a / r', 'accept / reject the selected one'],
  ['c', 'code the selected text'],
  ['/', 'search'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z', 'redo'],
  ['Esc', 'close, or let go of the selection'],
  ['?', 'this list'],
];

/** The reader's keyboard shortcuts, on a button and on "?". */
export function KeysHelp() {
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && !typingIn(event.target)) setOpen((value) => !value);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        ref={anchor}
        type="button"
        className="btn small keys-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Keys
      </button>
      {open && (
        <Popover
          anchor={anchor.current}
          onClose={() => setOpen(false)}
          align="end"
          label="Keyboard shortcuts"
        >
          <table className="keys-table">
            <tbody>
              {KEYS.map(([keys, what]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Popover>
      )}
    </>
  );
}
