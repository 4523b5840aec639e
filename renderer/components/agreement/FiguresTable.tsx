import type { AgreementFigures, Interval } from '../../api/contract.ts';
import { figurePercent, percent } from '../format.ts';
import { AlphaBar } from './AlphaBar.tsx';

export interface FiguresRow {
  key: string;
  label: string;
  figures: AgreementFigures;
  /** The pooled row, set apart at the foot of the table. */
  total?: boolean;
}

const fixed = (value: number | null) => (value === null ? '—' : value.toFixed(3));
const range = (interval: Interval | null, show: (v: number) => string) =>
  interval ? `${show(interval[0])} – ${show(interval[1])}` : '';

/** One row per code (or outlet, or speaker): alpha with its interval, kappa, percent agreement, counts. */
export function FiguresTable({
  rows,
  heading,
  label,
}: {
  rows: FiguresRow[];
  heading: string;
  label: string;
}) {
  return (
    <table className="agreement-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="num">
            α
          </th>
          <th scope="col">95% interval</th>
          <th scope="col" className="num">
            κ
          </th>
          <th scope="col" className="num">
            agree
          </th>
          <th scope="col" className="num">
            units
          </th>
          <th scope="col" className="num">
            coders
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label: name, figures, total }) => (
          <tr key={key} className={total ? 'total' : undefined}>
            <th scope="row">{name}</th>
            <td className="num">{fixed(figures.alpha)}</td>
            <td>
              <div className="interval-cell">
                <AlphaBar alpha={figures.alpha} interval={figures.alphaInterval} />
                <span className="faint num">{range(figures.alphaInterval, (v) => v.toFixed(2))}</span>
              </div>
            </td>
            <td className="num" title={range(figures.kappaInterval, (v) => v.toFixed(2))}>
              {fixed(figures.kappa)}
            </td>
            <td className="num" title={range(figures.percentInterval, percent)}>
              {figurePercent(figures.percent)}
            </td>
            <td className="num">{figures.units.toLocaleString('en')}</td>
            <td className="num">{figures.coders}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
