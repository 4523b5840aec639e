import { useDebounced } from '../hooks/useDebounced.ts';
import { useEngine } from '../hooks/useEngine.ts';
import { libraryState } from '../hooks/library-state.ts';
import { navigate } from '../hooks/useRoute.ts';
import { entityColor } from './colors.ts';

/**
 * Under the global search: people, organizations and places whose names match what is typed,
 * to jump straight to the articles that quote or mention them.
 */
export function SearchSuggestions({ text, onDone }: { text: string; onDone: () => void }) {
  const query = useDebounced(text.trim(), 200);
  const found = useEngine('entities.list', query.length >= 2 ? [{ search: query, limit: 8 }] : null);
  const rows = query.length >= 2 ? (found.data?.rows ?? []) : [];
  if (rows.length === 0) return null;
  const go = (filters: { speaker?: string; entityId?: number }) => {
    libraryState.set((state) => ({ ...state, filters }));
    navigate({ view: 'library' });
    onDone();
  };
  return (
    <div className="search-suggestions" role="group" aria-label="People, organizations and places">
      <div className="menu-title">Jump to who is quoted or mentioned</div>
      <ul>
        {rows.map((entity) => (
          <li key={entity.id}>
            <span className="swatch" style={{ background: entityColor(entity.type) }} aria-hidden="true" />
            <span className="suggest-name">{entity.name}</span>
            <span className="faint num">{entity.articles} art.</span>
            {entity.type !== 'place' && (
              <button
                type="button"
                className="btn small"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go({ speaker: entity.name })}
              >
                Quoted
              </button>
            )}
            <button
              type="button"
              className="btn small"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go({ entityId: entity.id })}
            >
              Mentioned
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
