import { useEngine } from '../hooks/useEngine.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { StoryList } from '../components/stories/StoryList.tsx';
import { StoryDetail } from '../components/stories/StoryDetail.tsx';
import { StoriesToolbar } from '../components/stories/StoriesToolbar.tsx';

/** The events the articles report on: grouped by the engine or made by hand, and opened in Compare. */
export function StoriesView({ storyId }: { storyId: number | null }) {
  const stories = useEngine('stories.list', []);
  const project = useEngine('project.info', []);
  const selected = stories.data?.find((story) => story.id === storyId) ?? stories.data?.[0] ?? null;
  return (
    <div className="stories">
      <section className="stories-side" aria-label="Stories">
        <StoriesToolbar />
        {stories.error ? (
          <ErrorNotice
            error={stories.error}
            title="The stories could not be listed"
            hint="Try again; if it keeps failing, restart Framescope."
          />
        ) : stories.data === undefined ? (
          <div className="list-skeleton" aria-busy="true" aria-label="Loading the stories">
            {Array.from({ length: 6 }, (_, index) => (
              <div key={index} className="skeleton-block">
                <span className="skeleton" style={{ width: `${55 + ((index * 23) % 35)}%` }} />
                <span className="skeleton" style={{ width: '40%' }} />
              </div>
            ))}
          </div>
        ) : stories.data.length === 0 ? (
          <div className="empty">
            <div>
              <h2>No stories yet</h2>
              <p>
                {project.data?.counts.articles === 0
                  ? 'Import articles first, then group them into stories.'
                  : 'Group your articles into stories with the button above, or make one from a search.'}
              </p>
            </div>
          </div>
        ) : (
          <StoryList stories={stories.data} selectedId={selected?.id ?? null} />
        )}
      </section>
      <section className="story-main" aria-label="Story">
        {selected ? (
          <StoryDetail key={selected.id} story={selected} stories={stories.data ?? []} />
        ) : (
          stories.data && (
            <div className="empty">
              <div>
                <h2>Pick a story</h2>
                <p>A story is the coverage of one event; open it in Compare to see how outlets differ.</p>
              </div>
            </div>
          )
        )}
      </section>
    </div>
  );
}
