import type { CSSProperties } from 'react';

interface Frame {
  codeId: number;
  name: string;
  color: string | null;
  hits: number;
}

/** The frames an article uses, as small dots in their colours (name and hits on hover). */
export function FrameDots({ frames }: { frames: Frame[] }) {
  if (frames.length === 0) return <span className="faint">—</span>;
  const label = frames.map((frame) => `${frame.name} (${frame.hits})`).join(', ');
  return (
    <span className="dot-row" role="img" aria-label={`Frames: ${label}`} title={label}>
      {frames.slice(0, 7).map((frame) => (
        <span
          key={frame.codeId}
          className="swatch"
          style={{ '--swatch': frame.color ?? undefined } as CSSProperties}
        />
      ))}
      {frames.length > 7 && <span className="faint">+{frames.length - 7}</span>}
    </span>
  );
}
