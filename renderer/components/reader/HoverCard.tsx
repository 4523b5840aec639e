import type { TextMark } from '../../reader/marks.ts';

const LAYER_COLORS: Record<string, string> = {
  person: 'var(--person)',
  organization: 'var(--organization)',
  place: 'var(--place)',
  quote: 'var(--quote)',
};

/** What the marks under the pointer are; a click opens the most specific one in the panel. */
export function HoverCard({ marks, x, y }: { marks: TextMark[]; x: number; y: number }) {
  const shown = marks.filter((mark, index) => marks.findIndex((m) => m.label === mark.label) === index);
  const left = Math.min(x, window.innerWidth - 320);
  return (
    <div className="hover-card" role="tooltip" style={{ left, top: y + 18 }}>
      {shown.map((mark) => (
        <div key={mark.id} className={mark.suggested ? 'hover-line suggested' : 'hover-line'}>
          <span
            className="swatch"
            style={{ background: mark.color ?? LAYER_COLORS[mark.layer] ?? 'var(--text-faint)' }}
            aria-hidden="true"
          />
          {mark.label}
        </div>
      ))}
    </div>
  );
}
