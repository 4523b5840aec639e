import { useState } from 'react';
import type { GroupSummary } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { useStore } from '../../hooks/store.ts';
import { libraryState } from '../../hooks/library-state.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { plural } from '../format.ts';
import { TextSubmit } from '../TextSubmit.tsx';

function groupedMessage(summary: GroupSummary): string {
  if (!summary.finished)
    return `Grouping stopped at ${Math.floor(summary.done * 100)}%; the stories are as they were. Group again to go on from there.`;
  return `Grouped ${plural(summary.grouped, 'article')} into ${plural(summary.stories, 'story', 'stories')}${summary.resumed ? ', going on from where grouping had stopped' : ''}.`;
}

/**
 * Grouping (a task, with its progress and a Stop button in the rail; a stopped grouping goes on
 * where it stopped) and making a story of a search.
 */
export function StoriesToolbar() {
  const search = useStore(libraryState).filters.search ?? '';
  const [grouping, setGrouping] = useState(false);
  const [making, setMaking] = useState(false);
  const state = useEngine('stories.groupingState', []);
  const stopped = state.data?.stopped;
  return (
    <div className="stories-toolbar">
      <div className="stories-title">
        <h1>Stories</h1>
        <button
          type="button"
          className="btn primary small"
          disabled={grouping}
          onClick={() => {
            setGrouping(true);
            mutate('stories.group')
              .then((summary) => showToast(groupedMessage(summary)))
              .catch((error: unknown) => showError(error, 'group the articles'))
              .finally(() => setGrouping(false));
          }}
        >
          {grouping
            ? 'Grouping…'
            : stopped
              ? `Go on grouping (${Math.floor(stopped.done * 100)}% done)`
              : 'Group articles into stories'}
        </button>
      </div>
      {stopped && !grouping && (
        <p className="faint stopped-note">
          A grouping stopped part way; the stories below are from the grouping before it.
        </p>
      )}
      <TextSubmit
        className="story-from-search"
        label="Search to make a story of"
        placeholder="Make a story of a search…"
        action="Make story"
        search
        initial={search}
        busy={making}
        onSubmit={(query) => {
          setMaking(true);
          mutate('stories.fromSearch', query)
            .then((detail) => {
              showToast(`Made “${detail.story.name}” of ${plural(detail.articles.length, 'article')}.`, {
                undo: true,
              });
              navigate({ view: 'stories', storyId: detail.story.id });
            })
            .catch((error: unknown) => showError(error, 'make a story of that search'))
            .finally(() => setMaking(false));
        }}
      />
    </div>
  );
}
