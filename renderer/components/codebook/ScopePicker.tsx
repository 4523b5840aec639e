import { useState } from 'react';
import type { CodebookScope, CodebookView } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { formatNumber } from '../format.ts';
import { TextSubmit } from '../TextSubmit.tsx';

/** The codebook's scope as a choice: "project", "story:ID" or "search". */
function choiceOf(scope: CodebookScope): string {
  if (scope.kind === 'stories') return scope.stories.length === 1 ? `story:${scope.stories[0]}` : 'stories';
  return scope.kind;
}

/**
 * Where a codebook applies: the whole project, one story, or the articles a search finds. Changing it
 * decides the project's frames again (a task), keeping every decision a person made.
 */
export function ScopePicker({ book }: { book: CodebookView }) {
  const stories = useEngine('stories.list', []).data ?? [];
  const [searching, setSearching] = useState(book.scope.kind === 'search');
  const [busy, setBusy] = useState(false);
  const apply = async (scope: CodebookScope) => {
    setBusy(true);
    try {
      await mutate('codebooks.setScope', book.id, scope);
      const result = await mutate('frames.rerun');
      showToast(
        result.stopped
          ? `“${book.name}” now applies to ${describe(scope)}; the frames re-run stopped after ${formatNumber(result.articles)} articles.`
          : `“${book.name}” now applies to ${describe(scope)}; frames decided again in ${formatNumber(result.articles)} articles.`,
      );
    } catch (error) {
      showError(error, 'change where the codebook applies');
    } finally {
      setBusy(false);
    }
  };
  const current = searching ? 'search' : choiceOf(book.scope);
  return (
    <div className="tree-scope">
      <label className="faint small-note">
        Applies to{' '}
        <select
          aria-label={`Where “${book.name}” applies`}
          value={current}
          disabled={busy}
          onChange={(event) => {
            const value = event.target.value;
            setSearching(value === 'search');
            if (value === 'project') void apply({ kind: 'project' });
            else if (value.startsWith('story:'))
              void apply({ kind: 'stories', stories: [Number(value.slice(6))] });
          }}
        >
          <option value="project">the whole project</option>
          {current === 'stories' && <option value="stories">{book.scopeText}</option>}
          {stories.map((story) => (
            <option key={story.id} value={`story:${story.id}`}>
              story: {story.name}
            </option>
          ))}
          <option value="search">articles a search finds…</option>
        </select>
      </label>
      {searching && (
        <TextSubmit
          className="scope-search"
          label={`Search for the articles “${book.name}” applies to`}
          placeholder="sanction* OR veto"
          action="Apply"
          initial={book.scope.kind === 'search' ? book.scope.query : ''}
          search
          busy={busy}
          onSubmit={(query) => void apply({ kind: 'search', query })}
        />
      )}
    </div>
  );
}

function describe(scope: CodebookScope): string {
  if (scope.kind === 'project') return 'the whole project';
  if (scope.kind === 'search') return `the articles matching ${scope.query}`;
  return `story ${scope.stories.join(', ')}`;
}
