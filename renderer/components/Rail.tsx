import type { Route } from '../hooks/useRoute.ts';
import { useEngine } from '../hooks/useEngine.ts';
import { TaskList } from './TaskList.tsx';

export function Rail({ route }: { route: Route }) {
  const project = useEngine('project.info', []);
  const stories = useEngine('stories.list', []);
  // Newer cues of the shipped codebooks for frames nobody edited (issue 9): said where the view is.
  const newerCues = useEngine('codebooks.updates', []).data?.reduce((sum, book) => sum + book.behind, 0) ?? 0;
  const articles = project.data?.counts.articles;
  const current = (view: Route['view']) => (route.view === view ? 'page' : undefined);
  return (
    <aside className="rail">
      <nav aria-label="Views">
        <a href="#/library" aria-current={current('library') ?? current('reader')}>
          Library
          {articles !== undefined && <span className="num faint">{articles.toLocaleString('en')}</span>}
        </a>
        <a href="#/stories" aria-current={current('stories')}>
          Stories
          {stories.data && <span className="num faint">{stories.data.length.toLocaleString('en')}</span>}
        </a>
        <a href="#/compare" aria-current={current('compare')}>
          Compare
        </a>
        <a href="#/codebook" aria-current={current('codebook')}>
          Codebook
          {newerCues > 0 && (
            <span
              className="rail-note"
              title={`The shipped codebooks have newer cues for ${newerCues} frames`}
            >
              new cues
            </span>
          )}
        </a>
        <a href="#/agreement" aria-current={current('agreement')}>
          Agreement
        </a>
        <a href="#/disagreements" aria-current={current('disagreements')}>
          Disagreements
        </a>
      </nav>
      <TaskList />
    </aside>
  );
}
