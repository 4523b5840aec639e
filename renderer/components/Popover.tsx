import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  /** The element it opens from, or a point (for a text selection). */
  anchor: HTMLElement | DOMRect | null;
  onClose: () => void;
  align?: 'start' | 'end';
  /** Above the anchor (for a text selection, so the next lines stay readable), else below. */
  above?: boolean;
  label?: string;
  /** Changes when the content changes size, so the box is placed again. */
  layoutKey?: string;
  children: ReactNode;
}

/** A small floating box that closes on Escape and on a click outside it. */
export function Popover({
  anchor,
  onClose,
  align = 'start',
  above = false,
  label,
  layoutKey,
  children,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    if (!anchor || !box.current) return;
    const rect = anchor instanceof HTMLElement ? anchor.getBoundingClientRect() : anchor;
    const width = box.current.offsetWidth;
    const height = box.current.offsetHeight;
    let left = align === 'end' ? rect.right - width : rect.left;
    left = Math.max(8, Math.min(left, window.innerWidth - width - 8));
    const below = rect.bottom + 4;
    const over = rect.top - height - 6;
    let top = above ? (over >= 52 ? over : below) : below;
    if (top + height > window.innerHeight - 8) top = Math.max(8, over);
    setPosition({ top, left });
  }, [anchor, align, above, layoutKey]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      }
    };
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (box.current?.contains(target)) return;
      if (anchor instanceof HTMLElement && anchor.contains(target)) return;
      onClose();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('mousedown', onDown, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('mousedown', onDown, true);
    };
  }, [anchor, onClose]);

  // In document.body, so no ancestor (a blurred sticky bar, a scroll box) can clip or shift it.
  return createPortal(
    <div
      ref={box}
      className="popover"
      role="dialog"
      aria-label={label}
      style={
        position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }
      }
    >
      {children}
    </div>,
    document.body,
  );
}
