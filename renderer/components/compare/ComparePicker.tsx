import { useEngine } from '../../hooks/useEngine.ts';
import { useStore } from '../../hooks/store.ts';
import { libraryState } from '../../hooks/library-state.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { TextSubmit } from '../TextSubmit.tsx';
import { StoryList } from '../stories/StoryList.tsx';

/** Compare with nothing chosen yet: pick a story, or compare what a search finds. */
export function ComparePicker() {
  const stories = useEngine('stories.list', []);
  const search = useStore(libraryState).filters.search ?? '';
  return (
    <div className="page compare-picker">
      <h1>Compare</h1>
      <p className="muted">
        Pick a story to see how each outlet covered it, or compare the articles a search finds.
      </p>
      <TextSubmit
        className="story-from-search"
        label="Search to compare"
        placeholder='Compare a search: words, "exact phrase", OR, NOT'
        action="Compare"
        buttonClassName="btn"
        search
        initial={search}
        onSubmit={(query) => navigate({ view: 'compare', selection: { query } })}
      />
      {stories.error && (
        <ErrorNotice error={stories.error} title="The stories could not be listed" hint="Try again." />
      )}
      {stories.data?.length === 0 && (
        <div className="empty">
          <div>
            <h2>Group your articles into stories first</h2>
            <p>A story gathers each outlet's coverage of one event; Compare shows how they differ.</p>
            <a className="btn primary" href="#/stories">
              Go to Stories
            </a>
          </div>
        </div>
      )}
      {stories.data && stories.data.length > 0 && (
        <section aria-label="Stories to compare" className="picker-stories">
          <StoryList stories={stories.data} selectedId={null} hrefOf={(id) => `#/compare/${id}`} />
        </section>
      )}
    </div>
  );
}
