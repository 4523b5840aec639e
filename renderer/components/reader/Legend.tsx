import { useStore } from '../../hooks/store.ts';
import { readerSettings, toggleLayer } from '../../hooks/reader-state.ts';
import type { Layer } from '../../reader/marks.ts';

const ITEMS: { layer: Layer; label: string }[] = [
  { layer: 'person', label: 'People' },
  { layer: 'organization', label: 'Organizations' },
  { layer: 'place', label: 'Places' },
  { layer: 'quote', label: 'Quotes' },
  { layer: 'frame', label: 'Frames' },
  { layer: 'code', label: 'My codes' },
];

/** Which layers of marks the text shows; each key doubles as a switch. */
export function Legend() {
  const { layers } = useStore(readerSettings);
  return (
    <div className="legend" role="group" aria-label="Highlight layers">
      {ITEMS.map(({ layer, label }) => (
        <button
          key={layer}
          type="button"
          className={`legend-item legend-${layer}`}
          aria-pressed={layers.includes(layer)}
          onClick={() => toggleLayer(layer)}
        >
          <span className="legend-key" aria-hidden="true" />
          {label}
        </button>
      ))}
    </div>
  );
}
