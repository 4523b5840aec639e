import { useState } from 'react';
import type { ArticleDetail } from '../../api/contract.ts';

interface Props {
  detail: ArticleDetail;
  onPick: (speaker: { entityId?: number; text?: string }) => void;
  currentId?: number | null;
}

/** A speaker: a person or organization of the article, or a name typed in ("officials"). */
export function SpeakerPicker({ detail, onPick, currentId }: Props) {
  const [typed, setTyped] = useState('');
  const candidates = detail.entities
    .filter((entity) => entity.type !== 'place')
    .sort((a, b) =>
      a.type === b.type ? b.mentions.length - a.mentions.length : a.type === 'person' ? -1 : 1,
    );
  return (
    <div className="speaker-picker" role="menu" aria-label="Speaker">
      <div className="menu-title">Speaker</div>
      <div className="speaker-list">
        {candidates.map((entity) => (
          <button
            key={entity.id}
            type="button"
            role="menuitemradio"
            aria-checked={entity.id === currentId}
            className="menu-item"
            onClick={() => onPick({ entityId: entity.id })}
          >
            <span className={`swatch type-${entity.type}`} aria-hidden="true" />
            {entity.name}
          </button>
        ))}
      </div>
      <form
        className="speaker-typed"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim()) onPick({ text: typed.trim() });
        }}
      >
        <input
          className="input"
          aria-label="Other speaker"
          placeholder="Other speaker, e.g. officials"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className="btn small" disabled={!typed.trim()}>
          Use
        </button>
      </form>
    </div>
  );
}
