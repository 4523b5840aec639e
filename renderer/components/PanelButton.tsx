import { useRef, useState, type ReactNode } from 'react';
import { Popover } from './Popover.tsx';

/**
 * A top-bar button that opens a small dialog panel under it (Merge…, Share…): the button, its
 * popover and the labelled dialog, so each panel only says what is inside it.
 */
export function PanelButton({
  label,
  title,
  dialogLabel,
  heading,
  layoutKey,
  onToggle,
  children,
}: {
  label: string;
  /** The button's tooltip. */
  title: string;
  /** The dialog's accessible name. */
  dialogLabel: string;
  /** The title shown at the top of the panel. */
  heading: string;
  /** Changes when the panel's content changes shape, so the popover places itself again. */
  layoutKey: string;
  /** Called on every click of the button, before the panel opens or closes. */
  onToggle?: () => void;
  children: ReactNode;
}) {
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        ref={anchor}
        type="button"
        className="btn"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={title}
        onClick={() => {
          onToggle?.();
          setOpen(!open);
        }}
      >
        {label}
      </button>
      {open && (
        <Popover
          anchor={anchor.current}
          onClose={() => setOpen(false)}
          align="end"
          label={dialogLabel}
          layoutKey={layoutKey}
        >
          <div className="merge-panel" role="dialog" aria-label={dialogLabel}>
            <div className="menu-title">{heading}</div>
            {children}
          </div>
        </Popover>
      )}
    </>
  );
}
