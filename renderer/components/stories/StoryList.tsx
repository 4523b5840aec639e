import type { StorySummary } from '../../api/contract.ts';
import { formatSpan, plural } from '../format.ts';

export function storyCounts(story: { articles: number; outlets: number }): string {
  return `${plural(story.articles, 'article')} from ${plural(story.outlets, 'outlet')}`;
}

export function StoryList({
  stories,
  selectedId,
  hrefOf = (id) => `#/stories/${id}`,
}: {
  stories: StorySummary[];
  selectedId: number | null;
  hrefOf?: (id: number) => string;
}) {
  return (
    <ul className="story-list">
      {stories.map((story) => (
        <li key={story.id}>
          <a href={hrefOf(story.id)} aria-current={story.id === selectedId ? 'true' : undefined}>
            <span className="story-name">{story.name}</span>
            <span className="story-meta muted">
              <span>{storyCounts(story)}</span>
              <span className="num">{formatSpan(story.first_published, story.last_published)}</span>
            </span>
            {story.origin === 'manual' && <span className="faint story-origin">made by hand</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
