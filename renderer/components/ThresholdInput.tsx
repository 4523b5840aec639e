import { useStore } from '../hooks/store.ts';
import { likelyThreshold } from '../reader/accept-likely.ts';

/** The coder's threshold for accepting likely frame evidence in bulk, as a percentage (50–100). */
export function ThresholdInput({ label }: { label: string }) {
  const threshold = useStore(likelyThreshold);
  return (
    <label
      className="threshold-input"
      title="Evidence is accepted where the model learned from your decisions finds its frame at least this likely in the article"
    >
      ≥{' '}
      <input
        type="number"
        min={50}
        max={100}
        step={5}
        aria-label={label}
        value={Math.round(threshold * 100)}
        onChange={(event) => {
          const value = Number(event.target.value);
          if (Number.isFinite(value) && value >= 50 && value <= 100) likelyThreshold.set(value / 100);
        }}
      />
      %
    </label>
  );
}
