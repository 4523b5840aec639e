import { useEngine } from '../hooks/useEngine.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { StoryList } from '../components/stories/StoryList.tsx';
import { StoryDetail } from '../components/stories/StoryDetail.tsx';
import { StoriesToolbar } from '../components/stories/StoriesToolbar.tsx';
import { LeftOutList } from '../components/stories/LeftOutList.tsx';
import { plural } from '../components/format.ts';

/** The events the articles report on: grouped by the engine or made by hand, and opened in Compare. */
export function StoriesView({ storyId, leftOut }: { storyId: number | null; leftOut: boolean }) {
  const stories = useEngine('stories.list', []);
  const project = useEngine('project.info', []);
  const noStory = useEngine('stories.leftOut', [{ limit: 1 }]);
  const selected = leftOut
    ? null
    : (stories.data?.find((story) => story.id === storyId) ?? stories.data?.[0] ?? null);
  const leftOutLink = noStory.data && noStory.data.total > 0 && (
    <a className="left-out-link" href="#/stories/none" aria-current={leftOut ? 'true' : undefined}>
      <span className="story-name">In no story</span>
      <span className="story-meta muted">{plural(noStory.data.total, 'article')} left out or taken out</span>
    </a>
  );
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
        {leftOutLink}
      </section>
      <section className="story-main" aria-label="Story">
        {leftOut ? (
          <LeftOutList stories={stories.data ?? []} />
        ) : selected ? (
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
