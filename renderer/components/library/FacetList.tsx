import { useState, type ReactNode } from 'react';
import { formatNumber } from '../format.ts';

export interface FacetItem {
  key: string;
  label: string;
  count: number;
  active: boolean;
  swatch?: string | null;
  /** A value that cannot narrow the list (articles without an outlet). */
  disabled?: boolean;
  onToggle: () => void;
}

/** One facet: values with their article counts; clicking narrows the list (or widens it again). */
export function FacetList({ title, items, empty }: { title: string; items: FacetItem[]; empty?: ReactNode }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, 8);
  return (
    <section className="facet" aria-label={title}>
      <h3>{title}</h3>
      {items.length === 0 && <p className="faint facet-empty">{empty ?? 'None in these articles.'}</p>}
      <ul>
        {shown.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              className="facet-item"
              aria-pressed={item.active}
              disabled={item.disabled}
              onClick={item.onToggle}
            >
              {item.swatch !== undefined && (
                <span
                  className="swatch"
                  style={{ background: item.swatch ?? undefined }}
                  aria-hidden="true"
                />
              )}
              <span className="facet-label">{item.label}</span>
              <span className="num faint">{formatNumber(item.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      {items.length > 8 && (
        <button type="button" className="link-btn" onClick={() => setAll(!all)}>
          {all ? 'Fewer' : `All ${items.length}`}
        </button>
      )}
    </section>
  );
}
