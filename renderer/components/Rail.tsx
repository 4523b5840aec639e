import type { Route } from '../hooks/useRoute.ts';
import { useEngine } from '../hooks/useEngine.ts';
import { TaskList } from './TaskList.tsx';

export function Rail({ route }: { route: Route }) {
  const project = useEngine('project.info', []);
  const stories = useEngine('stories.list', []);
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
