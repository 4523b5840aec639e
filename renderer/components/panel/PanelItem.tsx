import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  selected: boolean;
  status?: string | undefined;
  label: string;
  onSelect: () => void;
  children: ReactNode;
}

/** One object in the panel; the selected one scrolls into view. Suggestions look lighter. */
export function PanelItem({ selected, status, label, onSelect, children }: Props) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li
      ref={ref}
      className={['panel-item', status ?? '', selected ? 'selected' : ''].join(' ')}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      tabIndex={0}
      onClick={onSelect}
      onKeyDown={(event) => {
        if (event.target === event.currentTarget && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          onSelect();
        }
      }}
    >
      {children}
    </li>
  );
}
