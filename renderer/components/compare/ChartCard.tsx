import { useId, useRef, useState, type ReactNode } from 'react';
import { Popover } from '../Popover.tsx';
import { showError } from '../../hooks/toast.ts';
import { exportName, toCsv, type Cell } from './export-data.ts';
import { chartSvg, download, svgToPng } from './export-image.ts';

interface Props {
  title: string;
  /** What is compared (the story's name), for the exported files' names. */
  subject: string;
  /** The chart's data as rows, the first one the header. */
  rows: () => (readonly Cell[])[];
  /** Whether the card draws an SVG chart that can be saved as an image. */
  image?: boolean;
  layout?: 'row' | 'column';
  /** Draws the chart as SVG itself (for a chart that is an HTML table on the page). */
  drawSvg?: () => { svg: string; width: number; height: number } | null;
  controls?: ReactNode;
  note?: ReactNode;
  children: ReactNode;
}

/** A region of the Compare view: its title, its own controls and an Export ▾ menu. */
export function ChartCard({
  title,
  subject,
  rows,
  image = true,
  layout = 'row',
  drawSvg,
  controls,
  note,
  children,
}: Props) {
  const headingId = useId();
  const body = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<HTMLButtonElement | null>(null);
  const name = exportName(title, subject);

  const saveImage = (format: 'svg' | 'png') => {
    setMenu(null);
    const drawn = drawSvg ? drawSvg() : body.current && chartSvg(body.current, layout);
    if (!drawn) {
      showError(new Error('there is no chart drawn yet'), `save “${title}” as an image`);
      return;
    }
    if (format === 'svg') download(`${name}.svg`, new Blob([drawn.svg], { type: 'image/svg+xml' }));
    else
      svgToPng(drawn.svg, drawn.width, drawn.height)
        .then((blob) => download(`${name}.png`, blob))
        .catch((error: unknown) => showError(error, `save “${title}” as PNG`));
  };

  return (
    <section className="chart-card" aria-labelledby={headingId}>
      <header className="chart-head">
        <h2 id={headingId}>{title}</h2>
        <div className="chart-controls">{controls}</div>
        <button
          type="button"
          className="btn small"
          aria-haspopup="menu"
          aria-expanded={menu !== null}
          aria-label={`Export ${title}`}
          onClick={(event) => setMenu(menu ? null : event.currentTarget)}
        >
          Export ▾
        </button>
        {menu && (
          <Popover anchor={menu} align="end" onClose={() => setMenu(null)} label={`Export ${title}`}>
            <div role="menu">
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                onClick={() => {
                  setMenu(null);
                  download(`${name}.csv`, new Blob([toCsv(rows())], { type: 'text/csv;charset=utf-8' }));
                }}
              >
                Data as CSV
              </button>
              {image && (
                <>
                  <button
                    type="button"
                    role="menuitem"
                    className="menu-item"
                    onClick={() => saveImage('svg')}
                  >
                    Chart as SVG
                  </button>
                  <button
                    type="button"
                    role="menuitem"
                    className="menu-item"
                    onClick={() => saveImage('png')}
                  >
                    Chart as PNG
                  </button>
                </>
              )}
            </div>
          </Popover>
        )}
      </header>
      {note && <p className="chart-note muted">{note}</p>}
      <div className="chart-body" ref={body}>
        {children}
      </div>
    </section>
  );
}

/** The shape of a chart while its data loads. */
export function ChartSkeleton({ label, rows = 5 }: { label: string; rows?: number }) {
  return (
    <div className="chart-skeleton" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="skeleton-bar">
          <span className="skeleton" style={{ width: 90 }} />
          <span className="skeleton" style={{ width: `${35 + ((index * 31) % 55)}%`, height: 16 }} />
        </div>
      ))}
    </div>
  );
}
