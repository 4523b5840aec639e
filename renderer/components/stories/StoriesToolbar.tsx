import { useState } from 'react';
import { mutate } from '../../api/freshness.ts';
import { useStore } from '../../hooks/store.ts';
import { libraryState } from '../../hooks/library-state.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { plural } from '../format.ts';
import { TextSubmit } from '../TextSubmit.tsx';

/** Grouping (a task, with its progress in the rail) and making a story of a search. */
export function StoriesToolbar() {
  const search = useStore(libraryState).filters.search ?? '';
  const [grouping, setGrouping] = useState(false);
  const [making, setMaking] = useState(false);
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
              .then((summary) =>
                showToast(
                  `Grouped ${plural(summary.grouped, 'article')} into ${plural(summary.stories, 'story', 'stories')}.`,
                ),
              )
              .catch((error: unknown) => showError(error, 'group the articles'))
              .finally(() => setGrouping(false));
          }}
        >
          {grouping ? 'Grouping…' : 'Group articles into stories'}
        </button>
      </div>
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
