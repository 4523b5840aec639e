import type { Interval } from '../../api/contract.ts';

const WIDTH = 132;
const HEIGHT = 16;
/** Krippendorff (2004, p. 241): rely on variables with α ≥ .800; draw tentative conclusions from α ≥ .667. */
const THRESHOLDS = [0.667, 0.8];

const x = (value: number) => 4 + Math.max(0, Math.min(1, value)) * (WIDTH - 8);

/** Alpha as a dot on a 0–1 scale with its 95% interval as a whisker and the usual thresholds marked. */
export function AlphaBar({ alpha, interval }: { alpha: number | null; interval: Interval | null }) {
  if (alpha === null) return <span className="faint">no variation</span>;
  return (
    <svg
      className="alpha-bar"
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={describe(alpha, interval)}
    >
      <line className="alpha-axis" x1={x(0)} x2={x(1)} y1={HEIGHT / 2} y2={HEIGHT / 2} />
      {THRESHOLDS.map((t) => (
        <line key={t} className="alpha-threshold" x1={x(t)} x2={x(t)} y1={2} y2={HEIGHT - 2} />
      ))}
      {interval && (
        <line
          className="alpha-interval"
          x1={x(interval[0])}
          x2={x(interval[1])}
          y1={HEIGHT / 2}
          y2={HEIGHT / 2}
        />
      )}
      <circle
        className={alpha >= 0.8 ? 'alpha-dot reliable' : 'alpha-dot'}
        cx={x(alpha)}
        cy={HEIGHT / 2}
        r={4}
      />
    </svg>
  );
}

function describe(alpha: number, interval: Interval | null): string {
  const base = `alpha ${alpha.toFixed(3)}`;
  return interval ? `${base}, 95% interval ${interval[0].toFixed(2)} to ${interval[1].toFixed(2)}` : base;
}
