import type { ArticleDetail } from '../../api/contract.ts';
import { TextSubmit } from '../TextSubmit.tsx';

interface Props {
  detail: ArticleDetail;
  onPick: (speaker: { entityId?: number; text?: string }) => void;
  currentId?: number | null;
}

/** A speaker: a person or organization of the article, or a name typed in ("officials"). */
export function SpeakerPicker({ detail, onPick, currentId }: Props) {
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
      <TextSubmit
        className="speaker-typed"
        label="Other speaker"
        placeholder="Other speaker, e.g. officials"
        action="Use"
        onSubmit={(text) => onPick({ text })}
      />
    </div>
  );
}
