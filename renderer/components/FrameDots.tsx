import type { CSSProperties } from 'react';

interface Frame {
  codeId: number;
  name: string;
  color: string | null;
  hits: number;
  primary?: boolean;
  denied?: boolean;
}

const describe = (frame: Frame) =>
  `${frame.name}${frame.primary ? ' (primary)' : ''}${frame.denied ? ' (denied)' : ''}`;

/**
 * The frames present in an article, as small dots in their colours: the asserted ones (the primary
 * first, ringed), then the denied ones apart as hollow dots. Names on hover.
 */
export function FrameDots({ frames }: { frames: Frame[] }) {
  if (frames.length === 0) return <span className="faint">—</span>;
  const asserted = frames.filter((frame) => !frame.denied);
  const denied = frames.filter((frame) => frame.denied);
  const label = [
    asserted.map(describe).join(', '),
    denied.length > 0 ? `denied: ${denied.map((f) => f.name).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const dot = (frame: Frame) => (
    <span
      key={frame.codeId}
      className={`swatch${frame.primary ? ' primary' : ''}${frame.denied ? ' denied' : ''}`}
      style={{ '--swatch': frame.color ?? undefined } as CSSProperties}
    />
  );
  return (
    <span className="dot-row" role="img" aria-label={`Frames: ${label}`} title={label}>
      {asserted.slice(0, 6).map(dot)}
      {asserted.length > 6 && <span className="faint">+{asserted.length - 6}</span>}
      {denied.length > 0 && <span className="dot-gap" aria-hidden="true" />}
      {denied.slice(0, 3).map(dot)}
    </span>
  );
}
